import { now } from '../../store/progress/index.ts';
import { useNotes } from '../../store/notes/index.ts';

/**
 * Own answers a deck file carried, kept as the reader's notes on cards that have none yet (what
 * is written here already wins). Returns how many were kept.
 */
export function keepOwnAnswers(deckId: string, own: ReadonlyMap<string, string>): number {
  const notes = useNotes.getState();
  let kept = 0;
  for (const [cardId, text] of own) {
    const key = `${deckId}/${cardId}`;
    if (notes.answers[key]?.text) continue;
    if (notes.write(key, text, now()) === null) kept++;
  }
  return kept;
}
