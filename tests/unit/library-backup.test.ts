// @vitest-environment jsdom
// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { splitOwnAnswers } from '../../src/deck/key-points/own-answer.ts';
import { createBackup, planRestore } from '../../src/store/backup/backup.ts';
import { readFileDecks } from '../../src/store/backup/deck-backup.ts';
import { deckPlanLine } from '../../src/store/backup/deck-summary.ts';
import type { StoredDeck } from '../../src/store/decks/library-db.ts';
import { planMerge } from '../../src/store/backup/merge-plan.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/store/progress/progress.ts';
import { clock } from '../support/clock.ts';
import { storedDeckOf } from '../support/decks.ts';
import { scheduler, T0 } from '../support/progress-fixtures.ts';

const BUILT_IN = new Set(['aws/what-is-aws']);
const HERE = { library: [], builtInIds: new Set(['aws']) };

const GO = storedDeckOf('go-notes', 'Go notes', ['A light thread.', 'A typed pipe.']);
const RUST = storedDeckOf('rust-notes', 'Rust notes', ['Ownership.']);

function studied(cards: string[]): Progress {
  return {
    ...EMPTY_PROGRESS,
    cards: Object.fromEntries(cards.map((c, i) => [c, scheduler.grade(null, 3, T0 + i * 1000)])),
    log: cards.map((card, i) => ({
      id: `r${i}`,
      card,
      grade: 3 as const,
      time: T0 + i * 1000,
      before: null,
    })),
  };
}

/** A deck of one card answered `answer`, whole, for a file. */
const oneAnswer = (id: string, answer: string) => ({
  deck: storedDeckOf(id, 'One', [answer]).deck,
});

/** A backup file as the app writes it, with `decks` replaced by whatever is given. */
function fileWith(decks: unknown, cards = ['go-notes/q1']): string {
  const file = JSON.parse(createBackup(studied(cards), T0)) as Record<string, unknown>;
  return JSON.stringify({ ...file, decks });
}

