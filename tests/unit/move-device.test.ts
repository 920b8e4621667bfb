// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  LINK_LIMIT,
  progressLink,
  ProgressLinkError,
  readProgressLink,
} from '../../src/lib/progress-link.ts';
import type { Grade } from '../../src/srs/types.ts';
import { createBackup, FILE_WORDS } from '../../src/store/backup/backup.ts';
import { planMerge } from '../../src/store/backup/merge-plan.ts';
import { EMPTY_PROGRESS, insertReview, type Progress } from '../../src/store/progress/progress.ts';
import { openJournalTab, settle } from '../support/journal-tab.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { DAY, MINUTE, scheduler, T0 } from '../support/progress-fixtures.ts';

const A = 'aws-backend-interview/what-is-aws';
const B = 'aws-backend-interview/what-is-ec2';
const C = 'aws-backend-interview/what-is-s3';
const KNOWN = new Set([A, B, C]);
const LINK_WORDS = { source: 'This link', backup: 'This link', retry: 'open it again' };
const BASE = 'https://example.test/prepdeck/';

/** Progress with reviews `[id, card, grade, time]`, scheduled as the store would. */
function progressOf(reviews: [string, string, Grade, number][], from = EMPTY_PROGRESS): Progress {
  let progress = from;
  for (const [id, card, grade, time] of reviews) {
    const before = progress.cards[card] ?? null;
    progress = {
      ...progress,
      cards: { ...progress.cards, [card]: scheduler.grade(before, grade, time) },
      log: insertReview(progress.log, { id, card, grade, time, before }),
    };
  }
  return progress;
}

/** `n` reviews spread over the three cards, an hour apart. */
const manyReviews = (n: number) =>
  progressOf(
    Array.from({ length: n }, (_, i) => [
      `x${i}`,
      [A, B, C][i % 3] as string,
      3,
      T0 + i * 3_600_000,
    ]),
  );

describe('a progress link', () => {
  it('carries the backup text there and back, inside the hash of the app’s address', async () => {
    const text = createBackup(manyReviews(5), T0);
    const link = await progressLink(BASE, text);
    if (!link.ok) throw new Error('five reviews should fit in a link');
    expect(link.url.startsWith(`${BASE}#/merge?p=`)).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(LINK_LIMIT);
    const payload = new URL(link.url).hash.split('?p=')[1] ?? '';
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await readProgressLink(payload)).toBe(text);
  });

  it('is refused when the progress is too big, with the length it would have had', async () => {
    const link = await progressLink(BASE, createBackup(manyReviews(400), T0));
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.length).toBeGreaterThan(LINK_LIMIT);
  });

  it.each([
    ['empty', '', /carries no progress/],
    ['with foreign characters', 'abc$def', /characters a progress link never has/],
    ['not deflated data', 'SGVsbG8gd29ybGQ', /damaged or cut short/],
  ])('that is %s says why and gives nothing', async (_, payload, reason) => {
    const read = readProgressLink(payload);
    await expect(read).rejects.toBeInstanceOf(ProgressLinkError);
    await expect(read).rejects.toThrow(reason);
  });

  it('that was cut short says so', async () => {
    const link = await progressLink(BASE, createBackup(manyReviews(20), T0));
    if (!link.ok) throw new Error('twenty reviews should fit in a link');
    const payload = link.url.split('?p=')[1] ?? '';
    await expect(readProgressLink(payload.slice(0, payload.length / 2))).rejects.toThrow(
      /damaged or cut short/,
    );
  });
});

describe('planMerge', () => {
  // This device: A twice, B once, and a star on C. The other device: A once (in common), B
  // once more, C once, an earlier star on C removed later, and a star on A.
  const here = {
    ...progressOf([
      ['common', A, 3, T0],
      ['h1', A, 3, T0 + DAY],
      ['h2', B, 1, T0 + MINUTE],
    ]),
    bookmarks: { [C]: { on: true, at: T0 } },
  };
  const there = {
    ...progressOf([
      ['common', A, 3, T0],
      ['t1', B, 4, T0 + 2 * DAY],
      ['t2', C, 3, T0 + 2 * DAY],
    ]),
    bookmarks: { [C]: { on: false, at: T0 + DAY }, [A]: { on: true, at: T0 } },
    settings: { ...EMPTY_PROGRESS.settings, newPerDay: 3 },
  };

  it('counts what a merge would bring before anything changes', () => {
    const plan = planMerge(createBackup(there, T0 + 3 * DAY), KNOWN, here, FILE_WORDS);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.summary).toEqual({
      newReviews: 2,
      alreadyHere: 1,
      undoneThere: 0,
      cards: 2,
      starred: 1,
      unstarred: 1,
      unknownCards: 0,
      exportedAt: new Date(T0 + 3 * DAY).toISOString(),
    });
    expect(plan.progress.log.map((r) => r.id)).toEqual(['common', 't1', 't2']);
  });

  it('counts reviews undone on the other device, and cards no deck here has', () => {
    const elsewhere = progressOf([
      ['t8', C, 3, T0],
      ['t9', 'python/what-is-gil', 3, T0],
    ]);
    const undoneThere = { ...elsewhere, undone: ['h2'] };
    const plan = planMerge(createBackup(undoneThere, T0), KNOWN, here, FILE_WORDS);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.summary).toMatchObject({
      newReviews: 2,
      undoneThere: 1,
      cards: 3,
      unknownCards: 1,
    });
  });

  it('finds nothing new in progress merged already', () => {
    const plan = planMerge(createBackup(here, T0), KNOWN, here, FILE_WORDS);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.summary).toMatchObject({ newReviews: 0, alreadyHere: 3, cards: 0, starred: 0 });
  });

  it.each([
    ['not JSON', '{"app":', FILE_WORDS, 'This file is not a PrepDeck backup: it is not JSON.'],
    [
      'from a newer version, by link',
      JSON.stringify({ app: 'prepdeck', kind: 'progress', version: 99, progress: {} }),
      LINK_WORDS,
      /^This link was made by a newer version of PrepDeck \(format 99\).* Update the app, then open it again\.$/,
    ],
    [
      'for other decks only',
      createBackup(progressOf([['p', 'python/what-is-gil', 3, T0]]), T0),
      FILE_WORDS,
      /^This backup holds progress for other decks only \(python\)/,
    ],
  ])('refuses a file or link %s, with a reason', (_, text, words, reason) => {
    const plan = planMerge(text, KNOWN, here, words);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toMatch(reason);
  });

  it('refuses a merge that would not fit in storage', () => {
    const plan = planMerge(createBackup(manyReviews(50), T0), KNOWN, here, FILE_WORDS, 1_000);
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.reason).toMatch(/^Merged, your progress would need about .* Nothing was changed/);
  });
});

