// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { journalEntry, savedHolds } from '../../src/store/progress/lazy-journal.ts';
import { STORAGE_KEY } from '../../src/store/progress/progress-store.ts';
import { UNJOURNALED_PREFIX } from '../../src/store/progress/unjournaled.ts';
import { scheduler, T0 } from '../support/progress-fixtures.ts';
import { openTab, TabsWorld } from '../support/tabs-world.ts';

const CARD = 'aws-backend-interview/what-is-aws';
const copies = (world: TabsWorld) =>
  [...world.browser.keys()].filter((key) => key.startsWith(UNJOURNALED_PREFIX));
const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('changes the journal does not have yet', () => {
  it('are copied at once, and the copy goes once the journal has the change', async () => {
    const world = new TabsWorld(new IDBFactory());
    const tab = openTab(world, 'a', () => T0);
    tab.store.getState().grade(CARD, 3, T0, scheduler);
    expect(copies(world)).toHaveLength(1);
    tab.loadJournal();
    await tab.replayed;
    await tab.journal.durable();
    await macrotask();
    expect(copies(world)).toEqual([]);
  });

  it('come back in the next tab when two tabs wrote over each other and one reloaded before its journal arrived', async () => {
    const world = new TabsWorld(new IDBFactory());
    const a = openTab(world, 'a', () => T0);
    const b = openTab(world, 'b', () => T0);
    b.loadJournal();
    a.store.getState().grade(CARD, 3, T0, scheduler);
    b.store.getState().grade(CARD, 1, T0 + 1000, scheduler);
    // Both save from views that have not seen the other's save: b writes over a's review.
    a.store.storage.flush();
    b.store.storage.flush();
    world.close(a.view);
    expect(world.browser.get(STORAGE_KEY)).not.toContain('"a-1"');

    const next = openTab(world, 'c', () => T0);
    next.loadJournal();
    expect(await next.replayed).toBeGreaterThan(0);
    expect(next.store.getState().log.map((r) => r.id)).toContain('a-1');
    // Journaled by the tab that took it in, and the copy removed.
    expect(copies(world)).toEqual([]);
    const later = openTab(world, 'd', () => T0);
    later.loadJournal();
    await later.replayed;
    expect(later.store.getState().log.map((r) => r.id)).toContain('a-1');
  });

  it('an entry is not trimmed while the saved progress another tab wrote lacks it', async () => {
    const world = new TabsWorld(new IDBFactory());
    const a = openTab(world, 'a', () => T0);
    const b = openTab(world, 'b', () => T0);
    a.loadJournal();
    b.loadJournal();
    await Promise.all([a.replayed, b.replayed]);
    a.store.getState().grade(CARD, 3, T0, scheduler);
    await a.journal.durable();
    a.store.storage.flush(); // holds a-1: its journal entry may go in two minutes
    b.store.getState().grade(CARD, 1, T0 + 1000, scheduler);
    b.store.storage.flush(); // b had not seen a's save: the saved progress lacks a-1 now
    expect(world.browser.get(STORAGE_KEY)).not.toContain('"a-1"');
    world.deliver(a.view);
    a.runTrims();
    await macrotask();
    world.close(a.view);
    world.close(b.view);

    const next = openTab(world, 'c', () => T0);
    next.loadJournal();
    await next.replayed;
    expect(next.store.getState().log.map((r) => r.id)).toEqual(['a-1', 'b-1']);
  });
});

describe('whether a save holds a journal entry', () => {
  const saved = (bookmarks: Record<string, [0 | 1, number]>, log: string[] = []) =>
    JSON.stringify({ state: { log: log.map((id) => [id, 0, 3, 1, 0]), undone: [], bookmarks } });
  const star = (on: boolean, at: number) =>
    journalEntry('bookmark', 't', { bookmarks: { [CARD]: { on, at } } });

  it('a star: when the save has it, or a later one, not an earlier one', () => {
    expect(savedHolds(saved({ [CARD]: [1, 100] }), star(true, 100_000))).toBe(true);
    expect(savedHolds(saved({ [CARD]: [0, 200] }), star(true, 100_000))).toBe(true);
    expect(savedHolds(saved({ [CARD]: [1, 50] }), star(true, 100_000))).toBe(false);
    expect(savedHolds(saved({}), star(true, 100_000))).toBe(false);
  });

  it('a grade: when the save has its review', () => {
    const review = { id: 'r1', card: CARD, grade: 3 as const, time: T0, before: null };
    const entry = journalEntry('grade', 't', { log: [review] });
    expect(savedHolds(saved({}, ['r1']), entry)).toBe(true);
    expect(savedHolds(saved({}, ['r2']), entry)).toBe(false);
  });
});