describe('a backup with the user’s decks', () => {
  it('carries them whole, and their cards count as known: a user-deck-only study restores in a fresh browser', () => {
    const text = createBackup(studied(['go-notes/q1', 'go-notes/q2']), T0, undefined, [GO]);
    expect((JSON.parse(text) as { decks: unknown }).decks).toEqual([GO]);
    const plan = planRestore(text, BUILT_IN, EMPTY_PROGRESS, Infinity, HERE);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.summary.unknownCards).toBe(0);
    expect(plan.decks).toMatchObject({ total: 1, added: [GO], differ: [], same: 0, bad: [] });
  });

  it('is refused as "other decks only" when its decks are missing from the file (as before)', () => {
    const text = createBackup(studied(['go-notes/q1']), T0);
    const plan = planRestore(text, BUILT_IN, EMPTY_PROGRESS);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toMatch(/other decks only \(go-notes\)/);
  });

  it('tells new, identical and different decks apart; the app’s own ids are never taken over', () => {
    const changed = storedDeckOf('rust-notes', 'Rust notes', ['Ownership and borrowing.']);
    const hostile = storedDeckOf('aws', 'Not the AWS deck', ['x']);
    const text = createBackup(studied(['go-notes/q1']), T0, undefined, [GO, changed, hostile]);
    const here = { library: [GO, RUST], builtInIds: new Set(['aws']) };
    const plan = planRestore(text, BUILT_IN, EMPTY_PROGRESS, Infinity, here);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.decks.total).toBe(3);
    expect(plan.decks.added).toEqual([]);
    expect(plan.decks.same).toBe(1);
    expect(plan.decks.differ).toEqual([changed]);
    expect(plan.decks.bad).toEqual([
      '“Not the AWS deck” (aws): a deck that comes with the app has this id',
    ]);
  });

  it('reports and skips a bad deck, keeps the good ones, and restores the rest', () => {
    const bad = [
      { deck: { ...GO.deck, id: 'Not An Id' }, source: 'x', shape: 'text' },
      oneAnswer('long', 'x'.repeat(30_000)),
      { deck: { ...GO.deck, id: 'hostile', title: 42 } },
      oneAnswer('stars', '*_'.repeat(1500)),
      { deck: { ...GO.deck, id: 'twice', sections: [GO.deck.sections[0], GO.deck.sections[0]] } },
      'not a deck',
      { ...RUST, source: 7, shape: 'nonsense', extra: 'dropped' },
      GO,
      GO,
    ];
    const plan = planRestore(fileWith(bad), BUILT_IN, EMPTY_PROGRESS, Infinity, HERE);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.decks.total).toBe(9);
    expect(plan.decks.added.map((s) => s.deck.id)).toEqual(['rust-notes', 'go-notes']);
    // Fields from outside are rebuilt, not passed through: unknown ones go, bad ones get defaults.
    expect(plan.decks.added[0]).toEqual({ deck: RUST.deck, source: 'a backup', shape: null });
    expect(plan.decks.bad).toEqual([
      'deck 1 (Not An Id): its id is not lowercase words joined by hyphens',
      'deck 2 (long): card q1’s answer has 30000 characters, at most 20480',
      'deck 3 (hostile): its title is not text',
      'deck 4 (stars): card q1’s answer, line 1: Paragraph with more than 2000 emphasis markers (*, _ or ~), expected far fewer',
      'deck 5 (twice): section id basics appears twice',
      'deck 6: it is not a deck',
      'deck 9 (go-notes): a deck with this id comes earlier in the file',
    ]);
    expect(plan.progress.log).toHaveLength(1);
  });

  it('restores an older backup without decks as before, and a `decks` that is not a list is one line skipped', () => {
    const older = planRestore(
      createBackup(studied(['aws/what-is-aws']), T0),
      BUILT_IN,
      EMPTY_PROGRESS,
    );
    expect(older.ok && older.decks).toEqual({
      total: 0,
      added: [],
      deletedHere: [],
      differ: [],
      same: 0,
      bad: [],
    });
    const odd = planRestore(
      fileWith({ not: 'a list' }, ['aws/what-is-aws']),
      BUILT_IN,
      EMPTY_PROGRESS,
    );
    expect(odd.ok && odd.decks.bad).toEqual(['its decks are not a list']);
  });

  it('on a merge, names the decks this device lacks; one that differs here is this device’s to keep', () => {
    const changed = storedDeckOf('go-notes', 'Go notes', ['Another answer.', 'A typed pipe.']);
    const text = createBackup(studied(['go-notes/q1']), T0, undefined, [changed, RUST]);
    const words = { source: 'This file', backup: 'This file', retry: 'merge it' };
    const here = { library: [GO], builtInIds: new Set(['aws']) };
    const plan = planMerge(text, BUILT_IN, EMPTY_PROGRESS, words, Infinity, here);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.decks.added).toEqual([RUST]);
    expect(plan.decks.differ).toEqual([changed]);
    expect(plan.summary.unknownCards).toBe(0);
  });

  it('on a merge, tells apart a deck deleted here (asked about) from one never here; a restore brings both', () => {
    const text = createBackup(studied(['go-notes/q1']), T0, undefined, [GO, RUST]);
    const words = { source: 'This file', backup: 'This file', retry: 'merge it' };
    const here = { library: [], builtInIds: new Set(['aws']), deletedIds: new Set(['go-notes']) };
    const plan = planMerge(text, BUILT_IN, EMPTY_PROGRESS, words, Infinity, here);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.decks.added).toEqual([RUST]);
    expect(plan.decks.deletedHere).toEqual([GO]);
    expect(deckPlanLine(plan.decks, 'merge')).toBe(
      '2 decks of your own: 1 new, 1 deleted here since (“Go notes”).',
    );
    expect(deckPlanLine(plan.decks, 'restore')).toBe(
      '2 decks of your own: 1 new, 1 deleted here since (“Go notes”), brought back.',
    );
  });
});

