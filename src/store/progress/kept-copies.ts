import {
  browserStorage,
  guardedGet,
  guardedKeys,
  guardedRemove,
  guardedSet,
} from '../kernel/guarded-storage.ts';
import { useProgress } from './app-progress.ts';
import { STORAGE_KEY } from './progress-store.ts';

// Copies of the saved progress kept in localStorage: set aside when unreadable, or kept
// before a restore replaced it, for the user to restore or download.
const backend = browserStorage();

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
