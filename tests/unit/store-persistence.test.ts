import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/store/progress/migrations.ts';
import { createProgressStore, STORAGE_KEY } from '../../src/store/progress/progress-store.ts';
import { useSaveStatus } from '../../src/store/kernel/save-status.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { makeStore, MINUTE, scheduler, T0 } from '../support/progress-fixtures.ts';

const CARD_A = 'aws-backend-interview/what-is-aws';
const CARD_B = 'aws-backend-interview/what-is-ec2';
const CARD_C = 'aws-backend-interview/what-is-rds';

function saved(storage: MemoryStorage) {
  const raw = storage.getItem(STORAGE_KEY);
  return raw === null
    ? null
    : (JSON.parse(raw) as { version: number; state: { log: unknown[]; undone: string[] } });
}

beforeEach(() => {
  useSaveStatus.setState({ save: { kind: 'saved' }, setAside: [], savedChars: 0 });
});

describe('saving progress', () => {
  it('saves each review under one versioned key and loads it back', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    expect(saved(storage)?.version).toBe(CURRENT_VERSION);
    expect(saved(storage)?.state.log).toHaveLength(1);

    const reopened = makeStore(storage).store;
    expect(reopened.getState().log).toEqual(store.getState().log);
    expect(reopened.getState().cards).toEqual(store.getState().cards);
  });

  it('undo restores the exact state before the grade, several steps deep, and is saved', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    const first = store.getState().grade(CARD_A, 3, clock.time, scheduler);
    const afterFirst = store.getState().cards[CARD_A];
    clock.time += 10 * MINUTE;
    const second = store.getState().grade(CARD_A, 3, clock.time, scheduler);
    const third = store.getState().grade(CARD_B, 1, clock.time, scheduler);

    expect(store.getState().undo(third.id)).toBe(true);
    expect(store.getState().cards[CARD_B]).toBeUndefined();
    expect(store.getState().undo(second.id)).toBe(true);
    expect(store.getState().cards[CARD_A]).toEqual(afterFirst);
    expect(store.getState().log.map((r) => r.id)).toEqual([first.id]);
    expect(saved(storage)?.state.undone).toEqual([third.id, second.id]);
  });

  it('saves bookmarks with the rest of the progress', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    store.getState().setBookmark(CARD_A, true, clock.time);
    store.getState().setBookmark(CARD_B, true, clock.time);
    store.getState().setBookmark(CARD_B, false, clock.time + 2000);
    const reopened = makeStore(storage).store.getState();
    expect(reopened.bookmarks[CARD_A]?.on).toBe(true);
    expect(reopened.bookmarks[CARD_B]?.on).toBe(false);
  });

  it('refuses to undo a review that a later review of the same card built on', () => {
    const { store, clock } = makeStore(new MemoryStorage());
    const first = store.getState().grade(CARD_A, 3, clock.time, scheduler);
    store.getState().grade(CARD_A, 3, clock.time + MINUTE, scheduler);
    expect(store.getState().undo(first.id)).toBe(false);
    expect(store.getState().log).toHaveLength(2);
  });

  it('keeps grading, in order, with the clock set back', () => {
    const { store, clock } = makeStore(new MemoryStorage());
    const first = store.getState().grade(CARD_A, 3, clock.time, scheduler);
    clock.time -= 3 * 60 * MINUTE;
    const again = store.getState().grade(CARD_A, 3, clock.time, scheduler);
    const other = store.getState().grade(CARD_B, 3, clock.time, scheduler);
    expect(again.time).toBeGreaterThan(first.time);
    const { log, cards } = store.getState();
    expect(log.map((r) => r.id)).toEqual([other.id, first.id, again.id]);
    expect(Object.keys(cards).sort()).toEqual([CARD_A, CARD_B]);
    expect(Number.isFinite(cards[CARD_A]?.stability)).toBe(true);
  });
});

