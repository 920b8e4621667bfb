import { studyDay } from './study-day.ts';
import type { CardState, Review, UtcOffset } from './types.ts';

/** Reviews per study day, from one pass over the log. */
export function reviewsByDay(
  log: readonly Review[],
  utcOffset: UtcOffset,
  dayStartHour: number,
): ReadonlyMap<number, number> {
  const days = new Map<number, number>();
  for (const review of log) {
    const day = studyDay(review.time, utcOffset, dayStartHour);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

/** Cards falling due on each of the next `days` study days (overdue ones count for today). */
export function dueForecast(
  states: Readonly<Record<string, CardState | undefined>>,
  now: number,
  days: number,
  utcOffset: UtcOffset,
  dayStartHour: number,
): number[] {
  const today = studyDay(now, utcOffset, dayStartHour);
  const counts = new Array<number>(days).fill(0);
  for (const state of Object.values(states)) {
    if (!state || state.phase === 'new') continue;
    const offset = Math.max(0, studyDay(state.due, utcOffset, dayStartHour) - today);
    if (offset < days) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts;
}

export interface RetentionBucket {
  /** First study day of the bucket. */
  readonly day: number;
  readonly reviews: number;
  /** Share of review-phase cards recalled (not Again); null with no such reviews. */
  readonly retention: number | null;
}

/**
 * True retention: of the reviews of cards already learnt (in review, not learning), the share
 * recalled, per `bucketDays`-day bucket over the last `days` study days.
 */
export function trueRetention(
  log: readonly Review[],
  now: number,
  days: number,
  bucketDays: number,
  utcOffset: UtcOffset,
  dayStartHour: number,
): RetentionBucket[] {
  const today = studyDay(now, utcOffset, dayStartHour);
  const first = today - days + 1;
  const buckets = Array.from({ length: Math.ceil(days / bucketDays) }, (_, i) => ({
    day: first + i * bucketDays,
    reviews: 0,
    recalled: 0,
  }));
  for (let i = log.length - 1; i >= 0; i--) {
    const review = log[i] as Review;
    const day = studyDay(review.time, utcOffset, dayStartHour);
    if (day < first) break; // the log is in time order
    if (day > today || review.before?.phase !== 'review') continue;
    const bucket = buckets[Math.floor((day - first) / bucketDays)];
    if (!bucket) continue;
    bucket.reviews++;
    if (review.grade > 1) bucket.recalled++;
  }
  return buckets.map((b) => ({
    day: b.day,
    reviews: b.reviews,
    retention: b.reviews ? b.recalled / b.reviews : null,
  }));
}
