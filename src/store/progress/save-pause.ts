import type { Journal } from './journal.ts';

/** How long studying must pause before the snapshot in localStorage is saved again. */
export const SAVE_PAUSE = 1_000;
/** The longest a change waits for such a pause (or for a disk slow to take the journal's). */
export const SAVE_WAIT_LIMIT = 5_000;

export interface SavePauseOptions {
  readonly journal: Pick<Journal, 'durable' | 'enabled'>;
  /** Runs the save after the next frame, when the browser is idle. */
  readonly afterPaint: (write: () => void) => void;
  /** A monotonic clock in ms (a wall clock set back would hold the save for as long). */
  readonly now: () => number;
  readonly setTimeout: (run: () => void, ms: number) => void;
}

/**
 * When the snapshot in localStorage is saved: once the journal holds every change and
 * studying has paused for `SAVE_PAUSE`, or after `SAVE_WAIT_LIMIT` whatever happens. With years
 * of history a save takes tens of milliseconds: saved while grading went on, it came between a
 * key and the next card, and the journal keeps each change safe meanwhile. Without a journal (no
 * IndexedDB, another tab holding it) there is no pause. `changed` is told of every change.
 */
export function createSavePause(options: SavePauseOptions) {
  const { journal, now } = options;
  let lastChange = -Infinity;
  const schedule = (write: () => void, since = now()): void => {
    const waited = now() - since;
    const quiet = now() - lastChange;
    const busy = journal.durable() !== null || (journal.enabled() && quiet < SAVE_PAUSE);
    if (busy && waited < SAVE_WAIT_LIMIT) {
      const wait = Math.max(20, Math.min(SAVE_PAUSE - quiet, SAVE_WAIT_LIMIT - waited));
      options.setTimeout(() => schedule(write, since), wait);
      return;
    }
    options.afterPaint(write);
  };
  return {
    schedule: (write: () => void) => schedule(write),
    changed: () => {
      lastChange = now();
    },
  };
}