describe('bringing a backup’s decks into the library (IndexedDB)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    vi.resetModules();
    clock.time = T0;
  });
  /** A deck as saving stamps it: the time travels with it (sync's later save wins). */
  const savedNow = (stored: StoredDeck): StoredDeck => ({ ...stored, savedAt: T0 });

  it('round trip: saved decks → backup file → plan → applied in a fresh browser; a replaced deck is kept in Recently deleted', async () => {
    // The first browser: two decks saved, then a backup.
    let lib = await import('../../src/store/decks/library.ts');
    await lib.saveDeck(GO);
    await lib.saveDeck(RUST);
    const { decksForBackup } = await import('../../src/store/backup/backup-file.ts');
    const decks = await decksForBackup();
    const text = createBackup(studied(['go-notes/q1', 'rust-notes/q1']), T0, undefined, decks);

    // Another browser, which has its own, older version of the Rust deck.
    globalThis.indexedDB = new IDBFactory();
    vi.resetModules();
    lib = await import('../../src/store/decks/library.ts');
    const olderRust = storedDeckOf('rust-notes', 'Rust notes', ['Something older.']);
    await lib.saveDeck(olderRust);
    const here = { library: lib.libraryDecks(), builtInIds: new Set(['aws']) };
    const plan = planRestore(text, BUILT_IN, EMPTY_PROGRESS, Infinity, here);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.decks.added.map((s) => s.deck.id)).toEqual(['go-notes']);
    expect(plan.decks.differ.map((s) => s.deck.id)).toEqual(['rust-notes']);

    const done = await lib.bringDecks([...plan.decks.added, ...plan.decks.differ], true, T0);
    expect(done).toEqual({ added: 1, replaced: 1 });
    expect(lib.deletedDecks().map((d) => d.stored)).toEqual([savedNow(olderRust)]);

    // After a reload, from IndexedDB: the file's decks, and the old one still set aside.
    vi.resetModules();
    lib = await import('../../src/store/decks/library.ts');
    await lib.loadLibrary();
    const byId = Object.fromEntries(lib.libraryDecks().map((s) => [s.deck.id, s]));
    expect(byId).toEqual({ 'go-notes': savedNow(GO), 'rust-notes': savedNow(RUST) });
    expect(lib.deletedDecks().map((d) => d.stored.deck.id)).toEqual(['rust-notes']);
    const { findDeck } = await import('../../src/store/decks/catalogue.ts');
    expect(findDeck('go-notes')?.title).toBe('Go notes');
  });

  it('a merge adds only what is missing and never replaces', async () => {
    const lib = await import('../../src/store/decks/library.ts');
    await lib.saveDeck(GO);
    const changed = storedDeckOf('go-notes', 'Go notes', ['Changed.']);
    expect(await lib.bringDecks([changed, RUST], false, T0)).toEqual({ added: 1, replaced: 0 });
    expect(lib.libraryDecks().find((s) => s.deck.id === 'go-notes')).toEqual(savedNow(GO));
    expect(lib.deletedDecks()).toEqual([]);
  });
});

describe('every deck the importer makes goes through a backup whole', () => {
  const FIXTURES = 'tests/fixtures/import';
  const LONG_HEADINGS = [
    '# Notes',
    '## Processes, threads, coroutines and everything a backend interviewer may ask about them, in order',
    '### What is the difference between a process and a thread and when would you use each one of them?',
    'A process has its own memory; threads share it.',
    '### What is the difference between a process and a thread and when would you use each one of them?',
    'Asked again, answered again.',
  ].join('\n\n');
  const documents: [string, string | Buffer][] = [
    // Read from the project root: this file runs under jsdom, where fixturePath's URL does not.
    ...readdirSync(FIXTURES).map((name): [string, Buffer] => [
      name,
      readFileSync(`${FIXTURES}/${name}`),
    ]),
    ['long-headings.md', LONG_HEADINGS],
    ['long-headings.txt', LONG_HEADINGS.replace(/### /g, 'Q: ').replace(/\n\n(?=[AP])/g, '\nA: ')],
  ];

  it.each(documents)('%s', (name, bytes) => {
    const { deck, shape } = importDocument(bytes, { path: name });
    if (!deck) throw new Error(`${name} did not import`);
    const stored: StoredDeck = { deck: splitOwnAnswers(deck).deck, source: name, shape };
    const file = JSON.parse(createBackup(EMPTY_PROGRESS, T0, undefined, [stored])) as {
      decks: unknown;
    };
    const read = readFileDecks(file.decks);
    expect(read.bad).toEqual([]);
    expect(read.decks).toEqual([stored]);
  });
});