describe('the store’s mergeIn', () => {
  it('merges (never replaces), keeps this device’s settings, and survives a crash', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, idb, 'h');
    await tab.replay();
    const { grade, setBookmark, updateSettings } = tab.store.getState();
    updateSettings({ newPerDay: 7 });
    const mine = grade(A, 3, T0, scheduler);
    grade(B, 1, T0 + MINUTE, scheduler);
    setBookmark(A, true, T0);
    await settle(tab.journal);
    tab.store.storage.flush();
    // The other device had this device's first review (an earlier merge), then its own.
    const there = {
      ...progressOf([[mine.id, A, 3, mine.time]]),
      settings: { ...EMPTY_PROGRESS.settings, newPerDay: 2 },
    };
    const other = {
      ...progressOf(
        [
          ['t1', A, 1, T0 + DAY],
          ['t2', C, 4, T0 + 2 * MINUTE],
          ['t3', B, 3, T0 + 30_000],
        ],
        there,
      ),
      bookmarks: { [C]: { on: true, at: T0 } },
    };

    expect(tab.store.getState().mergeIn(other, scheduler)).toBe(3);
    const merged = tab.store.getState();
    expect(merged.log.map((r) => r.id)).toEqual([mine.id, 't3', 'h2', 't2', 't1']);
    expect(merged.settings.newPerDay).toBe(7);
    expect(merged.bookmarks[A]?.on && merged.bookmarks[C]?.on).toBe(true);
    // B's two reviews, from two devices, replayed through FSRS in time order.
    const b1 = scheduler.grade(null, 3, T0 + 30_000);
    expect(merged.cards[B]).toEqual(scheduler.grade(b1, 1, T0 + MINUTE));
    expect(merged.cards[A]).toEqual(other.cards[A]);
    await settle(tab.journal);

    // A crash before localStorage had the merge: the journal brings all of it back.
    const after = openJournalTab(storage, idb, 'n');
    expect(after.store.getState().log.map((r) => r.id)).toEqual([mine.id, 'h2']);
    await after.replay();
    const replayed = after.store.getState();
    expect(replayed.log).toEqual(merged.log);
    expect(replayed.cards).toEqual(merged.cards);
    expect(replayed.bookmarks).toEqual(merged.bookmarks);
    expect(replayed.settings.newPerDay).toBe(7);
  });

  it('between synced devices, the settings changed later win, and a crash keeps them', async () => {
    const storage = new MemoryStorage();
    const idb = new IDBFactory();
    const tab = openJournalTab(storage, idb, 'h');
    await tab.replay();
    tab.store.getState().updateSettings({ newPerDay: 7 });
    const mine = tab.store.getState().settingsAt ?? 0;
    const older = { ...progressOf([['t1', A, 3, T0]]), settingsAt: mine - 1 };
    const newer = {
      ...progressOf([]),
      settings: { ...EMPTY_PROGRESS.settings, newPerDay: 3 },
      settingsAt: mine + 1,
    };

    tab.store.getState().mergeIn(older, scheduler, { settings: 'later' });
    expect(tab.store.getState().settings.newPerDay).toBe(7);
    tab.store.getState().mergeIn(newer, scheduler, { settings: 'later' });
    expect(tab.store.getState().settings.newPerDay).toBe(3);
    expect(tab.store.getState().settingsAt).toBe(mine + 1);
    await settle(tab.journal);

    const after = openJournalTab(storage, idb, 'n');
    await after.replay();
    expect(after.store.getState().settings.newPerDay).toBe(3);
  });

  it('adds nothing when merged twice', () => {
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, new IDBFactory(), 'h');
    const other = progressOf([['t1', A, 3, T0]]);
    expect(tab.store.getState().mergeIn(other, scheduler)).toBe(1);
    const once = tab.store.getState();
    expect(tab.store.getState().mergeIn(other, scheduler)).toBe(0);
    expect(tab.store.getState().log).toEqual(once.log);
    expect(tab.store.getState().cards).toEqual(once.cards);
  });
});
