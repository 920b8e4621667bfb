import type { Grade, Review } from '../../srs/types.ts';

/** A grade given in this sitting; `id` is the saved review's, or a local one when cramming. */
export interface SessionGrade {
  readonly id: string;
  readonly card: string;
  readonly grade: Grade;
  /** The list before this grade, to restore on undo (list sittings only). */
  readonly listBefore: readonly string[] | null;
}

/** What one sitting has done: for the progress bar, undo and the end-of-session summary. */
export interface Session {
  readonly startedAt: number;
  readonly reviewed: number;
  readonly again: number;
  /** Grades of this sitting, newest last: undo pops them. */
  readonly history: readonly SessionGrade[];
  /** A card shown before any other (the one just undone). */
  readonly forced: string | null;
  /**
   * A fixed list to go through (a chosen set, studying ahead, cramming), or null for today's
   * queue. Cards answered Again go back to the end, so they come round again in the sitting.
   */
  readonly list: readonly string[] | null;
  /** Saved grades before this time, of the same sitting, are undone once `history` is empty. */
  readonly earlierThan: number;
}

export const startSession = (startedAt: number, list: readonly string[] | null): Session => ({
  startedAt,
  reviewed: 0,
  again: 0,
  history: [],
  forced: null,
  list,
  earlierThan: startedAt,
});

export function recordGrade(session: Session, entry: Omit<SessionGrade, 'listBefore'>): Session {
  const list = session.list;
  const rest = list ? list.filter((key) => key !== entry.card) : null;
  return {
    ...session,
    reviewed: session.reviewed + 1,
    again: session.again + (entry.grade === 1 ? 1 : 0),
    history: [...session.history, { ...entry, listBefore: list }],
    forced: null,
    list: rest && entry.grade === 1 ? [...rest, entry.card] : rest,
  };
}

export function recordUndo(session: Session): Session {
  const last = session.history.at(-1);
  if (!last) return session;
  return {
    ...session,
    reviewed: session.reviewed - 1,
    again: session.again - (last.grade === 1 ? 1 : 0),
    history: session.history.slice(0, -1),
    forced: last.card,
    list: last.listBefore,
  };
}

/** Grades at most this far apart are one sitting: undo reaches back past a reload to them. */
export const SITTING_GAP_MS = 30 * 60_000;
// A review's time is in whole seconds and can run a second ahead of the clock.
const CLOCK_SLACK_MS = 2_000;

/**
 * The newest saved grade of this sitting made before the page opened (before a reload, say),
 * for undo once the page's own grades are all undone: one in scope (this tab's, of a card of
 * the deck studied), within SITTING_GAP_MS of `session.earlierThan`. Null when there is none;
 * the log is in time order.
 */
export function earlierGrade(
  session: Session,
  log: readonly Review[],
  inScope: (review: Review) => boolean,
): Review | null {
  const before = session.earlierThan;
  for (let i = log.length - 1; i >= 0; i--) {
    const review = log[i] as Review;
    if (review.time > before + CLOCK_SLACK_MS) continue;
    if (before - review.time > SITTING_GAP_MS) return null;
    if (inScope(review)) return review;
  }
  return null;
}

/** An earlier grade that cannot be undone (graded again since, in another tab): passed over. */
export const skipEarlierGrade = (session: Session, review: Review): Session => ({
  ...session,
  earlierThan: review.time - CLOCK_SLACK_MS - 1,
});

/** An earlier grade undone: its card comes first, and the next undo reaches further back. */
export function recordEarlierUndo(session: Session, review: Review): Session {
  return { ...session, forced: review.card, earlierThan: review.time };
}
