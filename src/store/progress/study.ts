import type { Scheduler } from '../../srs/scheduler.ts';
import type { CardState, Grade, Review } from '../../srs/types.ts';
import { now } from '../kernel/clock.ts';
import { useProgress } from './app-progress.ts';

/** A grade that is kept: the review (for undo) and the card's state after it. */
interface Graded {
  readonly review: Review;
  readonly next: CardState;
}

/**
 * Grades a card now and resolves once the grade is durable: in the crash-safe journal on disk
 * (a few ms), or after `DURABLE_WAIT_LIMIT` when the disk is busy. A screen shows the next card
 * then, so what it shows survives a crash. The scheduler is passed in: FSRS loads with the
 * screens that grade, not with the first screen.
 */
export async function grade(card: string, rating: Grade, scheduler: Scheduler): Promise<Graded> {
  const review = useProgress.getState().grade(card, rating, now(), scheduler);
  // The store has just set the card's state: a grade always leaves one.
  const next = useProgress.getState().cards[card] as CardState;
  await useProgress.durable();
  return { review, next };
}

/**
 * Undoes a review and resolves once the undo is durable; false, with nothing changed, when the
 * card was reviewed again since (in another tab, say).
 */
export async function undo(reviewId: string): Promise<boolean> {
  if (!useProgress.getState().undo(reviewId)) return false;
  await useProgress.durable();
  return true;
}

/** Stars or unstars a card now (shown once it is durable). */
export function bookmark(card: string, on: boolean): void {
  useProgress.getState().setBookmark(card, on, now());
}
