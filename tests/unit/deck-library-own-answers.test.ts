// @vitest-environment jsdom
// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../support/clock.ts';
import { deckOf } from '../support/decks.ts';
import { NOTES_DB_NAME, openNotesMirror } from '../../src/store/notes/notes-mirror.ts';

const MONDAY = Date.UTC(2026, 10, 23, 9, 0);

/** A deck file exported "with my answers": q1 carries one of the reader's own answers. */
const carrying = () => {
  const deck = deckOf('go-notes', 'Go notes', ['A typed pipe.', 'A goroutine.']);
  const sections = deck.sections.map((section) => ({
    ...section,
    cards: section.cards.map((card) =>
      card.id === 'q1' ? { ...card, ownAnswer: 'Like a queue.' } : card,
    ),
  }));
  return { deck: { ...deck, sections }, source: 'go-notes.md', shape: 'text' as const };
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  clock.time = MONDAY;
  vi.resetModules();
});

/** What the notes' IndexedDB copy holds for a card. */
const mirrored = async (key: string) =>
  (await (await openNotesMirror(indexedDB))?.read())?.answers[key]?.text;

/** The app as after a reload: modules read IndexedDB and localStorage afresh. */
const reload = async () => {
  vi.resetModules();
  const library = await import('../../src/store/decks/library.ts');
  const { useNotes } = await import('../../src/store/notes/index.ts');
  return { library, useNotes };
};

describe('saving a deck that carries own answers', () => {
  it('keeps the answers with the deck in one record and in the notes; the deck stays without them', async () => {
    const { library, useNotes } = await reload();
    expect(await library.saveDeck(carrying())).toEqual({ ownAnswers: 1 });
    expect(useNotes.getState().answers['go-notes/q1']).toEqual({
      text: 'Like a queue.',
      at: MONDAY,
    });
    const [stored] = library.libraryDecks();
    expect(stored?.ownAnswers).toEqual({ 'go-notes/q1': { text: 'Like a queue.', at: MONDAY } });
    expect(stored?.deck.sections[0]?.cards.every((c) => c.ownAnswer === undefined)).toBe(true);
  });

  it('answers saved with a deck reach the notes after a reload, even if the tab closed before the notes were written', async () => {
    const first = await reload();
    await first.library.saveDeck(carrying());
    // The notes' writes lost (localStorage and its IndexedDB copy): only the deck's record holds it.
    await expect.poll(() => mirrored('go-notes/q1')).toBe('Like a queue.');
    localStorage.clear();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(NOTES_DB_NAME);
      request.onsuccess = request.onerror = done;
    });
    const { library, useNotes } = await reload();
    expect(useNotes.getState().answers['go-notes/q1']).toBeUndefined();
    await library.loadLibrary();
    expect(useNotes.getState().answers['go-notes/q1']?.text).toBe('Like a queue.');
  });

  it('an answer the reader cleared or changed after saving is not brought back by a reload', async () => {
    const first = await reload();
    await first.library.saveDeck(carrying());
    first.useNotes.getState().write('go-notes/q1', '', MONDAY + 60_000);
    const { library, useNotes } = await reload();
    await library.loadLibrary();
    expect(useNotes.getState().answers['go-notes/q1']).toEqual({ text: '', at: MONDAY + 60_000 });
  });

  it('what the reader wrote on a card before wins over the answer a file carries', async () => {
    const { library, useNotes } = await reload();
    useNotes.getState().write('go-notes/q1', 'My older answer.', MONDAY - 1000);
    expect(await library.saveDeck(carrying())).toEqual({ ownAnswers: 0 });
    expect(useNotes.getState().answers['go-notes/q1']?.text).toBe('My older answer.');
  });

  it('renaming the deck keeps the answers it carried', async () => {
    const { library } = await reload();
    await library.saveDeck(carrying());
    const [stored] = library.libraryDecks();
    if (!stored) throw new Error('not saved');
    await library.saveDeck({ ...stored, deck: { ...stored.deck, title: 'Go, renamed' } });
    expect(library.libraryDecks()[0]?.ownAnswers).toEqual(stored.ownAnswers);
  });
});
