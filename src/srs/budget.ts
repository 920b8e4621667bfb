/**
 * Several decks can share one interview, and so one daily budget. Each covered deck's budget
 * is its share of the minutes, in proportion to what its plan needs that day: budget × own ÷
 * total. A deck's plan then outgrows its share exactly when it needs something and the decks'
 * plans together need more than the budget, so "behind" is said when the combined plan cannot
 * fit, and never by a deck that asks nothing that day.
 */

/** What one deck's countdown plan asks of the days to come. */
export interface PlanDemand {
  /** Minutes today's plan still needs (0 once it is done). */
  readonly todayMinutes: number;
  /** The study day of `reviewsPerDay[0]`. */
  readonly firstDay: number;
  /** Expected reviews on each study day from `firstDay` on (the projection's). */
  readonly reviewsPerDay: readonly number[];
}

/** Expected reviews of several decks' plans on one study day. */
export const reviewsOn = (demands: readonly PlanDemand[], day: number): number =>
  demands.reduce((sum, d) => sum + (d.reviewsPerDay[day - d.firstDay] ?? 0), 0);

/**
 * Over its share of the budget (budget × own ÷ total): the same as needing something while all
 * together need more than the budget, written so that no rounding can tell them apart.
 */
export const overShare = (own: number, total: number, budget: number | null): boolean =>
  budget !== null && own > 0 && total > budget;
