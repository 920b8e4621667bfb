// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../src/store/progress/progress-db.ts';
import { openHistoryArchive } from '../../src/store/progress/history-archive.ts';
import { withHistory } from '../../src/store/progress/progress.ts';
import { createProgressStore, STORAGE_KEY } from '../../src/store/progress/progress-store.ts';
import { useSaveStatus } from '../../src/store/kernel/save-status.ts';
import type { Review } from '../../src/srs/types.ts';
import { MemoryStorage } from '../support/memory-storage.ts';
import { DAY, MINUTE, scheduler, T0 } from '../support/progress-fixtures.ts';

const CARDS = ['what-is-aws', 'what-is-ec2', 'what-is-s3'].map((c) => `aws-backend-interview/${c}`);
const [CARD_A = '', CARD_B = '', CARD_C = ''] = CARDS;

beforeEach(() => {
  useSaveStatus.setState({
    setAside: [],
    history: { archived: 0, loaded: false, unreadable: null },
  });
});

/** A tab: its own clock, a store on shared localStorage and IndexedDB, saves written at once. */
function openTab(backend: MemoryStorage, idb: IDBFactory | null, prefix: string, time = T0) {
  const clock = { time };
  let n = 0;
  let writes: Promise<void> = Promise.resolve();
  const archive = () => {
    const opened = openHistoryArchive(idb);
    writes = opened.then(() => undefined);
    return opened;
  };
  let archiveOnce: ReturnType<typeof archive> | null = null;
  const store = createProgressStore({
    backend,
    now: () => clock.time,
    newId: () => `${prefix}${++n}`,
    archive: () => (archiveOnce ??= archive()),
  });
  /** What a tab does once its first screen is up: the archived history joins the rest. */
  const loadHistory = async () => {
    const older = await store.storage.loadHistory();
    const { log, undone } = store.getState();
    store.setState({ log: withHistory(log, older, undone) });
  };
  return { store, clock, loadHistory, settled: () => settle(writes) };
}

/** Lets the archive's IndexedDB work and the save after it finish. */
async function settle(first: Promise<void>) {
  await first;
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 1));
}

const saved = (storage: MemoryStorage) => storage.getItem(STORAGE_KEY) ?? '';

/** Grades a card once a day for `days` days, ending at the tab's clock. */
function studyDaily(tab: ReturnType<typeof openTab>, card: string, days: number) {
  const end = tab.clock.time;
  for (let d = days; d >= 0; d--) {
    tab.clock.time = end - d * DAY;
    tab.store.getState().grade(card, 3, tab.clock.time, scheduler);
  }
  tab.clock.time = end;
}

