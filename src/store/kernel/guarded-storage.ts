/** Why a write to storage did not happen. */
export type WriteFailure = 'quota' | 'unavailable';

/**
 * The one way the app writes to localStorage: a full or blocked storage comes back as a value
 * the caller reports, never as an exception that escapes into React (a theme toggle used to).
 */
export function guardedSet(
  backend: Storage | null,
  key: string,
  value: string,
): WriteFailure | null {
  if (!backend) return 'unavailable';
  try {
    backend.setItem(key, value);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

export function guardedGet(backend: Storage | null, key: string): string | null {
  try {
    return backend ? backend.getItem(key) : null;
  } catch {
    return null;
  }
}

export function guardedRemove(backend: Storage | null, key: string): void {
  try {
    backend?.removeItem(key);
  } catch {
    // Nothing to do: a key that cannot be removed is left as it was.
  }
}

/** Every key in storage, or none when it cannot be listed. */
export function guardedKeys(backend: Storage | null): string[] {
  const keys: string[] = [];
  try {
    if (!backend) return keys;
    for (let i = 0; i < backend.length; i++) {
      const key = backend.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    // A storage that cannot be listed has nothing this app can show.
  }
  return keys;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  );
}

/** localStorage, or null where the browser refuses it (privacy modes, blocked site data). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** localStorage through the guarded path, as zustand's persist middleware reads and writes it. */
export function guardedStateStorage() {
  const backend = browserStorage();
  return {
    getItem: (key: string) => guardedGet(backend, key),
    setItem: (key: string, value: string) => void guardedSet(backend, key, value),
    removeItem: (key: string) => guardedRemove(backend, key),
  };
}

/**
 * The browser's IndexedDB, or null where there is none (or it is blocked). Here rather than
 * beside `openDatabase`: the first screen asks for it without loading idb.
 */
export function browserIndexedDb(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}
