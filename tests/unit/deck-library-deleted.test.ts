// @vitest-environment jsdom
// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../support/clock.ts';
import { storedDeckOf } from '../support/decks.ts';

const DAY = 24 * 3600 * 1000;
const MONDAY = Date.UTC(2026, 10, 23, 9, 0);

const GO = storedDeckOf('go-notes', 'Go notes');
/** GO as saving stamps it (at MONDAY, the pinned clock): sync's later save wins by it. */
const SAVED_GO = { ...GO, savedAt: MONDAY };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  clock.time = MONDAY;
});

const store = () => import('../../src/store/decks/library-db.ts');
const library = () => import('../../src/store/decks/library.ts');

describe('the deleted store', () => {
  it('opening a version 1 library upgrades it and keeps every deck', async () => {
    const v1 = await openDB('prepdeck-decks', 1, {
      upgrade: (db) => void db.createObjectStore('decks', { keyPath: 'deck.id' }),
    });
    await v1.put('decks', GO);
    v1.close();
    const { readDeleted, readLibrary } = await store();
    expect(await readLibrary()).toEqual([GO]);
    expect(await readDeleted()).toEqual([]);
  });

  it('deleting sets the deck aside with its time, in the database; a reload still has it', async () => {
    let lib = await library();
    await lib.saveDeck(GO);
    const aside = await lib.removeDeck('go-notes', MONDAY);
    expect(aside).toMatchObject({ stored: SAVED_GO, deletedAt: MONDAY });
    expect(lib.libraryDecks()).toEqual([]);
    vi.resetModules();
    lib = await library();
    await lib.loadLibrary();
    expect(lib.libraryDecks()).toEqual([]);
    expect(lib.deletedDecks()).toEqual([{ key: aside?.key, stored: SAVED_GO, deletedAt: MONDAY }]);
  });

  it('keeps decks 30 days, then removes them for good (the time is passed in)', async () => {
    const lib = await library();
    await lib.saveDeck(GO);
    const rust = storedDeckOf('rust-notes', 'Rust notes');
    await lib.saveDeck(rust);
    await lib.removeDeck('go-notes', MONDAY);
    await lib.removeDeck('rust-notes', MONDAY + 5 * DAY);

    await lib.purgeOldDeleted(MONDAY + 30 * DAY);
    expect(lib.deletedDecks().map((d) => d.stored.deck.id)).toEqual(['go-notes', 'rust-notes']);
    await lib.purgeOldDeleted(MONDAY + 30 * DAY + 1);
    expect(lib.deletedDecks().map((d) => d.stored.deck.id)).toEqual(['rust-notes']);
    const { readDeleted } = await store();
    expect((await readDeleted()).map((d) => d.stored.deck.id)).toEqual(['rust-notes']);
  });

  it('restores a deck under its id, and the same id deleted twice is kept twice', async () => {
    const lib = await library();
    await lib.saveDeck(GO);
    const first = await lib.removeDeck('go-notes', MONDAY);
    const renamed = { ...GO.deck, title: 'Go, again' };
    await lib.saveDeck({ deck: renamed, source: GO.source, shape: GO.shape });
    await lib.removeDeck('go-notes', MONDAY + DAY);
    expect(lib.deletedDecks().map((d) => d.stored.deck.title)).toEqual(['Go notes', 'Go, again']);

    // Restored later: stamped with the time it came back, so sync takes it as the later change.
    clock.time = MONDAY + 2 * DAY;
    expect(await lib.restoreDeck(first?.key ?? -1)).toBeNull();
    expect(lib.libraryDecks()).toEqual([{ ...GO, savedAt: MONDAY + 2 * DAY }]);
    vi.resetModules();
    const reloaded = await library();
    await reloaded.loadLibrary();
    expect(reloaded.libraryDecks()).toEqual([{ ...GO, savedAt: MONDAY + 2 * DAY }]);
    expect(lib.deletedDecks().map((d) => d.stored.deck.title)).toEqual(['Go, again']);
  });

  it('refuses to restore over a deck that has the id now, and changes nothing', async () => {
    const lib = await library();
    await lib.saveDeck(GO);
    const aside = await lib.removeDeck('go-notes', MONDAY);
    const other = { ...GO.deck, title: 'Other Go' };
    await lib.saveDeck({ deck: other, source: 'other.md', shape: null });
    const reason = await lib.restoreDeck(aside?.key ?? -1);
    expect(reason).toBe(
      '“Go notes” cannot come back: your deck “Other Go” uses its id (go-notes) now, and progress is kept by id. Delete that deck first (it is kept here too), then restore this one.',
    );
    expect(lib.libraryDecks().map((s) => s.deck.title)).toEqual(['Other Go']);
    expect(lib.deletedDecks()).toHaveLength(1);
  });

  it('deletes for good only the one asked', async () => {
    const lib = await library();
    await lib.saveDeck(GO);
    const aside = await lib.removeDeck('go-notes', MONDAY);
    await lib.forgetDeck(aside?.key ?? -1);
    expect(lib.deletedDecks()).toEqual([]);
    const { readDeleted } = await store();
    expect(await readDeleted()).toEqual([]);
  });
});

describe('tabs of another version', () => {
  it('an older tab holding version 1 open: reads fail at once with the reason, and a backup goes without decks', async () => {
    const old = await openDB('prepdeck-decks', 1, {
      upgrade: (db) => void db.createObjectStore('decks', { keyPath: 'deck.id' }),
    });
    await old.put('decks', GO);
    // The old tab never lets go (its code has no `versionchange` handler).
    const { readLibrary } = await store();
    await expect(readLibrary()).rejects.toThrow(
      /another PrepDeck tab of an older version holds them/,
    );
    const { decksForBackup } = await import('../../src/store/backup/backup-file.ts');
    expect(await decksForBackup()).toBeUndefined();

    // Once it is closed, the open waiting for it upgrades the database, keeping the deck.
    old.close();
    await vi.waitFor(async () =>
      expect((await readLibrary()).map((s) => s.deck.id)).toEqual(['go-notes']),
    );
  }, 20_000);

  it('a newer version asking for the database gets it: this tab lets go', async () => {
    const { putLibraryDeck } = await store();
    await putLibraryDeck(GO);
    const newer = await openDB('prepdeck-decks', 3);
    expect(newer.version).toBe(3);
    newer.close();
  });

  it('the library read again after a change here is not overwritten by an older read', async () => {
    const { putLibraryDeck } = await store();
    await putLibraryDeck(GO);
    const lib = await library();
    await lib.loadLibrary();
    const rust = storedDeckOf('rust-notes', 'Rust notes');
    // A read that starts (another tab's change) while this tab saves a deck.
    const saving = lib.saveDeck(rust);
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'prepdeck:decks',
        oldValue: '{"count":1,"change":1}',
        newValue: '{"count":2,"change":2}',
      }),
    );
    await saving;
    await lib.loadLibrary();
    expect(
      lib
        .libraryDecks()
        .map((s) => s.deck.id)
        .sort(),
    ).toEqual(['go-notes', 'rust-notes']);
  });
});
