import { wrap, type IDBPDatabase } from 'idb';

export interface DatabaseSpec<Schema> {
  readonly name: string;
  readonly version: number;
  /** Creates what versions after `oldVersion` add; the data of older versions stays. */
  readonly upgrade: (database: IDBPDatabase<Schema>, oldVersion: number) => void;
}

/**
 * Opens (creating or upgrading) a database of the app, the one way every database is opened.
 * The factory is passed in (tests give a fake one). Rejects when there is no IndexedDB, the
 * database belongs to a newer version of the app (VersionError: left untouched), or opening
 * fails. An older tab holding the database open delays the upgrade until it lets go (it does,
 * on `versionchange`, below), so callers that must not wait race this with a timer. When a
 * newer version in another tab asks for the database, or the browser closes it, the
 * connection is closed and `onClose` says so: the next use opens it again. `onBlocked` is
 * called at once when another tab holds the database at an older version and does not let go
 * (a tab of an older PrepDeck): the open goes on, and settles once that tab closes.
 */
export function openDatabase<Schema>(
  factory: IDBFactory | null,
  spec: DatabaseSpec<Schema>,
  onClose: () => void = () => {},
  onBlocked: () => void = () => {},
): Promise<IDBPDatabase<Schema>> {
  if (!factory) return Promise.reject(new Error('IndexedDB is not available in this browser'));
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      // idb's openDB always uses the global factory; this is its open, on the one given.
      request = factory.open(spec.name, spec.version);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    request.onupgradeneeded = (event) => {
      spec.upgrade(wrap(request.result) as unknown as IDBPDatabase<Schema>, event.oldVersion);
    };
    request.onblocked = () => onBlocked();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
    request.onsuccess = () => {
      const raw = request.result;
      raw.addEventListener('versionchange', () => {
        raw.close();
        onClose();
      });
      raw.addEventListener('close', onClose);
      resolve(wrap(raw) as unknown as IDBPDatabase<Schema>);
    };
  });
}
