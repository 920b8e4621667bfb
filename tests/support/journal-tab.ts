import { openJournal, type Journal } from '../../src/store/progress/journal.ts';
import { createProgressStore, loadScheduler } from '../../src/store/progress/progress-store.ts';
import type { MemoryStorage } from './memory-storage.ts';
import { T0 } from './progress-fixtures.ts';

/**
 * A tab: a store on shared localStorage and IndexedDB, its review ids starting with `prefix`.
 * Deferred writes run only on `flush` (a crash before it loses what localStorage had not got),
 * and the journal's trims are kept in `trims` rather than run.
 */
export function openJournalTab(backend: MemoryStorage, idb: IDBFactory | null, prefix: string) {
  const trims: (() => void)[] = [];
  const journal = openJournal({ indexedDB: idb, setTimeout: (run) => trims.push(run) });
  let n = 0;
  const store = createProgressStore({
    backend,
    now: () => T0,
    newId: () => `${prefix}${++n}`,
    schedule: () => undefined,
    journal,
  });
  /** What the next start does first: replay the journal's entries over saved progress. */
  const replay = () =>
    journal.replay(
      () => store.getState(),
      (p) => store.setState(p),
      loadScheduler,
    );
  return { store, journal, replay, trims };
}

/** Lets IndexedDB's queued work run, then waits for the journal's latest write. */
export async function settle(journal: Pick<Journal, 'durable'>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await journal.durable();
}
