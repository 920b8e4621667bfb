// The store's public API for tools outside the app (benchmarks, scripts): what the app saves,
// without reaching into how it is encoded, versioned or kept.
import { encodeProgress, encodeReviews, type EncodedReviews } from '../progress/codec.ts';
import { chunkKey, groupByMonth } from '../progress/history-archive.ts';
import { CURRENT_VERSION } from '../progress/migrations.ts';
import type { Progress } from '../progress/progress.ts';
import { ARCHIVE_AFTER, newGeneration } from '../progress/saved-progress.ts';

export { STORAGE_KEY } from '../progress/progress-store.ts';
export { journalEntry } from '../progress/lazy-journal.ts';
export { DB_NAME, DB_STORES, DB_VERSION } from '../progress/progress-db.ts';
export { EMPTY_PROGRESS, type Progress } from '../progress/progress.ts';

/** The text the app keeps under `STORAGE_KEY` for `progress`, to seed a browser with. */
export function savedProgress(progress: Progress): string {
  return JSON.stringify({ state: encodeProgress(progress), version: CURRENT_VERSION });
}

/**
 * What the app keeps for `progress` once its old reviews have moved to IndexedDB at `now`: the
 * text under `STORAGE_KEY`, and the history chunks (key → value) of the `history` store.
 */
export function savedProgressWithHistory(
  progress: Progress,
  now: number,
): { local: string; history: [string, EncodedReviews][] } {
  const cutoff = now - ARCHIVE_AFTER;
  const older = progress.log.filter((r) => r.time < cutoff);
  const gen = newGeneration(now, null);
  const state = {
    ...encodeProgress({ ...progress, log: progress.log.filter((r) => r.time >= cutoff) }),
    history: { gen, count: older.length },
  };
  return {
    local: JSON.stringify({ state, version: CURRENT_VERSION }),
    history: [...groupByMonth(older)].map(([month, reviews]) => [
      chunkKey(gen, month),
      encodeReviews(reviews),
    ]),
  };
}
