import { overShare, reviewsOn, type PlanDemand } from './budget.ts';
import type { Interview } from './planner.ts';
import { simulate, type SimulationInput } from './simulate.ts';
import { studyDay } from './study-day.ts';
import type { CardState, UtcOffset } from './types.ts';

/**
 * What following the countdown plan from now is expected to give: not the best case where
 * every review is recalled, but the mean over simulated learners whose memory follows FSRS,
 * each review recalled with its predicted probability (forgotten cards relapse, are relearnt
 * and the planner re-plans around them). Seeded, so the same progress always projects the same.
 */
export interface Projection {
  /** Expected recall of each card at the interview, in the order of `cards`. */
  readonly recall: readonly number[];
  /** Expected reviews on each study day from today to the eve. */
  readonly reviewsPerDay: readonly number[];
}

type ProjectionInput = Omit<SimulationInput, 'strategy' | 'seed' | 'alwaysRecall' | 'studyDays'>;

/**
 * Simulated learners per projection: up to 8, fewer for big decks and far-off interviews
 * (the work grows with cards × days), down to one, so Home stays quick.
 */
function projectionRuns(cards: number, days: number): number {
  return Math.max(1, Math.min(8, Math.floor(4000 / Math.max(1, cards * days))));
}

export function projectPlan(input: ProjectionInput, runs?: number): Projection {
  const { utcOffset = () => 0, dayStartHour = 4 } = input;
  const days =
    studyDay(input.interview.at, utcOffset, dayStartHour) -
    studyDay(input.start, utcOffset, dayStartHour);
  const n = runs ?? projectionRuns(input.cards.length, days);
  const recall = new Array<number>(input.cards.length).fill(0);
  const reviewsPerDay: number[] = [];
  for (let seed = 1; seed <= n; seed++) {
    const run = simulate({ ...input, strategy: { kind: 'planner' }, seed });
    run.recallAtInterview.forEach((r, i) => (recall[i] = (recall[i] ?? 0) + r / n));
    run.reviewsPerDay.forEach((k, d) => (reviewsPerDay[d] = (reviewsPerDay[d] ?? 0) + k / n));
  }
  return { recall, reviewsPerDay };
}

/** Why the countdown is behind; all zero (and `behind` false) when the plan is on track. */
export interface Assessment {
  readonly behind: boolean;
  /** Cards due on an earlier day and not reviewed: days of the plan were missed. */
  readonly overdue: number;
  /** Cards expected below the target on the day even if every day's plan is done. */
  readonly below: number;
  /** Today's plan needs more minutes than the daily budget. */
  readonly todayOverBudget: boolean;
  /** Later study days whose expected work exceeds the daily budget. */
  readonly overBudgetDays: number;
}

export interface AssessInput {
  readonly cards: readonly string[];
  readonly states: Readonly<Record<string, CardState | undefined>>;
  readonly projection: Projection;
  readonly interview: Interview;
  /** Minutes a day the learner can give, or null for no budget. */
  readonly dailyMinutes: number | null;
  /** Minutes today's plan needs. */
  readonly todayMinutes: number;
  /** Rough cost of one review, in seconds. */
  readonly secondsPerReview: number;
  /** The study day of `projection.reviewsPerDay[0]`; today when not given. */
  readonly firstDay?: number;
  /** The other decks the interview covers, sharing the daily budget (see budget.ts). */
  readonly alongside?: readonly PlanDemand[];
  readonly utcOffset: UtcOffset;
  readonly dayStartHour: number;
  readonly now: number;
}

/** On track or behind, and why: the plan cannot reach the target, or is not being followed. */
export function assessCountdown(input: AssessInput): Assessment {
  const today = studyDay(input.now, input.utcOffset, input.dayStartHour);
  let overdue = 0;
  for (const key of input.cards) {
    const state = input.states[key];
    if (!state || state.phase === 'new') continue;
    if (studyDay(state.due, input.utcOffset, input.dayStartHour) < today) overdue++;
  }
  const below = input.projection.recall.filter((r) => r < input.interview.target).length;
  const budget = input.dailyMinutes;
  const others = input.alongside ?? [];
  const othersToday = others.reduce((sum, d) => sum + d.todayMinutes, 0);
  const todayOverBudget = overShare(input.todayMinutes, input.todayMinutes + othersToday, budget);
  const firstDay = input.firstDay ?? today;
  const minutes = (reviews: number) => (reviews * input.secondsPerReview) / 60;
  // Later study days only: today's need is today's plan, above.
  const overBudgetDays = input.projection.reviewsPerDay.filter((n, i) => {
    const day = firstDay + i;
    const total = Math.round(minutes(n + reviewsOn(others, day)));
    return day > today && overShare(minutes(n), total, budget);
  }).length;
  const behind = overdue + below + overBudgetDays > 0 || todayOverBudget;
  return { behind, overdue, below, todayOverBudget, overBudgetDays };
}
