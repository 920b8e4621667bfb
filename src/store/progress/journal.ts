import type { Scheduler } from '../../srs/scheduler.ts';
import type { StudySettings } from '../../srs/types.ts';
import { DB_NAME, openProgressDatabase, type Database } from './progress-db.ts';

export { DB_NAME };
import { SchedulerNeededError } from './merge.ts';
import { applyEntry, decodeEntry, type JournalEntry, type JournalOp } from './journal-replay.ts';
import { savedHolds } from './lazy-journal.ts';
import type { Progress } from './progress.ts';
import { reportJournal, reportSetAside } from '../kernel/save-status.ts';

/**
 * Chromium writes localStorage to disk in batches, seconds after `setItem` (and less often
 * under load): an entry is trimmed only this long after a save that holds it succeeded.
 */
const TRIM_DELAY = 120_000;

export interface Journal {
  /**
   * Starts writing a change; `durable()` resolves once it (and all before it) is on disk. The
   * promise says whether this one got there (false: no journal, or the write failed).
   */
  record(entry: JournalEntry): Promise<boolean>;
  /** Null when every change so far is on disk (or there is no journal), else when it will be. */
  durable(): Promise<void> | null;
  /** True once the database is open: changes now wait for it before they show. */
  enabled(): boolean;
  /** localStorage now holds `raw`: entries whose reviews it has are trimmed, later. */
  saved(raw: string): void;
  /**
   * Applies entries that localStorage may not have (a crash before it was written), then
   * `extra` ones kept elsewhere (changes a closed tab had not journaled yet), which are then
   * journaled here; resolves once they are.
   */
  replay(
    current: () => Progress,
    apply: (progress: Progress) => void,
    loadScheduler: (settings: StudySettings) => Promise<Scheduler>,
    extra?: readonly unknown[],
  ): Promise<number>;
}

export interface JournalOptions {
  readonly indexedDB: IDBFactory | null;
  readonly setTimeout?: (run: () => void, ms: number) => void;
  /** Called on the first change: a good moment to ask for persistent storage. */
  readonly onFirstRecord?: () => void;
  /**
   * What localStorage holds now. An entry is trimmed only if it still holds the entry's
   * reviews then: another tab may have written over the save that held them.
   */
  readonly readSaved?: () => string | null;
}

/**
 * The write-ahead journal in IndexedDB. Returned at once; changes recorded while it opens
 * wait for it. Without IndexedDB, or with a newer version's database (left untouched), it
 * records nothing: today's behaviour, said once.
 */
export function openJournal(options: JournalOptions): Journal {
  // Another tab (an older version) holds the database: changes do not wait for it, they are
  // kept in this tab and in localStorage until it lets go, and the user is told why.
  let held = false;
  const opening = openProgressDatabase(options.indexedDB, () => {
    held = true;
    reportJournal('held');
  }).then((db) => {
    reportJournal(db ? 'on' : 'unavailable');
    return db;
  });
  return createJournal(opening, options, () => held);
}

function createJournal(
  opening: Promise<Database | null>,
  options: JournalOptions,
  held: () => boolean,
): Journal {
  const later = options.setTimeout ?? ((run, ms) => void setTimeout(run, ms));
  let last: Promise<void> = Promise.resolve();
  let inFlight = 0;
  /** The database once opened; null when there is none; undefined while it opens. */
  let open: Database | null | undefined;
  void opening.then((db) => {
    open = db;
  });
  let first = true;
  /** Entries written or replayed by this tab, by key: trimmed once a save holds them. */
  const trimmable = new Map<number, JournalEntry>();

  const trim = async (held: [number, JournalEntry][]) => {
    const db = await opening;
    const now = options.readSaved?.();
    const keys: number[] = [];
    for (const [key, entry] of held) {
      if (now === undefined || (now !== null && savedHolds(now, entry))) keys.push(key);
      else trimmable.set(key, entry); // left for a later save that holds it
    }
    if (!db || keys.length === 0) return;
    try {
      const tx = db.transaction('journal', 'readwrite');
      for (const key of keys) void tx.store.delete(key);
      await tx.done;
    } catch {
      // Left for the next start-up to replay (a no-op) and trim.
    }
  };

  const record = (entry: JournalEntry): Promise<boolean> => {
    if (open === null || (open === undefined && held())) return Promise.resolve(false);
    const put = async (db: Database | null) => {
      if (!db) return false;
      const tx = db.transaction('journal', 'readwrite');
      const added = tx.store.add(entry);
      // Committed now rather than when the key press's task ends: the disk writes while React
      // and the rest of the task run (a grade's task took 10–15 ms after its add).
      tx.commit();
      const [key] = await Promise.all([added, tx.done]);
      trimmable.set(key, entry);
      return true;
    };
    // Once the database is open the write starts here, in the key press's own task: waiting
    // a microtask let React draw the grade first, and the entry reached the disk 5–18 ms late.
    const write = (open ? put(open) : opening.then(put))
      .catch(() => {
        // The change stays in memory and is saved to localStorage as usual; say so at once.
        reportJournal('failed');
        return false;
      })
      .finally(() => inFlight--);
    inFlight++;
    last = Promise.all([last, write]).then(() => undefined);
    if (first) {
      first = false;
      options.onFirstRecord?.(); // after the write has started: it is not needed for it
    }
    return write;
  };

  return {
    record,
    durable: () => (inFlight === 0 ? null : last),
    enabled: () => !!open,
    saved(raw) {
      const held = [...trimmable].filter(([, entry]) => savedHolds(raw, entry));
      for (const [key] of held) trimmable.delete(key);
      if (held.length > 0) later(() => void trim(held), TRIM_DELAY);
    },
    async replay(current, apply, loadScheduler, extra = []) {
      const db = await opening;
      let keys: number[] = [];
      let values: unknown[] = [];
      if (db) {
        try {
          const tx = db.transaction('journal');
          [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
        } catch {
          if (extra.length === 0) return 0;
        }
      }
      const journaled = keys.length;
      const all = [...values, ...extra];
      const decoded = all.map(decodeEntry);
      // A restore replaces everything before it.
      const lastRestore = decoded.findLastIndex((d) => d.ok && d.op === 'restore');
      const readable: {
        key: number | null;
        entry: JournalEntry;
        op: JournalOp;
        change: Progress;
      }[] = [];
      for (const [i, entry] of decoded.entries()) {
        const key = i < journaled ? (keys[i] as number) : null;
        if (!entry.ok) {
          if (db && (key === null || !entry.newer)) await setAside(db, key, all[i], entry.reason);
        } else if (i >= lastRestore) {
          readable.push({ key, entry: all[i] as JournalEntry, op: entry.op, change: entry.change });
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
      // Kept elsewhere until now (`extra`): journaled here, so they outlive where they came from.
      const taken: Promise<boolean>[] = [];
      for (const { key, entry } of readable) {
        if (key !== null) trimmable.set(key, entry);
        else taken.push(record(entry));
      }
      await Promise.all(taken);
      return readable.length;
    },
  };
}

/** Moves an unreadable entry aside: from the journal (`key`), or as taken from elsewhere (null). */
async function setAside(
  db: Database,
  key: number | null,
  entry: unknown,
  reason: string,
): Promise<void> {
  try {
    const tx = db.transaction(['journal', 'aside'], 'readwrite');
    const asideKey = await tx.objectStore('aside').add({ entry, reason });
    if (key !== null) await tx.objectStore('journal').delete(key);
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
