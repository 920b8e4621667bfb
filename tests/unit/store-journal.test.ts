// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, type Journal } from '../../src/store/progress/journal.ts';
import { journalEntry, JOURNAL_VERSION } from '../../src/store/progress/lazy-journal.ts';
import {
  createProgressStore,
  DURABLE_WAIT_LIMIT,
} from '../../src/store/progress/progress-store.ts';
import { useSaveStatus } from '../../src/store/kernel/save-status.ts';
import { openJournalTab, settle } from '../support/journal-tab.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { MINUTE, scheduler, T0 } from '../support/progress-fixtures.ts';

const CARD_A = 'aws-backend-interview/what-is-aws';
const CARD_B = 'aws-backend-interview/what-is-ec2';

beforeEach(() => {
  useSaveStatus.setState({
    save: { kind: 'saved' },
    setAside: [],
    savedChars: 0,
    wiped: null,
    journal: 'on',
  });
});

describe('the write-ahead journal', () => {
  it('brings back a grade, an undo and a bookmark that never reached localStorage', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, idb, 'a');
    await tab.replay();
    const { grade, undo, setBookmark } = tab.store.getState();
    grade(CARD_A, 3, T0, scheduler);
    const second = grade(CARD_B, 1, T0 + MINUTE, scheduler);
    const third = grade(CARD_B, 3, T0 + 2 * MINUTE, scheduler);
    expect(undo(third.id)).toBe(true);
    setBookmark(CARD_A, true, T0);
    await settle(tab.journal);
    expect(storage.length).toBe(0); // the crash: nothing was written to localStorage

    const after = openJournalTab(storage, idb, 'b');
    expect(after.store.getState().log).toEqual([]);
    expect(await after.replay()).toBe(5);
    const state = after.store.getState();
    expect(state.log.map((r) => r.id)).toEqual(['a1', second.id]);
    expect(state.undone).toEqual([third.id]);
    expect(state.cards).toEqual(tab.store.getState().cards);
    expect(state.bookmarks[CARD_A]?.on).toBe(true);
  });

  it('brings back a card forgotten (its schedule reset) that never reached localStorage', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, idb, 'a');
    await tab.replay();
    const { grade, forget } = tab.store.getState();
    grade(CARD_A, 3, T0, scheduler);
    const kept = grade(CARD_B, 3, T0, scheduler);
    await settle(tab.journal);
    // Saved up to here; the forget after it reaches only the journal before the crash.
    tab.store.storage.flush();
    grade(CARD_A, 1, T0 + MINUTE, scheduler);
    forget(CARD_A);
    await settle(tab.journal);

    const after = openJournalTab(storage, idb, 'b');
    expect(after.store.getState().cards[CARD_A]).toBeDefined();
    await after.replay();
    const state = after.store.getState();
    expect(state.cards[CARD_A]).toBeUndefined();
    expect(state.log.map((r) => r.id)).toEqual([kept.id]);
    expect(state.cards[CARD_B]).toEqual(tab.store.getState().cards[CARD_B]);
  });

  it('replays a forget whose older reviews are archived: the card is new, later grades stay', async () => {
    const { applyEntry, decodeEntry } = await import('../../src/store/progress/journal-replay.ts');
    const { EMPTY_PROGRESS } = await import('../../src/store/progress/progress.ts');
    const first = scheduler.grade(null, 3, T0);
    const second = scheduler.grade(first, 3, T0 + MINUTE);
    // Saved before the crash: only the newer review (the first is in the archived history).
    const r2 = { id: 'r2', card: CARD_A, grade: 3 as const, time: T0 + MINUTE, before: first };
    const saved = { ...EMPTY_PROGRESS, cards: { [CARD_A]: second }, log: [r2] };
    const entry = journalEntry('forget', 'a', {
      undone: ['r1', 'r2'],
      bookmarks: { [CARD_A]: { on: false, at: T0 } },
    });
    const decoded = decodeEntry(JSON.parse(JSON.stringify(entry)));
    if (!decoded.ok) throw new Error(decoded.reason);
    const forgotten = applyEntry(saved, decoded.op, decoded.change, null);
    expect(forgotten.cards[CARD_A]).toBeUndefined();
    expect(forgotten.log).toEqual([]);
    expect(forgotten.undone).toEqual(['r1', 'r2']);
    // Replayed again over progress that has it, with a grade since: nothing changes.
    const r3 = { id: 'r3', card: CARD_A, grade: 3 as const, time: T0 + 2 * MINUTE, before: null };
    const since = { ...forgotten, cards: { [CARD_A]: first }, log: [r3] };
    expect(applyEntry(since, decoded.op, decoded.change, null)).toBe(since);
  });

  it('brings back settings that never reached localStorage, never an older change over a newer', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, idb, 'a');
    await tab.replay();
    tab.store.getState().updateSettings({ newPerDay: 4 });
    tab.store.getState().updateSettings({ desiredRetention: 0.8 });
    await settle(tab.journal);
    expect(storage.length).toBe(0); // the crash

    const after = openJournalTab(storage, idb, 'b');
    expect(await after.replay()).toBe(2);
    expect(after.store.getState().settings).toMatchObject({ newPerDay: 4, desiredRetention: 0.8 });

    // Later settings saved, then a crash before the journal was trimmed: the old entries
    // replay onto them and change nothing.
    after.store.getState().updateSettings({ newPerDay: 9 });
    after.store.storage.flush();
    const third = openJournalTab(storage, idb, 'c');
    await third.replay();
    expect(third.store.getState().settings).toMatchObject({ newPerDay: 9, desiredRetention: 0.8 });
  });

  it('writes settings entries as version 2, forget entries as 3, everything else as version 1', () => {
    // A tab of an older version keeps an entry of a newer one for this one, never replaying it.
    expect(journalEntry('settings', 't', { settingsAt: T0 }).v).toBe(2);
    expect(journalEntry('forget', 't', {}).v).toBe(3);
    expect(journalEntry('grade', 't', {}).v).toBe(1);
  });

  it('replays a grade onto a card another tab graded meanwhile (FSRS replay), losing neither', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const a = openJournalTab(storage, idb, 'a');
    const b = openJournalTab(storage, idb, 'b');
    a.store.getState().grade(CARD_A, 3, T0, scheduler);
    b.store.getState().grade(CARD_A, 1, T0 + 1000, scheduler);
    b.store.getState().grade(CARD_B, 3, T0 + 1000, scheduler);
    await settle(a.journal);
    await settle(b.journal);
    // Both flush on unload from copies without the other's write: B's write is lost.
    const aOnly = () => {
      a.store.storage.flush();
    };
    b.store.storage.flush();
    storage.clear();
    aOnly();

    const next = openJournalTab(storage, idb, 'c');
    await next.replay();
    const { log, cards } = next.store.getState();
    expect(log.map((r) => r.id)).toEqual(['a1', 'b1', 'b2']);
    // The second review of CARD_A starts from the first one's result, not from a new card.
    const afterFirst = scheduler.grade(null, 3, T0);
    expect(log[1]?.before).toEqual(afterFirst);
    expect(cards[CARD_A]).toEqual(scheduler.grade(afterFirst, 1, T0 + 1000));
  });

  it('replays a restore, and what came after it', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, idb, 'a');
    tab.store.getState().grade(CARD_A, 3, T0, scheduler);
    tab.store.storage.flush();
    tab.store.getState().replace({
      ...tab.store.getState(),
      cards: {},
      log: [],
      bookmarks: { [CARD_B]: { on: true, at: T0 } },
    });
    tab.store.getState().grade(CARD_B, 3, T0, scheduler);
    await settle(tab.journal);

    const after = openJournalTab(storage, idb, 'b');
    expect(after.store.getState().log).toHaveLength(1); // the pre-restore save
    await after.replay();
    expect(after.store.getState().log.map((r) => r.card)).toEqual([CARD_B]);
    expect(after.store.getState().bookmarks[CARD_B]?.on).toBe(true);
  });

  it('sets corrupt entries aside, says so, leaves newer ones untouched, and replays the rest', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, idb, 'a');
    tab.store.getState().grade(CARD_A, 3, T0, scheduler);
    await settle(tab.journal);
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = idb.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
    });
    const tx = raw.transaction('journal', 'readwrite');
    const good = journalEntry('grade', 'x', {
      cards: { [CARD_B]: scheduler.grade(null, 3, T0) },
      log: [{ id: 'x1', card: CARD_B, grade: 3, time: T0, before: null }],
    });
    tx.objectStore('journal').add({ ...good, change: { ...good.change, log: [['x1', 0]] } });
    tx.objectStore('journal').add('garbage');
    tx.objectStore('journal').add({ ...good, v: JOURNAL_VERSION + 1 });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    raw.close();

    const after = openJournalTab(storage, idb, 'b');
    expect(await after.replay()).toBe(1);
    expect(after.store.getState().log.map((r) => r.id)).toEqual(['a1']);
    const aside = useSaveStatus.getState().setAside;
    expect(aside).toHaveLength(2);
    expect(aside.every((e) => e.where === 'journal')).toBe(true);
    const check = await new Promise<IDBDatabase>((resolve) => {
      const request = idb.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const request = check.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    expect(await count('aside')).toBe(2);
    expect(await count('journal')).toBe(2); // the good entry and the newer one
  });

  it('trims entries once a save holding them succeeded, after a delay', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, idb, 'a');
    tab.store.getState().grade(CARD_A, 3, T0, scheduler);
    await settle(tab.journal);
    expect(tab.trims).toHaveLength(0);
    tab.store.storage.flush();
    expect(tab.trims).toHaveLength(1);
    tab.trims[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = openJournalTab(new MemoryStorage(), idb, 'b');
    expect(await after.replay()).toBe(0);
  });

  it('says an older tab holds the journal, even when the history asked for the database first', async () => {
    const idb = new IDBFactory();
    // An older tab: the database at version 1, kept open, never letting go.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = idb.open(DB_NAME, 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('journal', { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('not opened'));
    });
    const { connectProgressDatabase } = await import('../../src/store/progress/progress-db.ts');
    // The history's open comes first and waits; the journal's waits behind it.
    const history = connectProgressDatabase(idb);
    await new Promise((resolve) => setTimeout(resolve, 10));
    openJournalTab(new MemoryStorage(), idb, 'a');
    await vi.waitFor(() => expect(useSaveStatus.getState().journal).toBe('held'));
    old.close();
    (await history).close();
  });

  it('without IndexedDB, works as before and says so', async () => {
    const storage = new MemoryStorage();
    const tab = openJournalTab(storage, null, 'a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useSaveStatus.getState().journal).toBe('unavailable');
    tab.store.getState().grade(CARD_A, 3, T0, scheduler);
    expect(tab.journal.durable()).toBeNull();
    tab.store.storage.flush();
    expect(openJournalTab(storage, null, 'b').store.getState().log).toHaveLength(1);
  });

  it('sends a grade to the disk before anything is redrawn for it', async () => {
    const idb = new IDBFactory();
    const tab = openJournalTab(new MemoryStorage(), idb, 'a');
    await tab.replay(); // the database is open, as it is once a screen has loaded
    const add = vi.spyOn(IDBObjectStore.prototype, 'add');
    try {
      // What a screen's redraw hears first: the store's change.
      const writesWhenRedrawn: number[] = [];
      tab.store.subscribe(() => writesWhenRedrawn.push(add.mock.calls.length));
      tab.store.getState().grade(CARD_A, 3, T0, scheduler);
      tab.store.getState().grade(CARD_B, 1, T0 + MINUTE, scheduler);
      // Each grade's write was under way before its redraw (not a microtask after it, which
      // let the screen's drawing go first while the disk waited).
      expect(writesWhenRedrawn).toEqual([1, 2]);
      await settle(tab.journal);
      const after = openJournalTab(new MemoryStorage(), idb, 'b');
      expect(await after.replay()).toBe(2);
    } finally {
      add.mockRestore();
    }
  });

  it('a journal stuck on a busy disk holds the next card back only so long', async () => {
    vi.useFakeTimers();
    try {
      const stuck: Journal = {
        record: () => new Promise<boolean>(() => undefined),
        durable: () => new Promise<void>(() => undefined),
        enabled: () => true,
        saved: () => undefined,
        replay: () => Promise.resolve(0),
      };
      const store = createProgressStore({
        backend: new MemoryStorage(),
        now: () => T0,
        journal: stuck,
      });
      store.getState().grade(CARD_A, 3, T0, scheduler);
      let shown = false;
      void store.durable()?.then(() => (shown = true));
      await vi.advanceTimersByTimeAsync(DURABLE_WAIT_LIMIT - 1);
      expect(shown).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(shown).toBe(true);
      // The grade itself is kept, and saved to localStorage as usual.
      expect(store.getState().log).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
