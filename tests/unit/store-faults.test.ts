import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardState } from '../../src/srs/types.ts';
import { createBackup, planRestore } from '../../src/store/backup/backup.ts';
import { fsrsProblem } from '../../src/store/progress/card-check.ts';
import { encodeProgress } from '../../src/store/progress/codec.ts';
import { mergeProgress } from '../../src/store/progress/merge.ts';
import { CURRENT_VERSION } from '../../src/store/progress/migrations.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/store/progress/progress.ts';
import { STORAGE_KEY } from '../../src/store/progress/progress-store.ts';
import { useSaveStatus } from '../../src/store/kernel/save-status.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { DAY, makeStore, scheduler, T0 } from '../support/progress-fixtures.ts';

const CARD_A = 'aws-backend-interview/what-is-aws';
const CARD_B = 'aws-backend-interview/what-is-ec2';

beforeEach(() => {
  useSaveStatus.setState({ save: { kind: 'saved' }, setAside: [], savedChars: 0, wiped: null });
});

const saveRaw = (progress: Progress) =>
  JSON.stringify({ state: encodeProgress(progress), version: CURRENT_VERSION });

describe('fault 1: a card state FSRS cannot grade', () => {
  const broken: CardState = {
    due: T0 - DAY,
    stability: 0,
    difficulty: 5,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    phase: 'review',
    lastReview: T0 - 4 * DAY,
  };

  it('is judged exactly as ts-fsrs judges it', () => {
    const good = scheduler.grade(null, 3, T0 - 4 * DAY);
    const variants: CardState[] = [
      broken,
      good,
      { ...good, stability: 0.0005 },
      { ...good, stability: 0.001 },
      { ...good, difficulty: 0.5 },
      { ...good, difficulty: 1 },
      { ...good, stability: 0, difficulty: 0 },
    ];
    for (const state of variants) {
      let threw = false;
      try {
        scheduler.grade(state, 3, T0);
      } catch {
        threw = true;
      }
      expect(fsrsProblem(state) !== null, JSON.stringify(state)).toBe(threw);
    }
  });

  it('is set aside on load, with a copy of the saved data, and the card can be graded', () => {
    const storage = new MemoryStorage();
    const good = scheduler.grade(null, 3, T0 - DAY);
    const raw = saveRaw({ ...EMPTY_PROGRESS, cards: { [CARD_A]: broken, [CARD_B]: good } });
    storage.setItem(STORAGE_KEY, raw);
    const { store, clock } = makeStore(storage);

    expect(store.getState().cards[CARD_A]).toBeUndefined();
    expect(store.getState().cards[CARD_B]).toEqual(good);
    const [aside] = useSaveStatus.getState().setAside;
    expect(aside?.partial).toBe(true);
    expect(aside?.reason).toContain(CARD_A);
    expect(storage.getItem(aside?.key ?? '')).toBe(raw);
    expect(() => store.getState().grade(CARD_A, 3, clock.time, scheduler)).not.toThrow();
  });
});

describe('fault 3: two tabs grade the same card at the same moment', () => {
  it('keeps the replayed "state before" of the other tab, whichever merges last', () => {
    const a = { id: 'a1', card: CARD_A, grade: 3 as const, time: T0, before: null };
    const b = { id: 'b1', card: CARD_A, grade: 3 as const, time: T0 + 1000, before: null };
    const afterA = scheduler.grade(null, 3, T0);
    const afterB = scheduler.grade(afterA, 3, T0 + 1000);
    // Tab A already merged: b was replayed from a's result.
    const replayed: Progress = {
      ...EMPTY_PROGRESS,
      cards: { [CARD_A]: afterB },
      log: [a, { ...b, before: afterA }],
    };
    // Tab B still holds its own b, graded from a new card, and merges the saved copy in.
    const tabB: Progress = {
      ...EMPTY_PROGRESS,
      cards: { [CARD_A]: scheduler.grade(null, 3, T0 + 1000) },
      log: [b],
    };
    for (const merged of [
      mergeProgress(tabB, replayed, scheduler),
      mergeProgress(replayed, tabB, scheduler),
    ]) {
      expect(merged.log.map((r) => r.id)).toEqual(['a1', 'b1']);
      expect(merged.log[1]?.before).toEqual(afterA);
      expect(merged.cards[CARD_A]).toEqual(afterB);
    }
  });
});

describe('fault 4: a restore too big for the room available', () => {
  it('is refused before anything is replaced', () => {
    const progress: Progress = {
      ...EMPTY_PROGRESS,
      cards: { [CARD_A]: scheduler.grade(null, 3, T0) },
      log: [{ id: 'r1', card: CARD_A, grade: 3, time: T0, before: null }],
    };
    const text = createBackup(progress, T0);
    const known = new Set([CARD_A]);
    expect(planRestore(text, known, EMPTY_PROGRESS, 100_000).ok).toBe(true);
    const plan = planRestore(text, known, EMPTY_PROGRESS, 50);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toMatch(/needs about .* MB .* room for about/);
  });
});

describe('fault 5: the theme toggle with storage full', () => {
  it('does not throw', async () => {
    const full = new MemoryStorage(0);
    vi.stubGlobal('window', { localStorage: full });
    vi.stubGlobal('localStorage', full);
    vi.resetModules();
    const { useUiPrefs } = await import('../../src/store/prefs/ui-prefs.ts');
    expect(() => useUiPrefs.getState().setTheme('dark')).not.toThrow();
    expect(useUiPrefs.getState().theme).toBe('dark');
    vi.unstubAllGlobals();
  });
});

describe('fault 6: progress of cards no deck has any more', () => {
  it('can be re-attached to a card without progress, or removed, and stays so after a merge', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    const old = 'aws-backend-interview/old-wording';
    store.getState().grade(old, 3, clock.time, scheduler);
    store.getState().setBookmark(old, true, clock.time);
    store.getState().grade(CARD_B, 3, clock.time, scheduler);
    const state = store.getState().cards[old];

    expect(store.getState().reattach(old, CARD_B)).toBe(false);
    expect(store.getState().reattach(old, CARD_A)).toBe(true);
    expect(store.getState().cards[CARD_A]).toEqual(state);
    expect(store.getState().cards[old]).toBeUndefined();
    expect(store.getState().log.filter((r) => r.card === CARD_A)).toHaveLength(1);
    expect(store.getState().bookmarks[CARD_A]?.on).toBe(true);

    const reopened = makeStore(storage).store.getState();
    expect(reopened.cards[old]).toBeUndefined();
    expect(reopened.cards[CARD_A]).toEqual(state);

    store.getState().forget(CARD_A);
    expect(store.getState().cards[CARD_A]).toBeUndefined();
    expect(store.getState().log.map((r) => r.card)).toEqual([CARD_B]);
  });
});

describe('fault 7: storage wiped while the app is open', () => {
  it('says so and what was saved again from memory', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    storage.clear();
    store.getState().grade(CARD_B, 3, clock.time, scheduler);
    expect(useSaveStatus.getState().wiped).toEqual({
      reviews: 2,
      cards: 2,
      bookmarks: 0,
      resaved: true,
    });
    expect(makeStore(storage).store.getState().log).toHaveLength(2);
  });
});