describe('deferred saving', () => {
  it('writes once for several grades, when the scheduled write runs or on flush', () => {
    const storage = new MemoryStorage();
    const queued: (() => void)[] = [];
    let n = 0;
    const store = createProgressStore({
      backend: storage,
      now: () => T0,
      newId: () => `d${++n}`,
      schedule: (write) => queued.push(write),
    });
    store.getState().grade(CARD_A, 3, T0, scheduler);
    store.getState().grade(CARD_B, 3, T0, scheduler);
    expect(storage.writes).toBe(0);
    expect(queued).toHaveLength(1);
    queued[0]?.();
    expect(storage.writes).toBe(1);
    expect(saved(storage)?.state.log).toHaveLength(2);

    store.getState().grade(CARD_C, 3, T0, scheduler);
    store.storage.flush(); // the page is being hidden
    expect(saved(storage)?.state.log).toHaveLength(3);
  });
});

describe('unreadable saved data', () => {
  it.each([
    ['truncated JSON', '{"state": {"app":"prepdeck"'],
    ['the wrong shape', JSON.stringify({ state: { app: 'prepdeck', cards: 'nope' }, version: 1 })],
    ['foreign data', JSON.stringify({ hello: 'world' })],
  ])('%s: starts afresh, moves the raw data aside untouched and says so', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const { store, clock } = makeStore(storage);

    expect(store.getState().log).toEqual([]);
    const [aside] = useSaveStatus.getState().setAside;
    expect(aside?.key).toMatch(/^prepdeck:progress:unreadable:/);
    expect(storage.getItem(aside?.key ?? '')).toBe(raw);

    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    expect(saved(storage)?.state.log).toHaveLength(1);
    expect(storage.getItem(aside?.key ?? '')).toBe(raw);
  });

  it('never overwrites an earlier set-aside copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'first garbage');
    makeStore(storage);
    storage.setItem(STORAGE_KEY, 'second garbage');
    makeStore(storage);
    const copies = storage.keys().filter((k) => k.includes(':unreadable:'));
    expect(copies.map((k) => storage.getItem(k)).sort()).toEqual([
      'first garbage',
      'second garbage',
    ]);
  });

  it('without room to set it aside, leaves it in place and writes nothing', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'x'.repeat(100));
    storage.quota = 150;
    const { store, clock } = makeStore(storage);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    expect(storage.getItem(STORAGE_KEY)).toBe('x'.repeat(100));
    expect(useSaveStatus.getState().save).toEqual({ kind: 'read-only', reason: 'unreadable' });
    expect(store.getState().log).toHaveLength(1); // study goes on in memory
  });
});

describe('data from a newer version', () => {
  it('is read, never written, and the user is told', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    const raw = (storage.getItem(STORAGE_KEY) ?? '').replace(/"version":\d+}$/, '"version":99}');
    expect(raw).toMatch(/"version":99}$/);
    storage.setItem(STORAGE_KEY, raw);

    const newer = makeStore(storage).store;
    expect(newer.getState().log).toHaveLength(1);
    expect(useSaveStatus.getState().save).toEqual({ kind: 'read-only', reason: 'newer-version' });
    newer.getState().grade(CARD_B, 3, clock.time, scheduler);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });
});

describe('data from a newer version in a shape this one does not know', () => {
  it('is left alone: not set aside, not written over, and the user is told', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({
      state: { app: 'prepdeck', reviews: 'a future shape' },
      version: 99,
    });
    storage.setItem(STORAGE_KEY, raw);
    const { store, clock } = makeStore(storage);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(storage.keys()).toEqual([STORAGE_KEY]);
    expect(useSaveStatus.getState().save).toEqual({ kind: 'read-only', reason: 'newer-version' });
  });
});

describe('full or missing storage', () => {
  it('goes on in memory when the quota is full, says so, and saves on retry', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    const before = storage.getItem(STORAGE_KEY);
    storage.quota = (before ?? '').length + STORAGE_KEY.length; // full: nothing more fits

    store.getState().grade(CARD_B, 3, clock.time, scheduler);
    expect(store.getState().log).toHaveLength(2);
    expect(useSaveStatus.getState().save).toEqual({ kind: 'unsaved', reason: 'quota' });
    expect(storage.getItem(STORAGE_KEY)).toBe(before); // the old save is intact, not half-written

    storage.quota = Infinity;
    store.getState().retrySave();
    expect(useSaveStatus.getState().save).toEqual({ kind: 'saved' });
    expect(saved(storage)?.state.log).toHaveLength(2);
  });

  it('reports how much of the storage progress takes, for the nearly-full warning', () => {
    const storage = new MemoryStorage();
    const { store, clock } = makeStore(storage);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    expect(useSaveStatus.getState().savedChars).toBe(storage.getItem(STORAGE_KEY)?.length);
  });

  it('works without storage at all and says nothing is saved', () => {
    const { store, clock } = makeStore(null);
    store.getState().grade(CARD_A, 3, clock.time, scheduler);
    expect(store.getState().log).toHaveLength(1);
    expect(useSaveStatus.getState().save).toEqual({ kind: 'unsaved', reason: 'unavailable' });
  });
});

