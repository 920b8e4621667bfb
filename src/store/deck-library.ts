import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ShapeName } from '../deck/import/types.ts';
import type { Deck } from '../deck/types.ts';

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
}

interface LibrarySchema extends DBSchema {
  decks: { key: string; value: StoredDeck };
}

let db: Promise<IDBPDatabase<LibrarySchema>> | null = null;

function open(): Promise<IDBPDatabase<LibrarySchema>> {
  db ??= openDB<LibrarySchema>(LIBRARY_DB, 1, {
    upgrade(database) {
      database.createObjectStore('decks', { keyPath: 'deck.id' });
    },
  });
  return db;
}

export async function readLibrary(): Promise<StoredDeck[]> {
  return (await open()).getAll('decks');
}

export async function putLibraryDeck(stored: StoredDeck): Promise<void> {
  await (await open()).put('decks', stored);
}

export async function deleteLibraryDeck(id: string): Promise<void> {
  await (await open()).delete('decks', id);
}
