import type { Scheduler } from '../../srs/scheduler.ts';
import type { StudySettings } from '../../srs/types.ts';
import { DB_NAME, openProgressDatabase, type Database } from './progress-db.ts';

export { DB_NAME };
import { SchedulerNeededError } from './merge.ts';
import { applyEntry, decodeEntry, type JournalEntry, type JournalOp } from './journal-replay.ts';
import type { Progress } from './progress.ts';
import { reportJournal, reportSetAside } from '../kernel/save-status.ts';

/**
 * Chromium writes localStorage to disk in batches, seconds after `setItem` (and less often
 * under load): an entry is trimmed only this long after a save that holds it succeeded.
 */
const TRIM_DELAY = 120_000;

export interface Journal {
  /** Starts writing a change; `durable()` resolves once it (and all before it) is on disk. */
  record(entry: JournalEntry, ids: readonly string[]): void;
  /** Null when every change so far is on disk (or there is no journal), else when it will be. */
  durable(): Promise<void> | null;
  /** True once the database is open: changes now wait for it before they show. */
  enabled(): boolean;
  /** localStorage now holds `raw`: entries whose reviews it has are trimmed, later. */
  saved(raw: string): void;
  /** Applies entries that localStorage may not have (a crash before it was written). */
  replay(
    current: () => Progress,
    apply: (progress: Progress) => void,
    loadScheduler: (settings: StudySettings) => Promise<Scheduler>,
  ): Promise<number>;
}

export interface JournalOptions {
  readonly indexedDB: IDBFactory | null;
  readonly setTimeout?: (run: () => void, ms: number) => void;
  /** Called on the first change: a good moment to ask for persistent storage. */
  readonly onFirstRecord?: () => void;
}

/**
 * The write-ahead journal in IndexedDB. Returned at once; changes recorded while it opens
 * wait for it. Without IndexedDB, or with a newer version's database (left untouched), it
 * records nothing: today's behaviour, said once.
 */
export function openJournal(options: JournalOptions): Journal {
  const opening = openProgressDatabase(options.indexedDB).then((db) => {
    if (!db) reportJournal('unavailable');
    return db;
  });
  return createJournal(opening, options);
}

function createJournal(opening: Promise<Database | null>, options: JournalOptions): Journal {
  const later = options.setTimeout ?? ((run, ms) => void setTimeout(run, ms));
  let last: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let state: 'opening' | 'open' | 'none' = 'opening';
  void opening.then((db) => {
    state = db ? 'open' : 'none';
  });
  let first = true;
  /** Entries written or replayed by this tab, with the review ids a save must hold. */
  const trimmable = new Map<number, readonly string[]>();

  const trim = async (keys: number[]) => {
    const db = await opening;
    if (!db || keys.length === 0) return;
    try {
      const tx = db.transaction('journal', 'readwrite');
      for (const key of keys) void tx.store.delete(key);
      await tx.done;
    } catch {
      // Left for the next start-up to replay (a no-op) and trim.
    }
  };

  return {
    record(entry, ids) {
      if (state === 'none') return;
      if (first) {
        first = false;
        options.onFirstRecord?.();
      }
      const write = opening
        .then(async (db) => {
          if (db) trimmable.set(await db.add('journal', entry), ids);
        })
        .catch(() => {
          // The change stays in memory and is saved to localStorage as usual; say so at once.
          reportJournal('failed');
        })
        .finally(() => inFlight--);
      inFlight++;
      last = Promise.all([last, write]).then(() => undefined);
    },
    durable: () => (inFlight === 0 ? null : last),
    enabled: () => state === 'open',
    saved(raw) {
      const held = [...trimmable].filter(([, ids]) => ids.every((id) => raw.includes(`"${id}"`)));
      for (const [key] of held) trimmable.delete(key);
      if (held.length > 0) later(() => void trim(held.map(([key]) => key)), TRIM_DELAY);
    },
    async replay(current, apply, loadScheduler) {
      const db = await opening;
      if (!db) return 0;
      let keys: number[];
      let values: unknown[];
      try {
        const tx = db.transaction('journal');
        [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      } catch {
        return 0;
      }
      const decoded = values.map(decodeEntry);
      // A restore replaces everything before it.
      const lastRestore = decoded.findLastIndex((d) => d.ok && d.op === 'restore');
      const readable: { key: number; op: JournalOp; change: Progress }[] = [];
      for (const [i, entry] of decoded.entries()) {
        const key = keys[i] as number;
        if (!entry.ok) {
          if (!entry.newer) await setAside(db, key, values[i], entry.reason);
        } else if (i >= lastRestore) {
          readable.push({ key, op: entry.op, change: entry.change });
        }
      }
      if (readable.length === 0) return 0;
      // Applied in one go to the progress as it is now (a grade may have come in meanwhile);
      // a replay that needs FSRS loads it first and starts again.
      let scheduler: Scheduler | null = null;
      for (;;) {
        const start = current();
        try {
          let progress = start;
          for (const { op, change } of readable) {
            progress = applyEntry(progress, op, change, scheduler);
          }
          if (progress !== start) apply(progress);
          break;
        } catch (error) {
          if (!(error instanceof SchedulerNeededError) || scheduler) throw error;
          scheduler = await loadScheduler(start.settings);
        }
      }
      for (const { key, op, change } of readable) trimmable.set(key, entryIds(op, change));
      const applied = readable.length;
      return applied;
    },
  };
}

async function setAside(db: Database, key: number, entry: unknown, reason: string): Promise<void> {
  try {
    const tx = db.transaction(['journal', 'aside'], 'readwrite');
    const asideKey = await tx.objectStore('aside').add({ entry, reason });
    await tx.objectStore('journal').delete(key);
    await tx.done;
    reportSetAside({
      key: `IndexedDB ${DB_NAME}/aside/${asideKey}`,
      reason: `a journal entry could not be read: ${reason}`,
      where: 'journal',
    });
  } catch {
    // Left where it is: skipped again at the next start-up.
  }
}

/** The review ids a save must hold before an entry can go (none for a star or a restore). */
function entryIds(op: JournalOp, change: Progress): string[] {
  if (op === 'grade') return change.log.map((r) => r.id);
  if (op === 'undo') return [...change.undone];
  return [];
}