describe('the review history in IndexedDB', () => {
  it('archived reviews that cannot be read are reported with their count and reason, not lost', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const first = openTab(storage, idb, 'a');
    studyDaily(first, CARD_A, 100);
    await first.settled();
    const archived = useSaveStatus.getState().history.archived;
    expect(archived).toBeGreaterThan(50);

    // The next start: the archive's database is held at a newer version (or gone).
    useSaveStatus.setState({ history: { archived: 0, loaded: false, unreadable: null } });
    const store = createProgressStore({
      backend: storage,
      now: () => T0,
      archive: () => Promise.reject(new Error('VersionError: the database is at version 9')),
    });
    expect(await store.storage.loadHistory()).toEqual([]);
    expect(useSaveStatus.getState().history).toMatchObject({
      loaded: true,
      unreadable: { count: archived, reason: 'VersionError: the database is at version 9' },
    });
    // Nothing is dropped: what localStorage holds still points to the archive.
    expect(saved(storage)).toContain('"history"');
  });

  it('moves reviews older than 45 days out of localStorage, and a new tab has them all', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openTab(storage, idb, 'a');
    studyDaily(tab, CARD_A, 100);
    tab.store.getState().grade(CARD_B, 3, T0, scheduler);
    await tab.settled();

    const raw = saved(storage);
    const log = tab.store.getState().log;
    expect(log).toHaveLength(102);
    const old = log.filter((r) => r.time < T0 - 45 * DAY);
    expect(old.length).toBeGreaterThan(50);
    expect(old.some((r) => raw.includes(`"${r.id}"`))).toBe(false);
    expect(log.filter((r) => r.time >= T0 - 45 * DAY).every((r) => raw.includes(`"${r.id}"`))).toBe(
      true,
    );
    expect(JSON.parse(raw).state.history).toEqual({ gen: expect.any(String), count: old.length });

    const next = openTab(storage, idb, 'b');
    expect(next.store.getState().log.length).toBe(log.length - old.length);
    await next.loadHistory();
    expect(next.store.getState().log).toEqual(log);
    expect(useSaveStatus.getState().history).toEqual({
      archived: old.length,
      loaded: true,
      unreadable: null,
    });
    // Scheduling state is whole without the archive: the card states are all there.
    expect(next.store.getState().cards).toEqual(tab.store.getState().cards);
  });

  it('a grade writes the card and recent reviews, not years of history', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openTab(storage, idb, 'a');
    studyDaily(tab, CARD_A, 40);
    await tab.settled();
    const recent = saved(storage).length;
    studyDaily(tab, CARD_B, 1_500);
    await tab.settled();
    // 1,500 more days of one card's reviews add only the last 45 days to localStorage.
    expect(saved(storage).length).toBeLessThan(recent * 2.5);
    expect(tab.store.getState().log).toHaveLength(41 + 1_501);
  });

  it('moves a version-2 log on start-up, before any grade', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const older = openTab(storage, null, 'a'); // as version 2 saved it: all in localStorage
    studyDaily(older, CARD_A, 90);
    const raw = JSON.parse(saved(storage));
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...raw, version: 2 }));
    const before = saved(storage).length;

    const tab = openTab(storage, idb, 'b');
    await tab.loadHistory();
    await tab.settled();
    expect(saved(storage).length).toBeLessThan(before * 0.6);
    expect(JSON.parse(saved(storage)).version).toBe(3);
    const next = openTab(storage, idb, 'c');
    await next.loadHistory();
    expect(next.store.getState().log).toEqual(older.store.getState().log);
  });

  it('resumes a move cut short: reviews in both places are neither lost nor doubled', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const writer = openTab(storage, null, 'a'); // no archive: everything in localStorage
    studyDaily(writer, CARD_A, 90);
    const all = writer.store.getState().log;
    // The tab closed after the archive had the old months and before localStorage was pruned.
    const archive = await openHistoryArchive(idb);
    await archive?.add('mhq1b2c0-aaaa', all.slice(0, 40));
    const raw = JSON.parse(saved(storage));
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        ...raw,
        state: { ...raw.state, history: { gen: 'mhq1b2c0-aaaa', count: 40 } },
      }),
    );

    const next = openTab(storage, idb, 'b');
    await next.loadHistory();
    expect(next.store.getState().log).toEqual(all);
    next.store.getState().grade(CARD_B, 3, T0, scheduler);
    await next.settled();
    const pruned = saved(storage);
    expect(
      all.filter((r) => r.time < T0 - 45 * DAY).some((r) => pruned.includes(`"${r.id}"`)),
    ).toBe(false);
    const after = openTab(storage, idb, 'c');
    await after.loadHistory();
    expect(after.store.getState().log).toHaveLength(all.length + 1);
  });

  it('a restore replaces the history too, and the old generation goes once it is saved', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openTab(storage, idb, 'a');
    studyDaily(tab, CARD_A, 80);
    await tab.settled();
    const restored = openTab(new MemoryStorage(), null, 'x');
    studyDaily(restored, CARD_C, 60);
    tab.store.getState().replace(restored.store.getState());
    await tab.settled();

    const next = openTab(storage, idb, 'b');
    await next.loadHistory();
    expect(next.store.getState().log.map((r) => r.card)).toEqual(Array(61).fill(CARD_C));
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = idb.open(DB_NAME);
      request.onsuccess = () => {
        const all = request.result.transaction('history').objectStore('history').getAllKeys();
        all.onsuccess = () => resolve(all.result);
      };
    });
    const gen = JSON.parse(saved(storage)).state.history.gen as string;
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => String(k).startsWith(`${gen}:`))).toBe(true);
  });

  /**
   * A tab with one review, on a localStorage with room for the card states and 45 days of
   * reviews, not for 400 days; 400 days of another's study brought in by `bring`. Returns every
   * save state reported on the way, and a new tab on the same storage with its history loaded.
   */
  async function bringIntoSmallStorage(
    bring: (tab: ReturnType<typeof openTab>, other: ReturnType<typeof openTab>) => void,
  ) {
    const idb = new IDBFactory();
    const other = openTab(new MemoryStorage(), null, 'x');
    studyDaily(other, CARD_C, 400);
    const storage = new MemoryStorage(12_000);
    const tab = openTab(storage, idb, 'a');
    tab.store.getState().grade(CARD_A, 3, T0, scheduler);
    await tab.settled();
    const states: string[] = [];
    const stop = useSaveStatus.subscribe((s) => states.push(s.save.kind));
    bring(tab, other);
    await tab.settled();
    stop();
    const next = openTab(storage, idb, 'b');
    await next.loadHistory();
    return { states, other, next };
  }

  it('a restore bigger than localStorage moves its old reviews out before it is saved', async () => {
    const { states, other, next } = await bringIntoSmallStorage((tab, backup) =>
      tab.store.getState().replace(backup.store.getState()),
    );
    // Never "not saved" on the way, not even for a moment.
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((kind) => kind === 'saved')).toBe(true);
    expect(next.store.getState().log).toEqual(other.store.getState().log);
  });

  it('a merge bigger than localStorage (a device joining sync) is never reported "not saved" on the way', async () => {
    const { states, next } = await bringIntoSmallStorage((tab, other) =>
      tab.store.getState().mergeIn(other.store.getState(), scheduler),
    );
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((kind) => kind === 'saved')).toBe(true);
    expect(next.store.getState().log).toHaveLength(402);
  });

  it('two tabs archiving at once settle on one generation with every review', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const a = openTab(storage, idb, 'a');
    const b = openTab(storage, idb, 'b');
    studyDaily(a, CARD_A, 70);
    studyDaily(b, CARD_B, 70);
    await Promise.all([a.settled(), b.settled()]);
    // Each tab hears of the other's save, as a storage event would tell it.
    b.store.storage.syncFrom(saved(storage));
    a.store.storage.syncFrom(saved(storage));
    a.store.getState().grade(CARD_C, 3, T0 + MINUTE, scheduler);
    b.store.getState().grade(CARD_C, 3, T0 + 2 * MINUTE, scheduler);
    await Promise.all([a.settled(), b.settled()]);
    await Promise.all([a.settled(), b.settled()]);

    const next = openTab(storage, idb, 'c');
    await next.loadHistory();
    const ids = next.store.getState().log.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(71 + 71 + 2);
  });

  it('a review undone after it was archived does not come back', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openTab(storage, idb, 'a');
    studyDaily(tab, CARD_A, 60);
    await tab.settled();
    // A reworded card's progress removed: its reviews are marked undone, archived or not.
    tab.store.getState().forget(CARD_A);
    tab.store.storage.flush();
    await tab.settled();
    const next = openTab(storage, idb, 'b');
    await next.loadHistory();
    expect(next.store.getState().log).toEqual([]);
  });

  it('sets an unreadable month aside, says so, and loads the rest', async () => {
    const idb = new IDBFactory();
    const storage = new MemoryStorage();
    const tab = openTab(storage, idb, 'a');
    studyDaily(tab, CARD_A, 120);
    await tab.settled();
    const gen = JSON.parse(saved(storage)).state.history.gen as string;
    await new Promise<void>((resolve) => {
      const request = idb.open(DB_NAME);
      request.onsuccess = () => {
        const tx = request.result.transaction('history', 'readwrite');
        tx.objectStore('history').put({ keys: [], log: [['zz', 9]] }, `${gen}:2026-08`);
        tx.oncomplete = () => resolve();
      };
    });
    const next = openTab(storage, idb, 'b');
    await next.loadHistory();
    const months = new Set(next.store.getState().log.map((r) => new Date(r.time).getUTCMonth()));
    expect(months.has(7)).toBe(false); // August is set aside…
    expect(months.has(6)).toBe(true); // …July and the rest are loaded
    expect(useSaveStatus.getState().setAside).toEqual([
      expect.objectContaining({ where: 'journal', reason: expect.stringContaining('2026-08') }),
    ]);
  });

  it('loads the version-3 fixture with its archived month', async () => {
    const idb = new IDBFactory();
    const chunks = JSON.parse(
      readFileSync(new URL('../fixtures/progress/v3-history.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    await new Promise<void>((resolve) => {
      const request = idb.open(DB_NAME, 2);
      request.onupgradeneeded = () => {
        for (const name of ['journal', 'aside']) {
          request.result.createObjectStore(name, { autoIncrement: true });
        }
        request.result.createObjectStore('history');
      };
      request.onsuccess = () => {
        const tx = request.result.transaction('history', 'readwrite');
        for (const [key, chunk] of Object.entries(chunks))
          tx.objectStore('history').put(chunk, key);
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      readFileSync(new URL('../fixtures/progress/v3.json', import.meta.url), 'utf8'),
    );
    const tab = openTab(storage, idb, 'a');
    await tab.loadHistory();
    expect(tab.store.getState().log.map((r: Review) => r.id)).toEqual([
      'v3old01',
      'v1a001',
      'v1a002',
    ]);
  });

  it('without IndexedDB keeps the whole history in localStorage, as before', async () => {
    const storage = new MemoryStorage();
    const tab = openTab(storage, null, 'a');
    studyDaily(tab, CARD_A, 100);
    await tab.settled();
    const raw = saved(storage);
    expect(tab.store.getState().log.every((r) => raw.includes(`"${r.id}"`))).toBe(true);
    expect(JSON.parse(raw).state.history).toBeUndefined();
  });
});
