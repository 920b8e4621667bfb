import { describe, expect, it } from 'vitest';
import { mergeEdits, type CardEdits, type CardText } from '../../src/deck/edits/card-edit.ts';
import { mergeOwnAnswers, type OwnAnswers } from '../../src/deck/key-points/own-answer.ts';
import type { Grade, Review } from '../../src/srs/types.ts';
import { mergeProgress } from '../../src/store/progress/merge.ts';
import { EMPTY_PROGRESS, insertReview, type Progress } from '../../src/store/progress/progress.ts';
import {
  changesToSend,
  changesToTake,
  learn,
  nothingKnown,
  REVIEWS_PER_SET,
  type ChangeSet,
  type Known,
} from '../../src/store/sync/change-set.ts';
import { decksHere, decksToTake, latestDecks } from '../../src/store/sync/deck-changes.ts';
import type { DeletedDeck, StoredDeck } from '../../src/store/decks/index.ts';
import type { Deck } from '../../src/deck/types.ts';
import { MINUTE, scheduler, T0 } from '../support/progress-fixtures.ts';

/** A grade as the store records it. */
function grade(progress: Progress, id: string, card: string, g: Grade, time: number): Progress {
  const before = progress.cards[card] ?? null;
  const entry: Review = { id, card, grade: g, time: scheduler.reviewTime(before, time), before };
  return {
    ...progress,
    cards: { ...progress.cards, [card]: scheduler.grade(before, g, time) },
    log: insertReview(progress.log, entry),
  };
}

/** One device: its progress and card edits, and what it knows the server holds. */
interface Device {
  progress: Progress;
  edits: CardEdits;
  answers: OwnAnswers;
  /** Its decks, and those set aside ("Recently deleted"). */
  library: StoredDeck[];
  deleted: DeletedDeck[];
  readonly known: Known;
  /** How many of the server's sets it has taken. */
  seen: number;
}

const device = (progress: Progress): Device => ({
  progress,
  edits: {},
  answers: {},
  library: [],
  deleted: [],
  known: nothingKnown(),
  seen: 0,
});

/** The device sends what is new; the server is a list of change sets. */
function send(from: Device, server: ChangeSet[]): void {
  const here = {
    edits: from.edits,
    answers: from.answers,
    decks: decksHere(from.library, from.deleted),
  };
  for (const set of changesToSend(from.progress, from.known, here)) {
    learn(from.known, set, true);
    server.push(set);
  }
}

/**
 * The device takes the sets on the server it has not seen, merged as the store's `mergeIn`
 * and the library's `bringEdits` do.
 */
function receive(to: Device, server: readonly ChangeSet[]): void {
  const fresh = server.slice(to.seen);
  to.seen = server.length;
  for (const set of fresh) learn(to.known, set);
  const incoming = changesToTake(fresh, to.progress);
  if (incoming) to.progress = mergeProgress(to.progress, incoming, scheduler);
  for (const set of fresh) {
    to.edits = mergeEdits(to.edits, set.edits ?? {});
    to.answers = mergeOwnAnswers(to.answers, set.answers ?? {});
  }
  // As the library's `bringDecks` (replacing) and `removeDeck` do.
  const { bring, remove } = decksToTake(latestDecks(fresh), decksHere(to.library, to.deleted));
  for (const stored of bring) setAside(to, stored.deck.id, T0, stored);
  for (const { id, at } of remove) setAside(to, id, at);
}

/** Moves a deck to "Recently deleted", putting `replacement` in its place. */
function setAside(on: Device, id: string, at: number, replacement?: StoredDeck): void {
  const here = on.library.find((s) => s.deck.id === id);
  if (here) on.deleted.push({ key: on.deleted.length + 1, stored: here, deletedAt: at });
  on.library = on.library.filter((s) => s.deck.id !== id);
  if (replacement) on.library.push(replacement);
}

/** A deck of one card as saved at `savedAt`. */
const saved = (id: string, question: string, savedAt?: number): StoredDeck => {
  const deck: Deck = {
    id,
    title: `Deck ${id}`,
    sections: [
      {
        id: 's',
        title: 'Section',
        cards: [{ id: 'c', question, questionText: question, answer: 'An answer.' }],
      },
    ],
  } as unknown as Deck;
  return { deck, source: 'notes.md', shape: null, ...(savedAt === undefined ? {} : { savedAt }) };
};

const questionsOf = (d: Device) =>
  Object.fromEntries(d.library.map((s) => [s.deck.id, s.deck.sections[0]?.cards[0]?.questionText]));

