import { encodeProgress, type EncodedProgress } from './codec.ts';
import { EMPTY_PROGRESS, type Progress } from './progress.ts';

// What the store writes to the journal on each change: on the first screen, while reading
// and replaying entries (journal-replay.ts) loads with the journal, after it.

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
