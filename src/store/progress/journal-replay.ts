import type { Scheduler } from '../../srs/scheduler.ts';
import type { CardState } from '../../srs/types.ts';
import { decodeProgress } from './codec.ts';
import { JOURNAL_VERSION, type JournalEntry, type JournalOp } from './lazy-journal.ts';
import { mergeProgress } from './merge.ts';
import { EMPTY_PROGRESS, insertReview, undoReview, type Progress } from './progress.ts';

export type { JournalEntry, JournalOp } from './lazy-journal.ts';

/** A readable entry, or why it cannot be read; `newer` entries are skipped and kept. */
export type DecodedEntry =
  | { readonly ok: true; readonly op: JournalOp; readonly change: Progress }
  | { readonly ok: false; readonly newer: boolean; readonly reason: string };

const OPS: readonly JournalOp[] = ['grade', 'undo', 'bookmark', 'restore', 'settings', 'forget'];

export function decodeEntry(value: unknown): DecodedEntry {
  if (typeof value !== 'object' || value === null) {
    return { ok: false, newer: false, reason: 'not a journal entry' };
  }
  const { v, op, change } = value as Partial<Record<keyof JournalEntry, unknown>>;
  if (typeof v === 'number' && v > JOURNAL_VERSION) {
    return { ok: false, newer: true, reason: `written by a newer version (${v})` };
  }
  if (typeof v !== 'number' || v < 1 || !OPS.includes(op as JournalOp)) {
    return { ok: false, newer: false, reason: 'not a journal entry' };
  }
  try {
    return { ok: true, op: op as JournalOp, change: decodeProgress(change) };
  } catch (error) {
    return { ok: false, newer: false, reason: error instanceof Error ? error.message : 'damaged' };
  }
}

const sameState = (a: CardState | null, b: CardState | null) =>
  a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * Applies one journaled change to progress, idempotently: a change progress already has
 * (saved before the crash) leaves it as it is. A grade made from another state than the one
 * saved (another tab graded the card meanwhile) goes through the two-tab merge, which replays
 * FSRS and so may need the scheduler (it throws `SchedulerNeededError` without one).
 */
export function applyEntry(
  progress: Progress,
  op: JournalOp,
  change: Progress,
  scheduler: Scheduler | null,
): Progress {
  switch (op) {
    case 'restore':
      return change;
    case 'settings': {
      // Journal order is time order; a change no later than the settings held is already in.
      const at = change.settingsAt ?? 0;
      if (at === 0 || at < (progress.settingsAt ?? 0)) return progress;
      return { ...progress, settings: change.settings, settingsAt: at };
    }
    case 'bookmark': {
      let bookmarks = progress.bookmarks;
      for (const [key, mark] of Object.entries(change.bookmarks)) {
        const ours = bookmarks[key];
        if (!ours || mark.at > ours.at || (mark.at === ours.at && mark.on !== ours.on && mark.on)) {
          bookmarks = { ...bookmarks, [key]: mark };
        }
      }
      return bookmarks === progress.bookmarks ? progress : { ...progress, bookmarks };
    }
    case 'forget': {
      // The card is new again: its reviews undone (older ones may be in the archived history,
      // not in this log), its state and its star gone. Already applied: left as it is (grades
      // the card got since stay).
      const [card] = Object.keys(change.bookmarks);
      if (!card) return progress;
      const applied = change.undone.every((id) => progress.undone.includes(id));
      if (change.undone.length > 0 && applied) return progress;
      const gone = new Set(change.undone);
      const log = progress.log.filter((r) => !gone.has(r.id));
      const { [card]: _state, ...cards } = progress.cards;
      const mark = progress.bookmarks[card];
      return {
        ...progress,
        cards: log.some((r) => r.card === card) ? progress.cards : cards,
        log,
        undone: [
          ...progress.undone,
          ...change.undone.filter((id) => !progress.undone.includes(id)),
        ],
        bookmarks: mark?.on
          ? { ...progress.bookmarks, [card]: { on: false, at: mark.at } }
          : progress.bookmarks,
      };
    }
    case 'undo': {
      let next = progress;
      for (const id of change.undone) {
        if (next.undone.includes(id)) continue;
        next =
          undoReview(next, id) ??
          (next.log.some((r) => r.id === id)
            ? mergeProgress(next, { ...EMPTY_PROGRESS, undone: [id] }, scheduler)
            : { ...next, undone: [...next.undone, id] });
      }
      return next;
    }
    case 'grade': {
      let next = progress;
      for (const review of change.log) {
        if (next.undone.includes(review.id) || next.log.some((r) => r.id === review.id)) continue;
        const after = change.cards[review.card];
        next =
          after && sameState(next.cards[review.card] ?? null, review.before)
            ? {
                ...next,
                cards: { ...next.cards, [review.card]: after },
                log: insertReview(next.log, review),
              }
            : mergeProgress(next, { ...change, settings: next.settings }, scheduler);
      }
      return next;
    }
  }
}