describe('sync change sets', () => {
  it('two devices that studied offline end with every review and the same schedule', () => {
    let a = grade(EMPTY_PROGRESS, 'a1', 'd/x', 3, T0);
    a = grade(a, 'a2', 'd/y', 1, T0 + MINUTE);
    let b = grade(EMPTY_PROGRESS, 'b1', 'd/x', 4, T0 + 2 * MINUTE);
    b = grade(b, 'b2', 'd/z', 3, T0 + 3 * MINUTE);
    const laptop = device(a);
    const phone = device(b);
    const server: ChangeSet[] = [];

    send(laptop, server);
    send(phone, server);
    receive(laptop, server);
    receive(phone, server);

    const ids = (p: Progress) => p.log.map((r) => r.id);
    expect(ids(laptop.progress)).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(ids(phone.progress)).toEqual(ids(laptop.progress));
    expect(phone.progress.cards).toEqual(laptop.progress.cards);
    // d/x was graded on both: replayed in time order, Good then Easy.
    const replayed = scheduler.grade(scheduler.grade(null, 3, T0), 4, T0 + 2 * MINUTE);
    expect(laptop.progress.cards['d/x']).toEqual(replayed);

    // Nothing new on either side: nothing more is sent, and taking again changes nothing.
    expect(changesToSend(laptop.progress, laptop.known)).toEqual([]);
    expect(changesToSend(phone.progress, phone.known)).toEqual([]);
    expect(changesToTake(server, laptop.progress)).toBeNull();
  });

  it('sends only what the server lacks, and years of history in chunks', () => {
    const total = REVIEWS_PER_SET * 2 + 5;
    // Each card's first review, in time order (their states do not matter here).
    const log = Array.from({ length: total }, (_, i): Review => ({
      id: `r${String(i).padStart(5, '0')}`,
      card: `d/c${i}`,
      grade: 3,
      time: T0 + i * MINUTE,
      before: null,
    }));
    const laptop = device({ ...EMPTY_PROGRESS, log });
    const sets = changesToSend(laptop.progress, laptop.known);
    expect(sets.map((s) => s.log.length)).toEqual([REVIEWS_PER_SET, REVIEWS_PER_SET, 5]);
    for (const set of sets) learn(laptop.known, set);

    laptop.progress = grade(laptop.progress, 'new', 'd/c0', 4, T0 + total * MINUTE);
    const next = changesToSend(laptop.progress, laptop.known);
    expect(next.map((s) => s.log.map((r) => r.id))).toEqual([['new']]);
  });

  it('an undo, a star and settings changed later travel; the later change wins', () => {
    const base = grade(EMPTY_PROGRESS, 'r1', 'd/x', 1, T0);
    const laptop = device(base);
    const phone = device(base);
    const server: ChangeSet[] = [];
    send(laptop, server);
    receive(phone, server);

    // The laptop undoes the review and stars a card; the phone stars then unstars it later,
    // and changes its settings.
    laptop.progress = {
      ...laptop.progress,
      cards: {},
      log: [],
      undone: ['r1'],
      bookmarks: { 'd/x': { on: true, at: T0 + MINUTE } },
    };
    phone.progress = {
      ...phone.progress,
      bookmarks: { 'd/x': { on: false, at: T0 + 2 * MINUTE } },
      settings: { ...phone.progress.settings, newPerDay: 7 },
      settingsAt: T0 + 3 * MINUTE,
    };
    send(laptop, server);
    send(phone, server);
    receive(laptop, server);
    receive(phone, server);

    for (const { progress } of [laptop, phone]) {
      expect(progress.log).toEqual([]);
      expect(progress.cards).toEqual({});
      expect(progress.bookmarks['d/x']).toEqual({ on: false, at: T0 + 2 * MINUTE });
      expect(progress.settings.newPerDay).toBe(7);
    }
  });

  it('an edit made on both devices: the later wins on both, the other kept in history, and then quiet', () => {
    const text = (answer: string): CardText => ({
      question: 'What is EC2?',
      questionText: 'What is EC2?',
      prompt: '',
      answer,
    });
    const laptop = device(EMPTY_PROGRESS);
    const phone = device(EMPTY_PROGRESS);
    laptop.edits = { 'd/x': { text: { value: text('Laptop’s answer'), at: T0 } } };
    phone.edits = { 'd/x': { text: { value: text('Phone’s answer'), at: T0 + MINUTE } } };
    const server: ChangeSet[] = [];

    send(laptop, server);
    send(phone, server);
    receive(laptop, server);
    receive(phone, server);
    // Each merged what it received: sends what it now has if it differs from what it knows.
    for (let round = 0; round < 3; round++) {
      send(laptop, server);
      send(phone, server);
      receive(laptop, server);
      receive(phone, server);
    }

    for (const { edits } of [laptop, phone]) {
      expect(edits['d/x']?.text?.value?.answer).toBe('Phone’s answer');
      expect(edits['d/x']?.history?.map((v) => v.value.answer)).toContain('Laptop’s answer');
    }
    // Nothing new on either side: no edit goes back and forth for ever.
    expect(changesToSend(laptop.progress, laptop.known, { edits: laptop.edits })).toEqual([]);
    expect(changesToSend(phone.progress, phone.known, { edits: phone.edits })).toEqual([]);
    expect(server.length).toBeLessThanOrEqual(3);
  });

  it('own answers: the later of each card’s is everywhere, and nothing more is sent', () => {
    const laptop = device(EMPTY_PROGRESS);
    const phone = device(EMPTY_PROGRESS);
    laptop.answers = { 'd/x': { text: 'EC2 is virtual machines', at: T0 } };
    phone.answers = {
      'd/x': { text: 'EC2: virtual servers, billed by the second', at: T0 + MINUTE },
      'd/y': { text: 'S3 stores objects', at: T0 },
    };
    const server: ChangeSet[] = [];
    for (let round = 0; round < 3; round++) {
      send(laptop, server);
      send(phone, server);
      receive(laptop, server);
      receive(phone, server);
    }
    expect(laptop.answers).toEqual(phone.answers);
    expect(laptop.answers['d/x']?.text).toBe('EC2: virtual servers, billed by the second');
    expect(server).toHaveLength(2);
  });

  /** Rounds of both devices sending and receiving, as live sync does. */
  function meet(a: Device, b: Device, server: ChangeSet[]): void {
    for (let round = 0; round < 3; round++) {
      send(a, server);
      send(b, server);
      receive(a, server);
      receive(b, server);
    }
  }

  it('a deck added on one device comes to the other, whole, once', () => {
    const laptop = device(EMPTY_PROGRESS);
    const phone = device(EMPTY_PROGRESS);
    laptop.library = [saved('go', 'What is a goroutine?', T0)];
    const server: ChangeSet[] = [];
    meet(laptop, phone, server);
    expect(phone.library).toEqual(laptop.library);
    // One set for the deck, in a set of its own; nothing sent back.
    expect(server).toHaveLength(1);
    expect(Object.keys(server[0]?.decks ?? {})).toEqual(['go']);
    expect(server[0]?.log).toEqual([]);
  });

  it('a deck changed on both: the later version everywhere, the other in Recently deleted', () => {
    const laptop = device(EMPTY_PROGRESS);
    const phone = device(EMPTY_PROGRESS);
    laptop.library = [saved('go', 'Laptop’s question?', T0 + MINUTE)];
    phone.library = [saved('go', 'Phone’s question?', T0 + 2 * MINUTE)];
    const server: ChangeSet[] = [];
    meet(laptop, phone, server);
    expect(questionsOf(laptop)).toEqual({ go: 'Phone’s question?' });
    expect(questionsOf(phone)).toEqual({ go: 'Phone’s question?' });
    expect(laptop.deleted.map((d) => d.stored.deck.sections[0]?.cards[0]?.questionText)).toEqual([
      'Laptop’s question?',
    ]);
    expect(server).toHaveLength(2);
  });

  it('decks saved before they had a time: one of them wins on both devices, the same one', () => {
    const laptop = device(EMPTY_PROGRESS);
    const phone = device(EMPTY_PROGRESS);
    laptop.library = [saved('go', 'Laptop’s question?')];
    phone.library = [saved('go', 'Phone’s question?')];
    const server: ChangeSet[] = [];
    meet(laptop, phone, server);
    expect(questionsOf(laptop)).toEqual(questionsOf(phone));
    expect(server).toHaveLength(2);
  });

  it('a deletion travels; a deck saved after the deletion comes back', () => {
    const laptop = device(EMPTY_PROGRESS);
    const phone = device(EMPTY_PROGRESS);
    laptop.library = [saved('go', 'What is a goroutine?', T0), saved('sql', 'What is a join?', T0)];
    const server: ChangeSet[] = [];
    meet(laptop, phone, server);
    expect(Object.keys(questionsOf(phone)).sort()).toEqual(['go', 'sql']);

    // The phone deletes "go"; the laptop, offline, saves a new version of "sql" meanwhile and
    // the phone deletes "sql" before that.
    setAside(phone, 'sql', T0 + MINUTE);
    setAside(phone, 'go', T0 + 3 * MINUTE);
    laptop.library = [
      ...laptop.library.filter((s) => s.deck.id !== 'sql'),
      saved('sql', 'What is an outer join?', T0 + 2 * MINUTE),
    ];
    meet(laptop, phone, server);
    for (const d of [laptop, phone])
      expect(questionsOf(d)).toEqual({ sql: 'What is an outer join?' });
    // The deleted deck is kept aside on the laptop, not dropped.
    expect(laptop.deleted.map((d) => d.stored.deck.id)).toContain('go');
    // Quiet once both agree.
    const before = server.length;
    meet(laptop, phone, server);
    expect(server).toHaveLength(before);
  });

  it('a deck missing without a deletion (not readable here) is not sent as deleted', () => {
    const laptop = device(EMPTY_PROGRESS);
    const phone = device(EMPTY_PROGRESS);
    laptop.library = [saved('go', 'What is a goroutine?', T0)];
    const server: ChangeSet[] = [];
    meet(laptop, phone, server);
    phone.library = []; // its library could not be read, say: no deletion was made
    meet(laptop, phone, server);
    expect(server.every((set) => Object.values(set.decks ?? {}).every((c) => c.stored))).toBe(true);
    expect(questionsOf(laptop)).toEqual({ go: 'What is a goroutine?' });
  });
});
