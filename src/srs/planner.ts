import type { Scheduler } from './scheduler.ts';
import { studyDay, studyDayStart } from './study-day.ts';
import type { CardState, UtcOffset } from './types.ts';

/**
 * The interview countdown planner, on top of FSRS's memory model (via the scheduler's
 * retrievability and grading). Each day it plans:
 *  - the remaining new cards, spread so that all are learnt with days to spare (more than
 *    the daily new-card limit when it must);
 *  - the reviews FSRS has due today;
 *  - a final review for every card whose predicted recall at the interview would fall below
 *    the target, each placed within its window (early enough to matter for FSRS, late enough to
 *    lift recall at the interview over the target) on the least-loaded study day, tightest
 *    windows first, so the load spreads over the last days instead of piling onto the eve.
 * It is recomputed from the current states every day, so it adapts to what really happened.
 */

export interface Interview {
  /** When the interview starts, epoch ms. */
  readonly at: number;
  /** Predicted recall every card should have at that moment. */
  readonly target: number;
}

export interface PlanInput {
  /** Card keys in deck order (new cards are introduced in this order). */
  readonly cards: readonly string[];
  readonly states: Readonly<Record<string, CardState | undefined>>;
  readonly interview: Interview;
  readonly scheduler: Pick<Scheduler, 'grade' | 'retrievability'>;
  readonly utcOffset: UtcOffset;
  readonly dayStartHour: number;
  readonly now: number;
}

export interface DayPlan {
  /** Study days left before the interview day, today included. */
  readonly daysLeft: number;
  /** Reviews for today: due by FSRS, then final reviews placed on today. */
  readonly reviews: readonly string[];
  /** New cards to introduce today, in deck order. */
  readonly fresh: readonly string[];
  /** Planned load per study day from today to the eve (reviews + new), for the forecast. */
  readonly load: readonly number[];
  /** Cards with no day that can lift them to the target (they need more than one review). */
  readonly atRisk: readonly string[];
}

/** Days kept free of new cards before the interview, so the last new cards get reviewed too. */
export function spareDays(daysLeft: number): number {
  if (daysLeft >= 10) return 4;
  if (daysLeft >= 6) return 2;
  if (daysLeft >= 3) return 1;
  return 0;
}

/** New cards per day needed to introduce `remaining` with days to spare. */
export function newPerDayNeeded(remaining: number, daysLeft: number): number {
  if (remaining === 0 || daysLeft <= 0) return remaining;
  return Math.ceil(remaining / Math.max(1, daysLeft - spareDays(daysLeft)));
}

/**
 * The first day in [0, days) for which `lifts` holds, or -1. A later review lifts recall at
 * the interview more (lower recall when reviewed, shorter wait after), so this gallops ahead
 * from today (1, 2, 4… days) and then bisects: planners and projections ask it for every weak
 * card, every day, and an interview may be years away. Today is asked on its own first, as a
 * same-day review follows FSRS's short-term rule.
 */
function firstDayThat(lifts: (day: number) => boolean, days: number): number {
  if (days <= 0) return -1;
  if (lifts(0)) return 0;
  let low = 0; // known not to lift
  let step = 1;
  for (;;) {
    const high = Math.min(low + step, days - 1);
    if (high === low) return -1;
    if (lifts(high)) {
      let lo = low + 1;
      let hi = high;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lifts(mid)) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    }
    low = high;
    step *= 2;
  }
}

export function planDay(input: PlanInput): DayPlan | null {
  const { cards, states, interview, scheduler, utcOffset, dayStartHour, now } = input;
  const today = studyDay(now, utcOffset, dayStartHour);
  const interviewDay = studyDay(interview.at, utcOffset, dayStartHour);
  // Study days run up to the eve: the interview day is for the interview.
  const lastDay = interviewDay - 1;
  if (today > lastDay) return null;
  const daysLeft = lastDay - today + 1;
  const dayIndex = (time: number) => studyDay(time, utcOffset, dayStartHour) - today;
  // Each day's study is taken to happen in the evening, for predictions.
  const studyTime = (offset: number) =>
    Math.max(now, studyDayStart(today + offset, utcOffset, dayStartHour) + 14 * 3_600_000);

  const load = new Array<number>(daysLeft).fill(0);
  const dueToday: string[] = [];
  const unseen: string[] = [];
  const needsFinal: { key: string; earliest: number }[] = [];
  const atRisk: string[] = [];

  for (const key of cards) {
    const state = states[key];
    if (!state || state.phase === 'new') {
      unseen.push(key);
      continue;
    }
    const due = dayIndex(state.due);
    if (due <= 0) {
      dueToday.push(key);
      load[0] = (load[0] ?? 0) + 1;
      continue;
    }
    if (due < daysLeft) {
      // FSRS brings it back before the interview; tomorrow's plan looks at it again then.
      load[due] = (load[due] ?? 0) + 1;
      continue;
    }
    if (scheduler.retrievability(state, interview.at) >= interview.target) continue;
    // Earliest day from which a successful review lifts recall at the interview to the target.
    const lifts = (d: number) =>
      scheduler.retrievability(scheduler.grade(state, 3, studyTime(d)), interview.at) >=
      interview.target;
    let earliest = firstDayThat(lifts, daysLeft);
    if (earliest === -1) {
      // Even the eve is too early for one review to do it: review now and build stability.
      atRisk.push(key);
      earliest = 0;
    }
    needsFinal.push({ key, earliest });
  }

  // New cards: an even pace that finishes with days to spare; each costs about two
  // reviews on its first day (the learning steps) and one more a few days later.
  const perDay = newPerDayNeeded(unseen.length, daysLeft);
  const fresh = unseen.slice(0, perDay);
  for (let d = 0, left = unseen.length; left > 0 && d < daysLeft; d++, left -= perDay) {
    const n = Math.min(perDay, left);
    load[d] = (load[d] ?? 0) + 2 * n;
    const again = Math.min(daysLeft - 1, d + 2);
    load[again] = (load[again] ?? 0) + n;
  }

  // Final reviews: tightest windows first, each on the least-loaded day of its window
  // (the later day on a tie, for the higher recall at the interview).
  needsFinal.sort((a, b) => b.earliest - a.earliest);
  const finalsToday: string[] = [];
  for (const { key, earliest } of needsFinal) {
    let best = daysLeft - 1;
    for (let d = daysLeft - 1; d >= earliest; d--) if ((load[d] ?? 0) < (load[best] ?? 0)) best = d;
    load[best] = (load[best] ?? 0) + 1;
    if (best === 0) finalsToday.push(key);
  }

  return { daysLeft, reviews: [...dueToday, ...finalsToday], fresh, load, atRisk };
}

export interface Readiness {
  /** Mean predicted recall over the cards, new cards counting as 0. */
  readonly mean: number;
  /** Cards below the target. */
  readonly below: number;
  readonly total: number;
}

/** Mean predicted recall of `keys` at `time`, and how many fall below `target`. */
export function readinessAt(
  keys: readonly string[],
  recall: (key: string) => number,
  target: number,
): Readiness {
  let sum = 0;
  let below = 0;
  for (const key of keys) {
    const r = recall(key);
    sum += r;
    if (r < target) below++;
  }
  return { mean: keys.length ? sum / keys.length : 0, below, total: keys.length };
}
