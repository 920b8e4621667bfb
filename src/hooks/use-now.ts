import { useEffect, useState } from 'react';
import { now } from '../store/progress/index.ts';

/** The current time, refreshed every `everyMs` while `active`, for countdowns and due counts. */
export function useNow(everyMs: number, active = true): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTime(now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, active]);
  return time;
}
