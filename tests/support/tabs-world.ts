import { openJournal, type Journal } from '../../src/store/progress/journal.ts';
import { lazyJournal } from '../../src/store/progress/lazy-journal.ts';
import {
  createProgressStore,
  loadScheduler,
  STORAGE_KEY,
  type ProgressHook,
} from '../../src/store/progress/progress-store.ts';

/**
 * Tabs of one browser, as Chromium runs them: localStorage lives in the browser process (the
 * last write wins), and each tab's renderer keeps its own copy, which sees another tab's writes
 * only when they are delivered (with a `storage` event), late and in order. So a tab that
 * saves reads its own, possibly stale, copy first: two tabs saving at once write over each
 * other. IndexedDB (fake-indexeddb) is shared and immediate. What happens when is up to the
 * test: it delivers writes, lets the journal's code arrive, saves, reloads and closes.
 */
export class TabsWorld {
  /** localStorage as the browser process has it. */
  readonly browser = new Map<string, string>();
  private readonly views = new Set<TabView>();

  constructor(readonly indexedDB: IDBFactory) {}

  /** A new renderer's copy: what the browser has now. */
  view(): TabView {
    const view = new TabView(this, new Map(this.browser));
    this.views.add(view);
    return view;
  }

  /** Called by a view: the browser has the write at once, other tabs later. */
  written(from: TabView, key: string, value: string | null): void {
    if (value === null) this.browser.delete(key);
    else this.browser.set(key, value);
    for (const view of this.views) if (view !== from) view.inbox.push({ key, value });
  }

  /** Delivers up to `count` writes waiting for `view` (all by default), oldest first. */
  deliver(view: TabView, count = Infinity): void {
    for (const { key, value } of view.inbox.splice(0, count)) view.receive(key, value);
  }

  deliverAll(): void {
    for (const view of this.views) this.deliver(view);
  }

  close(view: TabView): void {
    view.alive = false;
    this.views.delete(view);
  }
}

/** One tab's localStorage: its renderer's copy. */
export class TabView implements Storage {
  alive = true;
  readonly inbox: { key: string; value: string | null }[] = [];
  /** The tab's `storage` event listener. */
  onStorage: (key: string, value: string | null) => void = () => {};

  constructor(
    private readonly world: TabsWorld,
    private readonly items: Map<string, string>,
  ) {}

  receive(key: string, value: string | null): void {
    if (value === null) this.items.delete(key);
    else this.items.set(key, value);
    if (this.alive) this.onStorage(key, value);
  }

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (!this.alive) return; // a page gone runs no more code
    this.items.set(key, String(value));
    this.world.written(this, key, String(value));
  }
  removeItem(key: string): void {
    if (!this.alive) return;
    this.items.delete(key);
    this.world.written(this, key, null);
  }
  clear(): void {
    for (const key of [...this.items.keys()]) this.removeItem(key);
  }
}

export interface SimulatedTab {
  readonly name: string;
  readonly view: TabView;
  readonly store: ProgressHook;
  readonly journal: Journal;
  /** The journal's code and database arrive (until then, changes wait in memory). */
  readonly loadJournal: () => void;
  /** Runs the journal's trims now, as if two minutes had passed. */
  readonly runTrims: () => void;
  /** The start-up replay, resolved once done. */
  readonly replayed: Promise<number>;
}

/**
 * Opens a tab as the app does (`app-progress.ts`): the store on the tab's copy of localStorage,
 * the lazy journal (its copies of unjournaled changes included), the replay at start-up and the
 * `storage` listener. Deferred saves run when the test calls `store.storage.flush()`.
 */
export function openTab(world: TabsWorld, name: string, now: () => number): SimulatedTab {
  const view = world.view();
  let n = 0;
  let arrive: (journal: Journal) => void = () => {};
  const trims: (() => void)[] = [];
  const journal = lazyJournal(() => new Promise<Journal>((resolve) => (arrive = resolve)), view);
  const store = createProgressStore({
    backend: view,
    now,
    newId: () => `${name}-${++n}`,
    schedule: () => undefined,
    journal,
  });
  view.onStorage = (key, value) => {
    if (key === STORAGE_KEY) store.storage.syncFrom(value);
  };
  const replayed = journal.replay(
    () => store.getState(),
    (progress) => store.setState(progress),
    loadScheduler,
  );
  return {
    name,
    view,
    store,
    journal,
    loadJournal: () =>
      arrive(
        openJournal({
          indexedDB: world.indexedDB,
          setTimeout: (run) => trims.push(run),
          readSaved: () => view.getItem(STORAGE_KEY),
        }),
      ),
    runTrims: () => {
      for (const run of trims.splice(0)) run();
    },
    replayed,
  };
}
