import { wrap, type DBSchema, type IDBPDatabase } from 'idb';

/** The app's IndexedDB database: the crash-safe journal and the bulk of the review history. */
interface PrepDeckDb extends DBSchema {
  /** Write-ahead journal: each grade, undo, bookmark and restore, until localStorage has it. */
  journal: { key: number; value: unknown };
  /** Journal entries or history chunks that could not be read, kept untouched for the user. */
  aside: { key: number; value: { entry: unknown; reason: string } };
  /**
   * Reviews older than localStorage keeps, a chunk per month of one history generation
   * (`<generation>:<YYYY-MM>`); a restore starts a new generation.
   */
  history: { key: string; value: unknown };
}

export type Database = IDBPDatabase<PrepDeckDb>;

export const DB_NAME = 'prepdeck';
/** 1: journal and aside (PrepDeck 0.4); 2: adds history. */
export const DB_VERSION = 2;

/** The stores, and how their keys are made (tools that seed a browser create them alike). */
export const DB_STORES = [
  ['journal', { autoIncrement: true }],
  ['aside', { autoIncrement: true }],
  ['history', {}],
] as const;

/**
 * Opens the database, creating or upgrading its stores; null when IndexedDB is unavailable or
 * the database belongs to a newer version (VersionError), which is left untouched.
 */
export async function openDatabase(factory: IDBFactory | null): Promise<Database | null> {
  if (!factory) return null;
  try {
    // idb's openDB always uses the global factory; this is its open, on the one given.
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [name, options] of DB_STORES) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, options);
      }
    };
    const db = wrap(
      await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
        // An older tab still has version 1 open: it closes on `versionchange` (below), after
        // which this open goes ahead; nothing to do but wait.
      }),
    ) as unknown as Database;
    // A newer version in another tab needs the database: let it have it.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch {
    return null;
  }
}
