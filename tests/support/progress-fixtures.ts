import { createProgressStore } from '../../src/store/progress/progress-store.ts';
import { schedulerFor } from '../../src/srs/scheduler.ts';
import type { MemoryStorage } from './memory-storage.ts';

export const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
export const MINUTE = 60_000;
export const DAY = 86_400_000;
export const scheduler = schedulerFor(0.9);

/** A store on a given storage with a controllable clock and predictable review ids. */
export function makeStore(backend: MemoryStorage | null, prefix = 'r') {
  const clock = { time: T0 };
  let n = 0;
  const store = createProgressStore({
    backend,
    now: () => clock.time,
    newId: () => `${prefix}${++n}`,
  });
  return { store, clock };
}
