import { planDay, type DayPlan, type PlanInput } from './planner.ts';
import { studyDay, studyDayStart } from './study-day.ts';
import type { CardState, Review } from './types.ts';

type States = Readonly<Record<string, CardState | undefined>>;

/**
 * Card states as they were when the study day began: a card reviewed since is taken back to
 * its state before its first review of the day. Walks the (time-ordered) log back from the
 * newest review, so the cost is today's reviews.
 */
function statesAtDayStart(states: States, log: readonly Review[], dayStart: number): States {
  const before: Record<string, CardState | undefined> = { ...states };
  for (let i = log.length - 1; i >= 0; i--) {
    const review = log[i];
    if (!review) continue;
    if (review.time < dayStart) break;
    before[review.card] = review.before ?? undefined;
  }
  return before;
}

export interface TodaysPlan {
  /** The day's plan, as planned when the day began: it does not grow as cards are studied. */
  readonly plan: DayPlan;
  /** Planned cards not reviewed yet today, reviews first: the study queue for the plan. */
  readonly left: readonly string[];
  /** Planned cards reviewed today. */
  readonly done: number;
}

/**
 * Today's countdown plan, fixed for the day: planned from the states at the start of the day,
 * so studying it (or the plain queue) only ticks cards off; finishing it finishes the plan
 * instead of re-planning more new cards. Null on or after the interview day.
 */
export function todaysPlan(
  input: PlanInput & { readonly log: readonly Review[] },
): TodaysPlan | null {
  const { log, ...rest } = input;
  const today = studyDay(input.now, input.utcOffset, input.dayStartHour);
  const dayStart = studyDayStart(today, input.utcOffset, input.dayStartHour);
  const states = statesAtDayStart(input.states, log, dayStart);
  const plan = planDay({ ...rest, states, now: dayStart });
  if (!plan) return null;
  const reviewed = new Set<string>();
  for (let i = log.length - 1; i >= 0 && (log[i]?.time ?? 0) >= dayStart; i--) {
    const review = log[i];
    if (review) reviewed.add(review.card);
  }
  const planned = [...plan.reviews, ...plan.fresh];
  const left = planned.filter((key) => !reviewed.has(key));
  return { plan, left, done: planned.length - left.length };
}
