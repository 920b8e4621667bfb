// The store's public API for tools outside the app (benchmarks, scripts): what the app saves,
// without reaching into how it is encoded, versioned or kept.
import { encodeProgress } from './codec.ts';
import { CURRENT_VERSION } from './migrations.ts';
import type { Progress } from './progress.ts';

export { STORAGE_KEY } from './progress-store.ts';
export { journalEntry } from './journal-replay.ts';
export { DB_NAME as JOURNAL_DB } from './journal.ts';
export { EMPTY_PROGRESS, type Progress } from './progress.ts';

/** The text the app keeps under `STORAGE_KEY` for `progress`, to seed a browser with. */
export function savedProgress(progress: Progress): string {
  return JSON.stringify({ state: encodeProgress(progress), version: CURRENT_VERSION });
}
