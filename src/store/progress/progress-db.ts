import type { DBSchema, IDBPDatabase } from 'idb';
import { openDatabase } from '../kernel/database.ts';

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
 * Opens the progress database, creating or upgrading its stores; null when IndexedDB is
 * unavailable or the database belongs to a newer version (VersionError), which is left
 * untouched. `onBlocked`: see `openDatabase`.
 */
export async function openProgressDatabase(
  factory: IDBFactory | null,
  onBlocked?: () => void,
): Promise<Database | null> {
  try {
    return await connectProgressDatabase(factory, onBlocked);
  } catch {
    return null;
  }
}

// Every opener of the progress database (the journal, the history) hears that an open is
// blocked by an older tab: a second open request waits behind the first and never gets a
// `blocked` event of its own, so the journal, opening after the history did, was never told
// (and never said so) under load.
interface Opening {
  blocked: boolean;
  readonly listeners: Set<() => void>;
}
const openings = new WeakMap<IDBFactory, Opening>();
function openingOf(factory: IDBFactory): Opening {
  let opening = openings.get(factory);
  if (!opening) openings.set(factory, (opening = { blocked: false, listeners: new Set() }));
  return opening;
}

/** `openProgressDatabase`, rejecting with why it cannot be opened, in words for the user. */
export async function connectProgressDatabase(
  factory: IDBFactory | null,
  onBlocked?: () => void,
): Promise<Database> {
  const opening = factory ? openingOf(factory) : null;
  if (opening && onBlocked) {
    opening.listeners.add(onBlocked);
    if (opening.blocked) onBlocked();
  }
  let blockedHere = false;
  const notifyBlocked = () => {
    if (!opening) return;
    opening.blocked = blockedHere = true;
    for (const listener of opening.listeners) listener();
  };
  try {
    const database = await openDatabase<PrepDeckDb>(
      factory,
      {
        name: DB_NAME,
        version: DB_VERSION,
        upgrade(database) {
          for (const [name, options] of DB_STORES) {
            if (!database.objectStoreNames.contains(name))
              database.createObjectStore(name, options);
          }
        },
      },
      undefined,
      notifyBlocked,
    );
    if (opening) opening.blocked = false; // the older tab let go
    return database;
  } catch (error) {
    if (opening && blockedHere) opening.blocked = false; // this request no longer waits
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new Error(
        'a newer version of PrepDeck saved them, and this one cannot read its database',
      );
    }
    throw error;
  } finally {
    if (onBlocked) opening?.listeners.delete(onBlocked);
  }
}
