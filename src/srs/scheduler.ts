import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  State,
  type Card as FsrsCard,
  type FSRS,
} from 'ts-fsrs';
import type { CardState, Grade, MemoryPhase } from './types.ts';

// The one module that speaks ts-fsrs: its snake_case cards and Date objects stay in here.

const PHASE_OF: Record<State, MemoryPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_OF: Record<MemoryPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** Stability and difficulty are kept to 4 decimals, so a saved state is the exact state. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const wholeSecond = (time: number) => Math.floor(time / 1000) * 1000;
const DAY_MS = 86_400_000;

interface Outcome {
  readonly state: CardState;
  /** Time from the review to the card's next due date, in milliseconds. */
  readonly interval: number;
}

export interface Scheduler {
  /** The time a review at `now` counts at: whole seconds, after the card's last review. */
  reviewTime(state: CardState | null, now: number): number;
  /** What each grade would do, for labels on the grade buttons. */
  preview(state: CardState | null, now: number): Record<Grade, Outcome>;
  grade(state: CardState | null, grade: Grade, now: number): CardState;
  /** Predicted probability of recall at `now`; 0 for a card never seen. */
  retrievability(state: CardState | null, now: number): number;
}

const cache = new Map<number, Scheduler>();

/** One scheduler per desired retention, made once: creating one sets up FSRS parameters. */
export function schedulerFor(desiredRetention: number): Scheduler {
  let scheduler = cache.get(desiredRetention);
  if (!scheduler) {
    scheduler = createScheduler(desiredRetention);
    cache.set(desiredRetention, scheduler);
  }
  return scheduler;
}

export function createScheduler(desiredRetention: number): Scheduler {
  // FSRS-6 default weights; fuzz spreads reviews of cards learnt together, as Anki does.
  const engine: FSRS = fsrs(
    generatorParameters({ request_retention: desiredRetention, enable_fuzz: true }),
  );

  // Strictly after the previous review, so a card's reviews stay in order even when the
  // clock is set back; FSRS then sees an elapsed time of zero rather than a negative one.
  const reviewTime = (state: CardState | null, now: number) =>
    wholeSecond(state ? Math.max(now, state.lastReview + 1000) : now);

  const grade = (state: CardState | null, g: Grade, now: number): CardState => {
    const time = reviewTime(state, now);
    return fromFsrs(engine.next(toFsrs(state, time), time, g).card);
  };

  return {
    reviewTime,
    grade,
    preview(state, now) {
      const time = reviewTime(state, now);
      const outcome = (g: Grade): Outcome => {
        const next = grade(state, g, time);
        return { state: next, interval: next.due - time };
      };
      return { 1: outcome(1), 2: outcome(2), 3: outcome(3), 4: outcome(4) };
    },
    retrievability(state, now) {
      if (!state || state.phase === 'new') return 0;
      // What get_retrievability works out (whole days since the last review, on FSRS's own
      // curve), without building a card and dates: projections ask this thousands of times.
      const days = Math.max(Math.floor((now - state.lastReview) / DAY_MS), 0);
      return engine.forgetting_curve(days, +state.stability.toFixed(8));
    },
  };
}

function toFsrs(state: CardState | null, now: number): FsrsCard {
  if (!state) return createEmptyCard(now);
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5: it works the interval out from last_review
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_OF[state.phase],
    last_review: new Date(state.lastReview),
  };
}

function fromFsrs(card: FsrsCard): CardState {
  return {
    due: wholeSecond(card.due.getTime()),
    stability: round4(card.stability),
    difficulty: round4(card.difficulty),
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASE_OF[card.state],
    lastReview: card.last_review ? card.last_review.getTime() : card.due.getTime(),
  };
}
