import { browserStorage, guardedGet, guardedKeys, guardedSet } from '../kernel/guarded-storage.ts';
import { useSaveStatus, type SaveStatus } from '../kernel/save-status.ts';
import { STORAGE_KEY } from './progress-store.ts';

// What this browser holds for the app, for Settings › Storage.
const backend = browserStorage();

/** Characters each kind of data takes in localStorage (keys and values). */
export function localStorageUse(): { progress: number; copies: number; other: number } {
  const use = { progress: 0, copies: 0, other: 0 };
  for (const key of guardedKeys(backend)) {
    const chars = key.length + (guardedGet(backend, key)?.length ?? 0);
    if (key === STORAGE_KEY) use.progress += chars;
    else if (key.startsWith(`${STORAGE_KEY}:`)) use.copies += chars;
    else use.other += chars;
  }
  return use;
}

export interface StorageReport {
  readonly local: ReturnType<typeof localStorageUse>;
  /** Everything the site stores (IndexedDB included), when the browser says. */
  readonly estimate: { readonly usage: number; readonly quota: number } | null;
  /** Whether the browser promised not to evict the data; null when it cannot tell. */
  readonly persisted: boolean | null;
  readonly journal: SaveStatus['journal'];
}

export async function storageReport(): Promise<StorageReport> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    manager?.estimate?.().then(
      (e) => ({ usage: e.usage ?? 0, quota: e.quota ?? 0 }),
      () => null,
    ) ?? null,
    manager?.persisted?.().catch(() => null) ?? null,
  ]);
  return {
    local: localStorageUse(),
    estimate,
    persisted,
    journal: useSaveStatus.getState().journal,
  };
}

const JOURNAL_NOTICE = 'prepdeck:journal-notice-seen';

/** The "no crash-safe journal in this browser" notice is shown once, until dismissed. */
export function journalNoticeSeen(): boolean {
  return guardedGet(backend, JOURNAL_NOTICE) !== null;
}

export function dismissJournalNotice(): void {
  guardedSet(backend, JOURNAL_NOTICE, '1');
}
