// The IndexedDB classes as globals (idb checks `instanceof`); each run opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../src/srs/types.ts';
import { scheduler, T0 } from '../support/progress-fixtures.ts';
import { seededRandom as seeded } from '../../src/srs/simulate.ts';
import { openTab, TabsWorld, type SimulatedTab } from '../support/tabs-world.ts';

// A seeded property test: two or three tabs grade, undo, star and change settings, in a
// random interleaving with saves, late `storage` deliveries, the journal's code arriving late,
// trims, reloads and closes. Whatever the order, once every tab has closed and a new one
// opens, it has every review, undo and star that any tab made and the settings changed last:
// none lost, none brought back.

const CARDS = ['a', 'b', 'c', 'd', 'e'].map((c) => `aws-backend-interview/${c}`);
const STEPS = 40;

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Made {
  readonly reviews: Set<string>;
  readonly undone: Set<string>;
  /** The last star set on each card. */
  readonly stars: Map<string, boolean>;
  /** The daily new cards set last, if any tab set them. */
  newPerDay?: number;
}

async function interleaving(
  seed: number,
  tabCount: number,
): Promise<{ log: string[]; made: Made; steps: string[] }> {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const world = new TabsWorld(new IDBFactory());
  let time = T0;
  const now = () => time;
  let opened = 0;
  const open = () => openTab(world, `t${opened++}`, now);
  const tabs: SimulatedTab[] = Array.from({ length: tabCount }, open);
  const made: Made = { reviews: new Set(), undone: new Set(), stars: new Map() };
  const lastReview = new Map<SimulatedTab, string>();
  /** What happened, to read when a seed fails. */
  const steps: string[] = [];
  /** A page going away: `pagehide` saves what was deferred, then its code stops. */
  const leave = (tab: SimulatedTab) => {
    tab.store.storage.flush();
    world.close(tab.view);
    tabs.splice(tabs.indexOf(tab), 1);
  };

  for (let step = 0; step < STEPS; step++) {
    time += 1000;
    const tab = pick(tabs);
    const roll = random();
    if (roll < 0.35) {
      const review = tab.store
        .getState()
        .grade(pick(CARDS), (1 + Math.floor(random() * 4)) as Grade, time, scheduler);
      made.reviews.add(review.id);
      lastReview.set(tab, review.id);
      steps.push(`${tab.name} grades ${review.card.slice(-1)}: ${review.id}`);
    } else if (roll < 0.4) {
      const id = lastReview.get(tab);
      if (id && tab.store.getState().undo(id)) {
        made.undone.add(id);
        steps.push(`${tab.name} undoes ${id}`);
      }
      lastReview.delete(tab);
    } else if (roll < 0.47) {
      const card = pick(CARDS);
      const on = random() < 0.6;
      tab.store.getState().setBookmark(card, on, time);
      made.stars.set(card, on);
      steps.push(`${tab.name} ${on ? 'stars' : 'unstars'} ${card.slice(-1)}`);
    } else if (roll < 0.5) {
      const newPerDay = 1 + Math.floor(random() * 50);
      tab.store.getState().updateSettings({ newPerDay });
      made.newPerDay = newPerDay;
      steps.push(`${tab.name} sets ${newPerDay} new a day`);
    } else if (roll < 0.57) {
      tab.loadJournal();
      steps.push(`${tab.name} journal arrives`);
    } else if (roll < 0.7) {
      const count = 1 + Math.floor(random() * 3);
      world.deliver(tab.view, count);
      steps.push(`${tab.name} receives ${count}`);
    } else if (roll < 0.8) {
      tab.store.storage.flush();
      steps.push(`${tab.name} saves`);
    } else if (roll < 0.9) {
      await macrotask();
      steps.push('tick');
    } else if (roll < 0.93) {
      // Two minutes pass: every tab has seen every write by then.
      world.deliverAll();
      tab.runTrims();
      steps.push(`all receive everything; ${tab.name} trims`);
    } else if (roll < 0.98 || tabs.length === 1) {
      leave(tab); // a reload: the same place, a new page
      tabs.push(open());
      steps.push(`${tab.name} reloads as ${tabs.at(-1)?.name}`);
    } else {
      leave(tab); // closed; another may open later
      steps.push(`${tab.name} closes`);
      if (random() < 0.5) {
        tabs.push(open());
        steps.push(`${tabs.at(-1)?.name} opens`);
      }
    }
  }
  for (const tab of [...tabs]) leave(tab);
  world.deliverAll();

  const last = open();
  last.loadJournal();
  await last.replayed;
  await macrotask();
  const state = last.store.getState();
  for (const [card, on] of made.stars) {
    expect(state.bookmarks[card]?.on ?? false, `the star on ${card}\n${steps.join('\n')}`).toBe(on);
  }
  if (made.newPerDay !== undefined) {
    expect(state.settings.newPerDay, `the settings\n${steps.join('\n')}`).toBe(made.newPerDay);
  }
  return { log: state.log.map((r) => r.id), made, steps };
}

describe('tabs grading, reloading and closing in any order lose nothing', () => {
  for (const tabCount of [2, 3]) {
    it(`${tabCount} tabs, 100 seeded interleavings`, { timeout: 120_000 }, async () => {
      for (let seed = 1; seed <= 100; seed++) {
        const { log, made, steps } = await interleaving(seed * 7919 + tabCount, tabCount);
        const kept = [...made.reviews].filter((id) => !made.undone.has(id)).sort();
        expect([...log].sort(), `seed ${seed}:\n${steps.join('\n')}`).toEqual(kept);
      }
    });
  }
});
