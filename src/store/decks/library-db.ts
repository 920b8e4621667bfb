import type { DBSchema, IDBPDatabase } from 'idb';
import { openDatabase } from '../kernel/database.ts';
import { browserIndexedDb } from '../kernel/guarded-storage.ts';
import { reportDecksHeld } from '../kernel/save-status.ts';
import type { ImportFixes } from '../../deck/import/fixes.ts';
import type { ShapeName } from '../../deck/import/types.ts';
import type { OwnAnswers } from '../../deck/key-points/own-answer.ts';
import type { Deck } from '../../deck/types.ts';

/**
 * The user's own decks, whole (questions and answers), in an IndexedDB database of their own:
 * progress stays in the progress store, keyed `deckId/cardId` like every card's.
 */
const LIBRARY_DB = 'prepdeck-decks';

export interface StoredDeck {
  readonly deck: Deck;
  /** The document it was read from (a file name, or "pasted notes"). */
  readonly source: string;
  /** The importer's shape, for the record. */
  readonly shape: ShapeName | null;
  /** What the user corrected in the preview: applied again when a new version is read. */
  readonly fixes?: ImportFixes;
  /**
   * Own answers the file carried, by card key, saved with the deck in one transaction and
   * taken into the reader's notes (unless the notes have a newer edit of the card).
   */
  readonly ownAnswers?: OwnAnswers;
  /**
   * When it was saved here (imported, updated, renamed, restored) or on the device it came
   * from: between synced devices the later save of a deck wins. Absent on decks saved before.
   */
  readonly savedAt?: number;
}

/** A deck deleted (or replaced by a restore), kept aside for a while: "Recently deleted". */
export interface DeletedDeck {
  /** Its key in the `deleted` store: the same deck id can be deleted more than once. */
  readonly key: number;
  readonly stored: StoredDeck;
  readonly deletedAt: number;
}

/** How long a deleted deck is kept before it goes for good. */
export const KEEP_DELETED = 30 * 24 * 3600 * 1000;

interface LibrarySchema extends DBSchema {
  decks: { key: string; value: StoredDeck };
  deleted: { key: number; value: Omit<DeletedDeck, 'key'> };
}

/** How long a read or write waits for the database before saying why it cannot go on. */
const OPEN_WAIT = 3000;

// The connection, shared: opened once, and again after it is lost or refused.
let connection: Promise<IDBPDatabase<LibrarySchema>> | null = null;
/** Another tab (an older version) holds the database: opens fail at once, with the reason. */
let held = false;
const whenHeld = new Set<() => void>();
let onReleased: () => void = () => {};

const HELD =
  'your decks could not be opened: another PrepDeck tab of an older version holds them; close it or reload it';

/** Runs `then` when a database another tab held is opened after all (that tab closed). */
export function afterRelease(then: () => void): void {
  onReleased = then;
}

function connect(): Promise<IDBPDatabase<LibrarySchema>> {
  const opening = openDatabase<LibrarySchema>(
    browserIndexedDb(),
    {
      name: LIBRARY_DB,
      // Version 2 adds `deleted`; the decks of version 1 stay as they are.
      version: 2,
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore('decks', { keyPath: 'deck.id' });
        if (oldVersion < 2) database.createObjectStore('deleted', { autoIncrement: true });
      },
    },
    // Given up to a newer version in another tab, or closed by the browser: open it again.
    () => {
      if (connection === opening) connection = null;
    },
    () => {
      held = true;
      reportDecksHeld(true);
      for (const fail of whenHeld) fail();
    },
  );
  opening.then(
    () => {
      if (!held) return;
      held = false;
      reportDecksHeld(false);
      onReleased();
    },
    () => {
      if (connection === opening) connection = null;
    },
  );
  return opening;
}

/**
 * The database, or a reason: at once when a tab of an older version holds it (it does not let
 * go until it is closed), after a while when it is slow for another reason; nothing here may
 * hang. The same open goes on in the background, and `afterRelease` says when it is done.
 */
function open(): Promise<IDBPDatabase<LibrarySchema>> {
  connection ??= connect();
  const opening = connection;
  return new Promise((resolve, reject) => {
    const fail = () => {
      clearTimeout(timer);
      whenHeld.delete(fail);
      reject(new Error(HELD));
    };
    const timer = setTimeout(fail, OPEN_WAIT);
    if (held) {
      fail();
      return;
    }
    whenHeld.add(fail);
    opening.then(
      (database) => {
        clearTimeout(timer);
        whenHeld.delete(fail);
        resolve(database);
      },
      (error: unknown) => {
        clearTimeout(timer);
        whenHeld.delete(fail);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function readLibrary(): Promise<StoredDeck[]> {
  return (await open()).getAll('decks');
}

export async function putLibraryDeck(stored: StoredDeck): Promise<void> {
  await (await open()).put('decks', stored);
}

/**
 * Moves a deck from the library to `deleted`, stamped `now`, in one transaction (a crash
 * between the two never loses it); `replacement` takes its place when given (a restore).
 */
export async function setAsideLibraryDeck(
  id: string,
  now: number,
  replacement?: StoredDeck,
): Promise<DeletedDeck | undefined> {
  const tx = (await open()).transaction(['decks', 'deleted'], 'readwrite');
  const stored = await tx.objectStore('decks').get(id);
  let aside: DeletedDeck | undefined;
  if (stored) {
    const key = await tx.objectStore('deleted').add({ stored, deletedAt: now });
    aside = { key, stored, deletedAt: now };
    await tx.objectStore('decks').delete(id);
  }
  if (replacement) await tx.objectStore('decks').put(replacement);
  await tx.done;
  return aside;
}

/** Every deck set aside, oldest first. */
export async function readDeleted(): Promise<DeletedDeck[]> {
  const tx = (await open()).transaction('deleted');
  const kept: DeletedDeck[] = [];
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    kept.push({ key: cursor.key, ...cursor.value });
  }
  await tx.done;
  return kept;
}

/** Removes for good the decks deleted more than 30 days before `now`; returns their keys. */
export async function purgeDeleted(now: number): Promise<number[]> {
  const tx = (await open()).transaction('deleted', 'readwrite');
  const gone: number[] = [];
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.deletedAt < now - KEEP_DELETED) {
      gone.push(cursor.key);
      await cursor.delete();
    }
  }
  await tx.done;
  return gone;
}

/**
 * Puts a deleted deck back under its id, stamped `now`, in one transaction; refused (null)
 * when a deck with that id is in the library now. Returns the deck as restored.
 */
export async function restoreDeletedDeck(key: number, now: number): Promise<StoredDeck | null> {
  const tx = (await open()).transaction(['decks', 'deleted'], 'readwrite');
  const aside = await tx.objectStore('deleted').get(key);
  if (!aside || (await tx.objectStore('decks').getKey(aside.stored.deck.id)) !== undefined) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return null;
  }
  const restored: StoredDeck = { ...aside.stored, savedAt: now };
  await tx.objectStore('decks').add(restored);
  await tx.objectStore('deleted').delete(key);
  await tx.done;
  return restored;
}

export async function forgetDeletedDeck(key: number): Promise<void> {
  await (await open()).delete('deleted', key);
}
