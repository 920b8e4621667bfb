import { createEmptyCard, fsrs, generatorParameters, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { formatInterval } from '../../src/srs/format-interval.ts';
import { createScheduler, schedulerFor, type Scheduler } from '../../src/srs/scheduler.ts';
import { GRADES, type CardState, type Grade } from '../../src/srs/types.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

const scheduler = createScheduler(0.9);

/** Learns a new card with Good until it graduates, then answers Good `reviews` times on time. */
function reviewCard(s: Scheduler = scheduler, reviews = 2): CardState {
  let state = s.grade(null, 3, T0);
  for (let i = 0; state.phase !== 'review'; i++) {
    if (i > 5) throw new Error('card never graduated');
    state = s.grade(state, 3, state.due);
  }
  for (let i = 0; i < reviews; i++) state = s.grade(state, 3, state.due);
  return state;
}

const learningCard = () => scheduler.grade(null, 3, T0);
const relearningCard = () => {
  const review = reviewCard();
  return scheduler.grade(review, 1, review.due);
};

function expectValidState(state: CardState) {
  for (const [key, value] of Object.entries(state)) {
    if (key === 'phase') continue;
    expect(typeof value, key).toBe('number');
    expect(Number.isFinite(value), key).toBe(true);
  }
  expect(['learning', 'review', 'relearning']).toContain(state.phase);
  expect(state.due % SECOND).toBe(0);
  expect(state.lastReview % SECOND).toBe(0);
  expect(state.due).toBeGreaterThan(state.lastReview);
  expect(state.stability).toBeGreaterThan(0);
  expect(state.difficulty).toBeGreaterThanOrEqual(1);
  expect(state.difficulty).toBeLessThanOrEqual(10);
}

describe('scheduler: a new card', () => {
  const preview = scheduler.preview(null, T0);

  it('labels the grade buttons Again 1m, Hard 6m, Good 10m and Easy several days', () => {
    expect(formatInterval(preview[1].interval)).toBe('1m');
    expect(formatInterval(preview[2].interval)).toBe('6m');
    expect(formatInterval(preview[3].interval)).toBe('10m');
    expect(formatInterval(preview[4].interval)).toMatch(/^\d+d$/);
    expect(preview[4].interval).toBeGreaterThanOrEqual(3 * DAY);
    expect(preview[4].interval).toBeLessThan(14 * DAY);
  });

  it('keeps Easy in whole days and the learning steps in minutes', () => {
    expect(preview[1].interval).toBe(1 * MINUTE);
    expect(preview[2].interval).toBe(6 * MINUTE);
    expect(preview[3].interval).toBe(10 * MINUTE);
    expect(preview[4].interval % DAY).toBe(0);
    expect(preview[4].state.scheduledDays).toBe(preview[4].interval / DAY);
  });

  it('sends Again, Hard and Good to learning and Easy straight to review', () => {
    expect(preview[1].state.phase).toBe('learning');
    expect(preview[2].state.phase).toBe('learning');
    expect(preview[3].state.phase).toBe('learning');
    expect(preview[4].state.phase).toBe('review');
  });

  it('records the first review: one rep, no lapse, reviewed now', () => {
    for (const g of GRADES) {
      const { state, interval } = preview[g];
      expect(state.reps).toBe(1);
      expect(state.lapses).toBe(0);
      expect(state.lastReview).toBe(T0);
      expect(state.due).toBe(T0 + interval);
      expectValidState(state);
    }
  });

  it('rates the card harder the worse the answer', () => {
    expect(preview[1].state.difficulty).toBeGreaterThan(preview[2].state.difficulty);
    expect(preview[2].state.difficulty).toBeGreaterThan(preview[3].state.difficulty);
    expect(preview[3].state.difficulty).toBeGreaterThan(preview[4].state.difficulty);
    expect(preview[1].state.stability).toBeLessThan(preview[4].state.stability);
  });
});

describe('scheduler: preview matches grade', () => {
  const cases: [string, () => CardState | null][] = [
    ['a new card', () => null],
    ['a learning card', learningCard],
    ['a review card', () => reviewCard()],
    ['a relearning card', relearningCard],
  ];

  for (const [name, make] of cases) {
    it(`gives exactly the state grading would give, for ${name}`, () => {
      const state = make();
      const times = [
        state ? state.due : T0,
        (state ? state.due : T0) + 3 * DAY + 1234, // late, with milliseconds
        state ? state.lastReview - HOUR : T0 - 1, // clock set back
      ];
      for (const now of times) {
        const preview = scheduler.preview(state, now);
        for (const g of GRADES) {
          expect(preview[g].state).toEqual(scheduler.grade(state, g, now));
          expect(preview[g].interval).toBe(preview[g].state.due - scheduler.reviewTime(state, now));
        }
      }
    });
  }

  it('is deterministic: the same answer at the same time gives the same due date', () => {
    const state = reviewCard();
    const now = state.due + 5 * DAY;
    const a = createScheduler(0.9).grade(state, 3, now);
    const b = createScheduler(0.9).grade(state, 3, now);
    expect(a).toEqual(b);
  });
});

describe('scheduler: grading', () => {
  it('graduates a learning card answered Good at its step into review, in whole days', () => {
    const learning = learningCard();
    const next = scheduler.grade(learning, 3, learning.due);
    expect(next.phase).toBe('review');
    expect(next.reps).toBe(2);
    expect(next.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(next.due - next.lastReview).toBe(next.scheduledDays * DAY);
  });

  it('counts a lapse and moves to relearning when a review card is answered Again', () => {
    const review = reviewCard();
    const next = scheduler.grade(review, 1, review.due);
    expect(next.phase).toBe('relearning');
    expect(next.lapses).toBe(review.lapses + 1);
    expect(next.reps).toBe(review.reps + 1);
    expect(next.stability).toBeLessThan(review.stability);
    expect(next.difficulty).toBeGreaterThan(review.difficulty);
    expect(next.due - next.lastReview).toBe(10 * MINUTE);
  });

  it('brings a relearning card back to review when answered Good', () => {
    const relearning = relearningCard();
    const next = scheduler.grade(relearning, 3, relearning.due);
    expect(next.phase).toBe('review');
    expect(next.lapses).toBe(relearning.lapses);
    expect(next.due - next.lastReview).toBeGreaterThanOrEqual(DAY);
  });

  it('lengthens the interval of a review card answered Good on time, without a lapse', () => {
    let state = reviewCard(scheduler, 0);
    for (let i = 0; i < 4; i++) {
      const next = scheduler.grade(state, 3, state.due);
      expect(next.phase).toBe('review');
      expect(next.lapses).toBe(0);
      expect(next.scheduledDays).toBeGreaterThan(state.scheduledDays);
      expect(next.due - next.lastReview).toBe(next.scheduledDays * DAY);
      state = next;
    }
  });

  it('spreads the due dates of cards learnt together (fuzz)', () => {
    const dueDays = new Set<number>();
    for (let i = 0; i < 10; i++) {
      const next = scheduler.grade(null, 4, T0 + i * 7 * SECOND);
      dueDays.add(next.scheduledDays);
    }
    expect(dueDays.size).toBeGreaterThan(1);
  });

  it('orders the intervals of a review card Hard < Good < Easy', () => {
    const review = reviewCard();
    const preview = scheduler.preview(review, review.due);
    expect(preview[2].interval).toBeLessThan(preview[3].interval);
    expect(preview[3].interval).toBeLessThan(preview[4].interval);
    expect(preview[1].interval).toBeLessThan(preview[2].interval);
  });
});

describe('scheduler: review time', () => {
  it('is the current time in whole seconds for a new card', () => {
    expect(scheduler.reviewTime(null, T0 + 1999)).toBe(T0 + 1000);
    expect(scheduler.grade(null, 3, T0 + 1999).lastReview).toBe(T0 + 1000);
  });

  it('is the current time in whole seconds when the clock moves forward', () => {
    const state = learningCard();
    expect(scheduler.reviewTime(state, state.due + 4567)).toBe(state.due + 4000);
  });

  it('is strictly after the previous review even when now is not', () => {
    const state = learningCard();
    for (const now of [state.lastReview - 365 * DAY, state.lastReview - 1, state.lastReview]) {
      expect(scheduler.reviewTime(state, now)).toBe(state.lastReview + SECOND);
    }
    // Within the second after the previous review it still moves on by one whole second.
    expect(scheduler.reviewTime(state, state.lastReview + 500)).toBe(state.lastReview + SECOND);
  });

  it('stays after a previous review that was not on a whole second', () => {
    const state = { ...learningCard(), lastReview: T0 + 1500 };
    const time = scheduler.reviewTime(state, T0);
    expect(time).toBeGreaterThan(state.lastReview);
    expect(time % SECOND).toBe(0);
  });

  const phases: [string, () => CardState][] = [
    ['learning', learningCard],
    ['review', () => reviewCard()],
    ['relearning', relearningCard],
  ];
  for (const [name, make] of phases) {
    it(`grades a ${name} card with the clock set back without throwing, in order`, () => {
      const state = make();
      for (const back of [MINUTE, HOUR, 30 * DAY, 3 * 365 * DAY]) {
        for (const g of GRADES) {
          const next = scheduler.grade(state, g, state.lastReview - back);
          expectValidState(next);
          expect(next.lastReview).toBe(state.lastReview + SECOND);
          expect(next.reps).toBe(state.reps + 1);
        }
      }
    });
  }
});

describe('scheduler: saved states', () => {
  function history(): CardState[] {
    const grades: Grade[] = [3, 3, 3, 1, 2, 3, 4, 1, 1, 3, 4, 4];
    const states: CardState[] = [];
    let state: CardState | null = null;
    let now = T0 + 789; // milliseconds that must not leak into the state
    for (const g of grades) {
      state = scheduler.grade(state, g, now);
      states.push(state);
      now = state.due + 7 * HOUR + 321;
    }
    return states;
  }

  it('survives JSON exactly: plain finite numbers, nothing lost', () => {
    for (const state of history()) {
      const copy = JSON.parse(JSON.stringify(state)) as CardState;
      expect(copy).toEqual(state);
      expect(Object.keys(copy).sort()).toEqual(Object.keys(state).sort());
      expectValidState(copy);
      for (const key of ['due', 'lastReview', 'scheduledDays', 'learningSteps', 'reps', 'lapses']) {
        expect(Number.isInteger(copy[key as keyof CardState]), key).toBe(true);
      }
      expect(Math.round(copy.stability * 1e4) / 1e4).toBe(copy.stability);
      expect(Math.round(copy.difficulty * 1e4) / 1e4).toBe(copy.difficulty);
    }
  });

  it('schedules a reloaded state exactly like the state in memory', () => {
    for (const state of history()) {
      const copy = JSON.parse(JSON.stringify(state)) as CardState;
      const now = state.due + 2 * DAY;
      for (const g of GRADES) {
        expect(scheduler.grade(copy, g, now)).toEqual(scheduler.grade(state, g, now));
      }
      expect(scheduler.retrievability(copy, now)).toBe(scheduler.retrievability(state, now));
    }
  });
});

describe('scheduler: retrievability', () => {
  it('is 0 for a card never seen', () => {
    expect(scheduler.retrievability(null, T0)).toBe(0);
    const fresh: CardState = {
      due: T0,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      phase: 'new',
      lastReview: T0,
    };
    expect(scheduler.retrievability(fresh, T0 + DAY)).toBe(0);
  });

  it('is 1 right after a review, even with the clock set back', () => {
    const review = reviewCard();
    expect(scheduler.retrievability(review, review.lastReview)).toBe(1);
    expect(scheduler.retrievability(review, review.lastReview - 10 * DAY)).toBe(1);
  });

  it('is close to the desired retention when a review card falls due', () => {
    for (const retention of [0.8, 0.9]) {
      const s = createScheduler(retention);
      let state = reviewCard(s, 0);
      for (let i = 0; i < 5; i++) {
        const r = s.retrievability(state, state.due);
        expect(Math.abs(r - retention), `R ${r} after ${state.scheduledDays} days`).toBeLessThan(
          0.03,
        );
        state = s.grade(state, 3, state.due);
      }
    }
  });

  it('falls as time goes by', () => {
    const review = reviewCard();
    const at = (days: number) => scheduler.retrievability(review, review.due + days * DAY);
    const values = [at(0), at(1), at(10), at(100), at(1000)];
    for (let i = 1; i < values.length; i++) {
      expect(values[i]).toBeLessThan(values[i - 1] ?? Infinity);
    }
    expect(values.at(-1)).toBeGreaterThan(0);
  });

  it('equals ts-fsrs’s own get_retrievability (computed without building a card)', () => {
    const engine = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true }));
    const review = reviewCard();
    for (const days of [0, 0.5, 1, 3.7, 30, 400]) {
      const now = review.lastReview + days * DAY;
      const card = {
        ...createEmptyCard(review.lastReview),
        stability: review.stability,
        difficulty: review.difficulty,
        state: State.Review,
        reps: review.reps,
        last_review: new Date(review.lastReview),
        due: new Date(review.due),
      };
      expect(scheduler.retrievability(review, now)).toBe(
        engine.get_retrievability(card, now, false),
      );
    }
  });

  it('is lower for a less stable card reviewed at the same time', () => {
    const review = reviewCard();
    const weak = { ...review, stability: review.stability / 4 };
    const now = review.due;
    expect(scheduler.retrievability(weak, now)).toBeLessThan(scheduler.retrievability(review, now));
  });
});