describe('two tabs', () => {
  it('keeps the reviews of both: merged before each write and on the storage event', () => {
    const storage = new MemoryStorage();
    const a = makeStore(storage, 'a');
    const b = makeStore(storage, 'b');
    a.store.getState().grade(CARD_A, 3, a.clock.time, scheduler);
    b.store.getState().grade(CARD_B, 3, b.clock.time, scheduler); // b has not seen a's review
    a.store.getState().grade(CARD_C, 4, a.clock.time, scheduler); // a has not seen b's

    expect(saved(storage)?.state.log).toHaveLength(3);
    // What the storage event brings to b.
    b.store.storage.syncFrom(storage.getItem(STORAGE_KEY));
    a.store.storage.syncFrom(storage.getItem(STORAGE_KEY));
    for (const tab of [a, b]) {
      expect(
        tab.store
          .getState()
          .log.map((r) => r.id)
          .sort(),
      ).toEqual(['a1', 'a2', 'b1']);
      expect(Object.keys(tab.store.getState().cards).sort()).toEqual(
        [CARD_A, CARD_B, CARD_C].sort(),
      );
    }
  });

  it('replays a card graded in both tabs, so neither review is lost', async () => {
    const storage = new MemoryStorage();
    const a = makeStore(storage, 'a');
    const b = makeStore(storage, 'b');
    a.store.getState().grade(CARD_A, 3, a.clock.time, scheduler);
    b.store.getState().grade(CARD_A, 1, b.clock.time + MINUTE, scheduler);
    // The merge needed FSRS, which loads on demand: wait for the deferred write.
    await expect.poll(() => saved(storage)?.state.log.length).toBe(2);
    const merged = b.store.getState();
    expect(merged.log.map((r) => r.id)).toEqual(['a1', 'b1']);
    expect(merged.cards[CARD_A]?.reps).toBe(2);
    expect(merged.log[1]?.before).toEqual(a.store.getState().cards[CARD_A]);
  });

  it('keeps the settings changed last, whichever tab saves next', () => {
    const storage = new MemoryStorage();
    const a = makeStore(storage, 'a');
    const b = makeStore(storage, 'b');
    b.clock.time += MINUTE;
    b.store.getState().updateSettings({ newPerDay: 5 });
    // a changed nothing and has not had b's storage event: its next save must not undo b's change.
    a.clock.time += 2 * MINUTE;
    a.store.getState().grade(CARD_A, 3, a.clock.time, scheduler);
    expect(makeStore(storage).store.getState().settings.newPerDay).toBe(5);
    expect(a.store.getState().settings.newPerDay).toBe(5);

    // A later change in a wins in b, through the storage event.
    a.store.getState().updateSettings({ desiredRetention: 0.85 });
    b.store.storage.syncFrom(storage.getItem(STORAGE_KEY));
    expect(b.store.getState().settings).toMatchObject({ newPerDay: 5, desiredRetention: 0.85 });
    b.store.getState().grade(CARD_B, 3, b.clock.time, scheduler);
    expect(makeStore(storage).store.getState().settings).toMatchObject({
      newPerDay: 5,
      desiredRetention: 0.85,
    });
  });

  it('reads progress an older version saved, with no time on its settings', () => {
    const storage = new MemoryStorage();
    const { store } = makeStore(storage);
    store.getState().updateSettings({ newPerDay: 7 });
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { state: object };
    expect(raw.state).toHaveProperty('settingsAt', T0);
    const { settingsAt: _time, ...older } = raw.state as { settingsAt: number };
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...raw, state: older }));
    const reopened = makeStore(storage).store.getState();
    expect(reopened.settings.newPerDay).toBe(7);
    expect(reopened.settingsAt).toBeUndefined();
  });
});
