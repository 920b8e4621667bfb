import { planDay, type Interview } from './planner.ts';
import type { Scheduler } from './scheduler.ts';
import { studyDay, studyDayStart } from './study-day.ts';
import type { CardState, Grade, UtcOffset } from './types.ts';

/** mulberry32: a small seeded generator, so every run of a simulation repeats exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Strategy =
  /** Plain FSRS: reviews when due, a fixed number of new cards a day. */
  | { readonly kind: 'fsrs'; readonly newPerDay: number }
  /** FSRS with every due date capped at the eve of the interview. */
  | { readonly kind: 'capped'; readonly newPerDay: number }
  /** The countdown planner. */
  | { readonly kind: 'planner' };

export interface SimulationInput {
  readonly cards: readonly string[];
  readonly scheduler: Pick<Scheduler, 'grade' | 'retrievability'>;
  readonly strategy: Strategy;
  readonly start: number;
  readonly interview: Interview;
  readonly seed: number;
  /** Where the learner starts (default: every card new). */
  readonly states?: Readonly<Record<string, CardState | undefined>>;
  readonly utcOffset?: UtcOffset;
  readonly dayStartHour?: number;
  /** The best case: every review is recalled (the simulation itself draws each outcome). */
  readonly alwaysRecall?: boolean;
  /** Study only this many days from the start (default: every day up to the eve). */
  readonly studyDays?: number;
}

export interface SimulationResult {
  readonly reviewsPerDay: readonly number[];
  readonly totalReviews: number;
  readonly heaviestDay: number;
  /** Predicted recall of every card at the interview. */
  readonly recallAtInterview: readonly number[];
  /** Every card's state after the last simulated day. */
  readonly states: Readonly<Record<string, CardState>>;
}

const STUDY_HOUR = 18;
const SECONDS_PER_REVIEW = 20_000;

/**
 * A learner whose memory follows FSRS exactly: each review is recalled with the predicted
 * probability (then graded Good, else Again). They study once a day, in the evening, doing
 * learning steps as they fall due that evening, until the day before the interview.
 */
export function simulate(input: SimulationInput): SimulationResult {
  const { cards, scheduler, strategy, interview } = input;
  const UTC = input.utcOffset ?? (() => 0);
  const DAY_START_HOUR = input.dayStartHour ?? 4;
  const random = seededRandom(input.seed);
  const states: Record<string, CardState> = {};
  for (const [key, state] of Object.entries(input.states ?? {})) if (state) states[key] = state;
  const firstDay = studyDay(input.start, UTC, DAY_START_HOUR);
  const eve = studyDay(interview.at, UTC, DAY_START_HOUR) - 1;
  const lastDay = Math.min(eve, firstDay + (input.studyDays ?? Infinity) - 1);
  const reviewsPerDay: number[] = [];

  for (let day = firstDay; day <= lastDay; day++) {
    let time = Math.max(
      input.start,
      studyDayStart(day, UTC, DAY_START_HOUR) + (STUDY_HOUR - DAY_START_HOUR) * 3_600_000,
    );
    const today = (t: number) => studyDay(t, UTC, DAY_START_HOUR) <= day;
    let queue: string[];
    if (strategy.kind === 'planner') {
      const plan = planDay({
        cards,
        states,
        interview,
        scheduler,
        utcOffset: UTC,
        dayStartHour: DAY_START_HOUR,
        now: time,
      });
      queue = plan ? [...plan.reviews, ...plan.fresh] : [];
    } else {
      const eveStart = studyDayStart(eve, UTC, DAY_START_HOUR);
      const due = (state: CardState) =>
        strategy.kind === 'capped' &&
        scheduler.retrievability(state, interview.at) < interview.target
          ? Math.min(state.due, eveStart)
          : state.due;
      queue = cards.filter((key) => {
        const state = states[key];
        return state !== undefined && today(due(state));
      });
      const fresh = cards.filter((key) => states[key] === undefined).slice(0, strategy.newPerDay);
      queue.push(...fresh);
    }

    let done = 0;
    // Work through the queue; learning steps due this evening join its end.
    while (queue.length > 0) {
      const key = queue.shift() as string;
      const state = states[key] ?? null;
      // A learning step is not taken before it falls due: the learner waits for it.
      if (state && state.phase !== 'review') time = Math.max(time, state.due);
      const recalled =
        state === null ||
        input.alwaysRecall === true ||
        random() < scheduler.retrievability(state, time);
      const grade: Grade = recalled ? 3 : 1;
      const next = scheduler.grade(state, grade, time);
      states[key] = next;
      done++;
      time += SECONDS_PER_REVIEW;
      if (next.phase !== 'review' && today(next.due)) {
        queue.push(key);
        queue.sort((a, b) => (states[a]?.due ?? 0) - (states[b]?.due ?? 0));
      }
    }
    reviewsPerDay.push(done);
  }

  const totalReviews = reviewsPerDay.reduce((a, b) => a + b, 0);
  return {
    reviewsPerDay,
    totalReviews,
    heaviestDay: Math.max(0, ...reviewsPerDay),
    recallAtInterview: cards.map((key) =>
      scheduler.retrievability(states[key] ?? null, interview.at),
    ),
    states,
  };
}
