import { now } from './clock.ts';
import { reportHistory, useSaveStatus } from './save-status.ts';
import {
  browserStorage,
  guardedGet,
  guardedKeys,
  guardedRemove,
  guardedSet,
} from './guarded-storage.ts';
import type { HistoryArchive } from './history-archive.ts';
import { lazyJournal } from './lazy-journal.ts';
import { withHistory } from './progress.ts';
import { createProgressStore, loadScheduler, STORAGE_KEY } from './progress-store.ts';

const backend = browserStorage();

/**
 * Saving waits for the next frame to be painted and then for the browser to be idle (at most
 * a second), so grading stays instant with a big history; a page being hidden or closed saves
 * at once.
 */
function afterPaint(write: () => void): void {
  requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(write, { timeout: 1000 });
    else setTimeout(write, 0);
  });
}

function browserIndexedDb(): IDBFactory | null {
  try {
    return window.indexedDB ?? null;
  } catch {
    return null;
  }
}

const journal = lazyJournal(() =>
  import('./journal.ts').then(({ openJournal }) =>
    openJournal({
      indexedDB: browserIndexedDb(),
      // Asked at the first change rather than on load: browsers grant it to sites in use, and
      // some ask the user, which makes sense only once they study.
      onFirstRecord: () => void navigator.storage?.persist?.().catch(() => false),
    }),
  ),
);

/** Reviews older than localStorage keeps, in IndexedDB; loaded on demand, opened once. */
let archive: Promise<HistoryArchive | null> | null = null;
const loadArchive = () =>
  (archive ??= import('./history-archive.ts').then(({ openHistoryArchive }) =>
    openHistoryArchive(browserIndexedDb()),
  ));

/** The app's progress, saved in this browser. */
export const useProgress = createProgressStore({
  backend,
  now,
  schedule: afterPaint,
  journal,
  archive: loadArchive,
});

/**
 * The archived history joins the rest once the first screen is up: scheduling never needs it,
 * statistics and backups do (`whenHistoryLoaded`).
 */
const historyLoaded: Promise<void> = new Promise<void>((loaded) =>
  afterPaint(() => {
    useProgress.storage
      .loadHistory()
      .then((older) => {
        if (older.length === 0) return;
        const { log, undone } = useProgress.getState();
        useProgress.setState({ log: withHistory(log, older, undone) });
      })
      .catch(() => reportHistory({ loaded: true }))
      .finally(loaded);
  }),
);

/** Resolves once the whole review history is in memory (a backup must hold all of it). */
export const whenHistoryLoaded = (): Promise<void> => historyLoaded;

// Changes a crash kept out of localStorage are in the journal: put them back (not over
// data this version must leave alone).
if (!useProgress.storage.readOnly()) {
  void journal
    .replay(
      () => useProgress.getState(),
      (progress) => useProgress.setState(progress),
      loadScheduler,
    )
    .catch(() => undefined);
}

window.addEventListener('pagehide', () => useProgress.storage.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') useProgress.storage.flush();
});

// Reviews made in another tab arrive here and are merged in.
window.addEventListener('storage', (event) => {
  // A null key is `clear()`: site data cleared in another window.
  if ((event.key === STORAGE_KEY || event.key === null) && event.storageArea === backend) {
    useProgress.storage.syncFrom(event.newValue);
  }
});

/** Raw data that was set aside because it could not be read, for the user to download. */
export function readSetAside(key: string): string | null {
  return guardedGet(backend, key);
}

const BEFORE_RESTORE = `${STORAGE_KEY}:before-restore:`;

/**
 * Keeps a copy of the saved progress before a restore replaces it. Returns the key, or null
 * when there was nothing saved or no room for a copy (the caller then offers a download).
 */
export function keepCopyBeforeRestore(time: number): string | null {
  useProgress.storage.flush(); // the copy holds the latest change, not the last deferred save
  const raw = guardedGet(backend, STORAGE_KEY);
  if (!raw) return null;
  const stamp = `${BEFORE_RESTORE}${new Date(time).toISOString().replace(/[:.]/g, '-')}`;
  let key = stamp;
  for (let n = 2; guardedGet(backend, key) !== null; n++) key = `${stamp}-${n}`;
  return guardedSet(backend, key, raw) === null ? key : null;
}

/** A copy kept before a restore: its key, when it was made and its size in characters. */
export interface KeptCopy {
  readonly key: string;
  readonly raw: string;
}

/** The copies kept before restores, newest first. */
export function keptCopies(): KeptCopy[] {
  return guardedKeys(backend)
    .filter((key) => key.startsWith(BEFORE_RESTORE))
    .sort()
    .reverse()
    .flatMap((key) => {
      const raw = guardedGet(backend, key);
      return raw === null ? [] : [{ key, raw }];
    });
}

export function deleteKeptCopy(key: string): void {
  if (key.startsWith(BEFORE_RESTORE)) guardedRemove(backend, key);
}

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
  readonly journal: 'on' | 'unavailable' | 'failed';
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
