import type { Scheduler } from '../../srs/scheduler.ts';
import type { CardState, Grade, Review } from '../../srs/types.ts';
import { now } from '../kernel/clock.ts';
import { useProgress } from './app-progress.ts';

/**
 * A change the learner made. `durable` is null when it is already safe on disk (or there is no
 * journal), else it resolves once it is in the crash-safe journal (a few ms), or after
 * `DURABLE_WAIT_LIMIT` when the disk is busy: a screen shows what comes next then, so what it
 * shows survives a crash.
 */
interface Kept {
  readonly durable: Promise<void> | null;
}

/** A grade: the review (for undo) and the card's state after it. */
interface Graded extends Kept {
  readonly review: Review;
  readonly next: CardState;
}

/**
 * Grades a card now. The scheduler is passed in: FSRS loads with the screens that grade, not
 * with the first screen.
 */
export function grade(card: string, rating: Grade, scheduler: Scheduler): Graded {
  const review = useProgress.getState().grade(card, rating, now(), scheduler);
  // The store has just set the card's state: a grade always leaves one.
  const next = useProgress.getState().cards[card] as CardState;
  return { review, next, durable: useProgress.durable() };
}

/** Undoes a review; `undone` is false, with nothing changed, when the card was reviewed again since (in another tab, say). */
export function undo(reviewId: string): Kept & { readonly undone: boolean } {
  if (!useProgress.getState().undo(reviewId)) return { undone: false, durable: null };
  return { undone: true, durable: useProgress.durable() };
}

/** Stars or unstars a card now (shown once it is durable). */
export function bookmark(card: string, on: boolean): void {
  useProgress.getState().setBookmark(card, on, now());
}
