import { useEffect, useRef, useState } from 'react';

/** More keys than anyone presses ahead; past it, keys are dropped rather than piled up. */
const MAX_WAITING = 200;

/**
 * Keys pressed while a grade or an undo is being made safe wait their turn and run in order,
 * each on the screen the one before it leaves (50 quick presses of U undo 50 grades). Returns
 * what a key does: now, or after those waiting.
 */
export function useKeyQueue<T>(busy: () => boolean, perform: (intent: T) => void) {
  const waiting = useRef<T[]>([]);
  // Drawn again after each key that changed nothing, so the next one still gets its turn.
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    if (busy() || waiting.current.length === 0) return;
    perform(waiting.current.shift() as T);
    if (waiting.current.length > 0 && !busy()) setTurn(turn + 1);
    // `perform` is new at each drawing, so this looks at the queue after every one.
  }, [busy, perform, turn]);
  return (intent: T) => {
    if (!busy() && waiting.current.length === 0) perform(intent);
    else if (waiting.current.length < MAX_WAITING) waiting.current.push(intent);
  };
}
