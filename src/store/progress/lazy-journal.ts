import type { Journal } from './journal.ts';
import { encodeProgress, type EncodedProgress } from './codec.ts';
import { EMPTY_PROGRESS, type Progress } from './progress.ts';
import { reportJournal } from '../kernel/save-status.ts';
import { createUnjournaled } from './unjournaled.ts';

// The journal as the first screen has it: what the store writes on each change, and the
// journal itself loaded after the first drawing. Reading and replaying entries
// (journal-replay.ts) loads with the journal.

/**
 * The newest journal format this version reads; entries from a newer one are left untouched.
 * Version 2 added settings entries: they are written as 2, so a tab of an older version keeps
 * them for this one rather than setting them aside, and every other entry is still written as
 * 1, which such a tab can replay. Version 3 added forget entries (a card's schedule reset).
 */
export const JOURNAL_VERSION = 3;

export type JournalOp = 'grade' | 'undo' | 'bookmark' | 'restore' | 'settings' | 'forget';

/** The version each op first appeared in, which entries of it are written as. */
const OP_VERSION: Record<JournalOp, number> = {
  grade: 1,
  undo: 1,
  bookmark: 1,
  restore: 1,
  settings: 2,
  forget: 3,
};

/**
 * One change, as written to the journal: what it did, as a small progress in the saved form
 * (a grade: the review and the card's new state; an undo: the undone id; a bookmark: the
 * star; settings: all of them with when; a restore: the whole restored progress; a forget:
 * the card's reviews undone, and the card named by its star turned off). Decoding it
 * reuses the saved-data checks.
 */
export interface JournalEntry {
  readonly v: number;
  readonly op: JournalOp;
  /** The tab that wrote it, to tell entries apart in audits. */
  readonly tab: string;
  readonly change: EncodedProgress;
}

export function journalEntry(op: JournalOp, tab: string, change: Partial<Progress>): JournalEntry {
  const v = OP_VERSION[op];
  return { v, op, tab, change: encodeProgress({ ...EMPTY_PROGRESS, ...change }) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether progress saved as `raw` holds what `entry` changed (a star: it or a later one), so
 * the entry is no longer needed. A restore is held by any save made after it, settings by a
 * save of them or of a later change.
 */
export function savedHolds(raw: string, entry: JournalEntry): boolean {
  if (entry.op === 'restore') return true;
  // A forget names its card by a star turned off, which the save has only if it had a star.
  if (entry.op === 'forget') return entry.change.undone.every((id) => raw.includes(`"${id}"`));
  if (entry.op === 'settings') {
    const saved = /"settingsAt":(\d+)/.exec(raw);
    return saved !== null && Number(saved[1]) >= (entry.change.settingsAt ?? 0);
  }
  const { log, undone, bookmarks } = entry.change;
  return (
    log.every(([id]) => raw.includes(`"${id}"`)) &&
    undone.every((id) => raw.includes(`"${id}"`)) &&
    Object.entries(bookmarks).every(([key, [, at]]) => {
      const saved = new RegExp(`${escapeRegExp(JSON.stringify(key))}:\\[[01],([0-9.]+)\\]`).exec(
        raw,
      );
      return saved !== null && Number(saved[1]) >= at;
    })
  );
}

/**
 * The journal, loaded after the first screen (IndexedDB code is not needed to draw it). Changes
 * made in the moment before it arrives are queued and recorded as soon as it does. Until the
 * journal has a change, a copy is kept in `backend` (localStorage) under this tab's own key
 * (see `createUnjournaled`), and start-up takes in the copies other tabs left.
 */
export function lazyJournal(load: () => Promise<Journal>, backend: Storage | null = null): Journal {
  let real: Journal | null = null;
  const queued: [JournalEntry, (written: Promise<boolean>) => void][] = [];
  let lastSaved: string | null = null;
  const copies = createUnjournaled(backend);
  /** Copies the journal could not take (none, or its write failed): dropped once a save holds them. */
  let unconfirmed: { entry: JournalEntry; release: () => void }[] = [];
  const ready = load().then(
    (journal) => {
      real = journal;
      for (const [entry, written] of queued.splice(0)) written(journal.record(entry));
      if (lastSaved !== null) journal.saved(lastSaved);
      return journal;
    },
    () => {
      // Its code could not be loaded (offline before it was cached): today's behaviour.
      reportJournal('unavailable');
      for (const [, written] of queued.splice(0)) written(Promise.resolve(false));
      return null;
    },
  );
  const record = (entry: JournalEntry): Promise<boolean> => {
    // The journal's write first, so the disk starts on it before the copy is made (same task).
    const written = real
      ? real.record(entry)
      : new Promise<boolean>((resolve) => queued.push([entry, resolve]));
    // A restore is the whole progress: too big to copy, and saved before it says it is done.
    const release = entry.op === 'restore' ? () => {} : copies.hold(entry);
    void written.then((ok) => {
      if (ok) release();
      else unconfirmed.push({ entry, release });
    });
    return written;
  };
  return {
    record,
    durable: () =>
      real
        ? real.durable()
        : queued.length > 0
          ? ready.then((journal) => journal?.durable() ?? undefined)
          : null,
    enabled: () => real?.enabled() ?? false,
    saved: (raw) => {
      unconfirmed = unconfirmed.filter(({ entry, release }) => {
        const held = savedHolds(raw, entry);
        if (held) release();
        return !held;
      });
      if (real) real.saved(raw);
      else lastSaved = raw;
    },
    replay: (current, apply, loadScheduler) =>
      ready.then(async (journal) => {
        if (!journal) return 0;
        const left = copies.take();
        const applied = await journal.replay(current, apply, loadScheduler, left.entries);
        left.drop();
        return applied;
      }),
  };
}
