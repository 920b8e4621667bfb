import { studyDay } from './study-day.ts';
import type { Review, UtcOffset } from './types.ts';

/** A card key's deck: `deckId/cardId`. */
export const deckOf = (card: string): string => card.slice(0, card.indexOf('/'));

export interface DailyStats {
  readonly reviews: number;
  /** Cards seen for the first time today: they count against the new-card limit. */
  readonly introduced: number;
  /** The same, by deck id (the part of a card key before its slash). */
  readonly introducedPerDeck: Readonly<Record<string, number>>;
}

/**
 * Today's totals from a log kept in time order: it walks back from the newest review and
 * stops at the first one from an earlier day, so the cost is today's reviews, not the history.
 */
export function dailyStats(
  log: readonly Review[],
  now: number,
  utcOffset: UtcOffset,
  dayStartHour: number,
): DailyStats {
  const today = studyDay(now, utcOffset, dayStartHour);
  let reviews = 0;
  const introduced = new Set<string>();
  for (let i = log.length - 1; i >= 0; i--) {
    const review = log[i];
    if (!review) continue;
    const day = studyDay(review.time, utcOffset, dayStartHour);
    if (day < today) break;
    if (day > today) continue; // from a clock that ran ahead: not today's
    reviews++;
    if (review.before === null || review.before.phase === 'new') introduced.add(review.card);
  }
  // No prototype: a deck id may be "constructor".
  const introducedPerDeck: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const card of introduced) {
    const deck = deckOf(card);
    introducedPerDeck[deck] = (introducedPerDeck[deck] ?? 0) + 1;
  }
  return { reviews, introduced: introduced.size, introducedPerDeck };
}