describe('scheduler: desired retention', () => {
  const retentions = [0.7, 0.8, 0.9, 0.95, 0.97];

  it('gives shorter intervals for a higher desired retention', () => {
    const easy = retentions.map((r) => createScheduler(r).preview(null, T0)[4].interval);
    const review = reviewCard();
    const good = retentions.map((r) => createScheduler(r).preview(review, review.due)[3].interval);
    for (const intervals of [easy, good]) {
      for (let i = 1; i < intervals.length; i++) {
        expect(intervals[i]).toBeLessThan(intervals[i - 1] ?? Infinity);
      }
    }
  });

  it('does not change the learning steps', () => {
    for (const r of retentions) {
      const preview = createScheduler(r).preview(null, T0);
      expect([1, 2, 3].map((g) => formatInterval(preview[g as Grade].interval))).toEqual([
        '1m',
        '6m',
        '10m',
      ]);
    }
  });

  it('schedulerFor reuses one scheduler per retention and schedules with that retention', () => {
    expect(schedulerFor(0.85)).toBe(schedulerFor(0.85));
    expect(schedulerFor(0.85)).not.toBe(schedulerFor(0.9));
    const review = reviewCard();
    for (const r of [0.75, 0.85, 0.95]) {
      expect(schedulerFor(r).grade(review, 3, review.due)).toEqual(
        createScheduler(r).grade(review, 3, review.due),
      );
    }
  });
});
