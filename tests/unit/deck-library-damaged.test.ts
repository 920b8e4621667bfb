// @vitest-environment jsdom
// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deckOf, storedDeckOf } from '../support/decks.ts';

const GO = storedDeckOf('go-notes', 'Go notes', 2);

/** Damage as found in real databases: the app never writes these, but a browser holds them. */
const DAMAGED = {
  wrongTypes: { deck: { id: 'wrong-types', title: 42, sections: 'none' }, source: 1, shape: 2 },
  noCards: {
    deck: {
      ...deckOf('no-cards', 'No cards'),
      sections: [{ id: 'basics', title: 'Basics', cards: [] }],
    },
    source: 'no-cards.md',
    shape: 'text',
  },
  cardsWithoutText: {
    deck: {
      ...deckOf('no-text', 'No text'),
      sections: [{ id: 'basics', title: 'Basics', cards: [{ id: 'q1', line: 3 }] }],
    },
    source: 'no-text.md',
    shape: 'text',
  },
  // Progress is keyed `deckId/cardId`: an id it cannot key, once graded, would make the whole
  // saved progress unreadable.
  unkeyableCard: {
    deck: {
      ...deckOf('bad-ids', 'Bad ids'),
      sections: [
        {
          id: 'basics',
          title: 'Basics',
          cards: [{ ...deckOf('x', 'x').sections[0]?.cards[0], id: 'Q 1' }],
        },
      ],
    },
    source: 'bad-ids.md',
    shape: 'text',
  },
  // A deck of the user's under the built-in deck's id would replace it everywhere.
  builtInId: storedDeckOf('aws-backend-interview', 'Not the AWS deck'),
};

async function seed(records: readonly unknown[]): Promise<void> {
  const db = await openDB('prepdeck-decks', 2, {
    upgrade(database) {
      database.createObjectStore('decks', { keyPath: 'deck.id' });
      database.createObjectStore('deleted', { autoIncrement: true });
    },
  });
  for (const record of records) await db.put('decks', record);
  db.close();
}

async function open() {
  const library = await import('../../src/store/decks/library.ts');
  const catalogue = await import('../../src/store/decks/catalogue.ts');
  const { useSaveStatus } = await import('../../src/store/kernel/save-status.ts');
  await library.loadLibrary();
  return { library, catalogue, setAside: () => useSaveStatus.getState().setAside };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  vi.resetModules();
});

describe('decks read back from IndexedDB', () => {
  it('are checked like a file: damaged ones are left out and reported, the rest work', async () => {
    await seed([GO, ...Object.values(DAMAGED)]);
    const { library, catalogue, setAside } = await open();
    expect(library.libraryDecks().map((s) => s.deck.id)).toEqual(['go-notes']);
    expect(catalogue.deckEntries('go-notes')).toHaveLength(2);
    // The deck that comes with the app is still itself, all 52 cards.
    expect(catalogue.findDeck('aws-backend-interview')?.title).toMatch(/^AWS Interview/);
    expect(catalogue.deckEntries('aws-backend-interview')).toHaveLength(52);
    const reports = setAside();
    // Read in the database's order (by id).
    expect(reports.map((r) => [r.key, r.where])).toEqual([
      ['prepdeck-decks/aws-backend-interview', 'decks'],
      ['prepdeck-decks/bad-ids', 'decks'],
      ['prepdeck-decks/no-cards', 'decks'],
      ['prepdeck-decks/no-text', 'decks'],
      ['prepdeck-decks/wrong-types', 'decks'],
    ]);
    expect(reports.every((r) => r.reason.length > 0)).toBe(true);
    expect(reports[0]?.reason).toBe('it has the id of a deck that comes with PrepDeck');
  });

  it('a damaged deck stays saved as it was, can be downloaded, and its id is not given to a new deck', async () => {
    await seed([DAMAGED.noCards]);
    const { library } = await open();
    expect(JSON.parse(library.unreadableDeck('no-cards'))).toEqual(DAMAGED.noCards);
    expect(library.freeDeckId('No cards', 'no-cards')).toBe('no-cards-2');
    await library.saveDeck(storedDeckOf('no-cards-2', 'No cards'));
    const { readLibrary } = await import('../../src/store/decks/library-db.ts');
    const saved = await readLibrary();
    expect(saved.find((s) => s.deck.id === 'no-cards')).toEqual(DAMAGED.noCards);
    expect(saved.map((s) => s.deck.id).sort()).toEqual(['no-cards', 'no-cards-2']);
  });

  it('no deck of the user’s can be saved under the id of a deck that comes with the app', async () => {
    const { library } = await open();
    await expect(library.saveDeck(DAMAGED.builtInId)).rejects.toThrow(/comes with PrepDeck/);
    expect(library.freeDeckId('AWS backend interview', '')).toBe('aws-backend-interview-2');
  });

  it('a damaged deck in Recently deleted is left out of the list, not shown broken', async () => {
    await seed([]);
    const db = await openDB('prepdeck-decks', 2);
    await db.add('deleted', { stored: DAMAGED.cardsWithoutText, deletedAt: 1 });
    await db.add('deleted', { stored: GO, deletedAt: 2 });
    db.close();
    const { library, setAside } = await open();
    expect(library.deletedDecks().map((d) => d.stored.deck.id)).toEqual(['go-notes']);
    expect(setAside().map((r) => r.key)).toEqual(['prepdeck-decks/no-text']);
  });
});
