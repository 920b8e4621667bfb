import type { Grade, Review } from '../../srs/index.ts';

/** What one sitting has done: for the progress bar, undo and the end-of-session summary. */
export interface Session {
  readonly startedAt: number;
  readonly reviewed: number;
  readonly again: number;
  /** Reviews of this sitting, newest last: undo pops them. */
  readonly history: readonly Review[];
  /** A card shown before any other (the one just undone). */
  readonly forced: string | null;
  /** Studying ahead: the cards picked when it began, and which are done. */
  readonly ahead: readonly string[] | null;
}

export const startSession = (startedAt: number): Session => ({
  startedAt,
  reviewed: 0,
  again: 0,
  history: [],
  forced: null,
  ahead: null,
});

export function recordGrade(session: Session, review: Review): Session {
  return {
    ...session,
    reviewed: session.reviewed + 1,
    again: session.again + (review.grade === 1 ? 1 : 0),
    history: [...session.history, review],
    forced: null,
  };
}

export function recordUndo(session: Session, review: Review): Session {
  return {
    ...session,
    reviewed: session.reviewed - 1,
    again: session.again - (review.grade === 1 ? 1 : 0),
    history: session.history.slice(0, -1),
    forced: review.card,
  };
}

/** Cards still to go when studying ahead: those not graded in this sitting. */
export function aheadRemaining(session: Session): string[] {
  const done = new Set(session.history.map((r) => r.card));
  return (session.ahead ?? []).filter((key) => !done.has(key));
}

export const isGrade = (value: number): value is Grade => value >= 1 && value <= 4;
