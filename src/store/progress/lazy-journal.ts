import type { Journal } from './journal.ts';
import { encodeProgress, type EncodedProgress } from './codec.ts';
import { EMPTY_PROGRESS, type Progress } from './progress.ts';
import { reportJournal } from '../kernel/save-status.ts';

// The journal as the first screen has it: what the store writes on each change, and the
// journal itself loaded after the first drawing. Reading and replaying entries
// (journal-replay.ts) loads with the journal.

/** The journal format this version writes; entries from a newer one are left untouched. */
export const JOURNAL_VERSION = 1;

export type JournalOp = 'grade' | 'undo' | 'bookmark' | 'restore';

/**
 * One change, as written to the journal: what it did, as a small progress in the saved form
 * (a grade: the review and the card's new state; an undo: the undone id; a bookmark: the
 * star; a restore: the whole restored progress). Decoding it reuses the saved-data checks.
 */
export interface JournalEntry {
  readonly v: number;
  readonly op: JournalOp;
  /** The tab that wrote it, to tell entries apart in audits. */
  readonly tab: string;
  readonly change: EncodedProgress;
}

export function journalEntry(op: JournalOp, tab: string, change: Partial<Progress>): JournalEntry {
  return { v: JOURNAL_VERSION, op, tab, change: encodeProgress({ ...EMPTY_PROGRESS, ...change }) };
}

/**
 * The journal, loaded after the first screen (IndexedDB code is not needed to draw it). Changes
 * made in the moment before it arrives are queued and recorded as soon as it does.
 */
export function lazyJournal(load: () => Promise<Journal>): Journal {
  let real: Journal | null = null;
  const queued: [JournalEntry, readonly string[]][] = [];
  let lastSaved: string | null = null;
  const ready = load().then(
    (journal) => {
      real = journal;
      for (const [entry, ids] of queued.splice(0)) journal.record(entry, ids);
      if (lastSaved !== null) journal.saved(lastSaved);
      return journal;
    },
    () => {
      // Its code could not be loaded (offline before it was cached): today's behaviour.
      reportJournal('unavailable');
      return null;
    },
  );
  return {
    record: (entry, ids) => (real ? real.record(entry, ids) : void queued.push([entry, ids])),
    durable: () =>
      real
        ? real.durable()
        : queued.length > 0
          ? ready.then((journal) => journal?.durable() ?? undefined)
          : null,
    enabled: () => real?.enabled() ?? false,
    saved: (raw) => (real ? real.saved(raw) : void (lastSaved = raw)),
    replay: (...args) => ready.then((journal) => journal?.replay(...args) ?? 0),
  };
}
