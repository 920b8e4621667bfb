import { describe, expect, it } from 'vitest';
import { todaysPlan } from '../../src/srs/day-plan.ts';
import { planDay } from '../../src/srs/planner.ts';
import { assessCountdown, projectPlan } from '../../src/srs/projection.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { simulate } from '../../src/srs/simulate.ts';
import type { CardState, Review } from '../../src/srs/types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Day 1 of a 14-day countdown, 8 am UTC; the interview is at 9 am on day 15. */
const START = Date.UTC(2026, 10, 2, 8, 0, 0);
const interview = { at: START + 14 * DAY + HOUR, target: 0.95 };
const utcOffset = () => 0;
const dayStartHour = 4;
const scheduler = createScheduler(0.9);
const cards = Array.from({ length: 52 }, (_, i) => `d/c${i}`);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A learner who studies the plain queue (20 new a day) on days 1–2, then stops. */
const firstTwoDays = simulate({
  cards,
  scheduler,
  strategy: { kind: 'fsrs', newPerDay: 20 },
  start: START,
  interview,
  seed: 3,
  studyDays: 2,
}).states;

function assess(states: Record<string, CardState>, now: number) {
  const common = { cards, states, interview, utcOffset, dayStartHour };
  const projection = projectPlan({ ...common, scheduler, start: now });
  const best = simulate({
    ...common,
    scheduler,
    strategy: { kind: 'planner' },
    start: now,
    seed: 1,
    alwaysRecall: true,
  });
  const verdict = assessCountdown({
    ...common,
    projection,
    dailyMinutes: null,
    todayMinutes: 0,
    secondsPerReview: 15,
    now,
  });
  return { projection, best, verdict };
}

describe('an honest countdown projection', () => {
  it('skipping days 3–8 of 14: behind, with the reviews the lapses cost', () => {
    const day9 = START + 8 * DAY + 2 * HOUR;
    const now = mean(cards.map((key) => scheduler.retrievability(firstTwoDays[key] ?? null, day9)));
    expect(now).toBeGreaterThan(0.55);
    expect(now).toBeLessThan(0.7);
    const { projection, best, verdict } = assess(firstTwoDays, day9);
    // The best case (every review recalled) calls this on track: nothing below the target.
    expect(best.recallAtInterview.filter((r) => r < interview.target)).toEqual([]);
    // Expected: forgotten cards are relearnt, which costs reviews the best case never counts.
    expect(mean(projection.recall)).toBeLessThanOrEqual(1);
    expect(projection.reviewsPerDay).toHaveLength(6);
    expect(projection.reviewsPerDay.reduce((a, b) => a + b, 0)).toBeGreaterThan(
      best.totalReviews * 1.1,
    );
    // And the plan was not followed: 40 cards are overdue, so the countdown says behind.
    expect(verdict).toMatchObject({ behind: true, overdue: 40 });
  });

  it('skipping to the eve: still behind, and a night’s catch-up costs more than the best case', () => {
    const eve = START + 13 * DAY + 2 * HOUR;
    const { projection, best, verdict } = assess(firstTwoDays, eve);
    expect(verdict).toMatchObject({ behind: true, overdue: 40 });
    // In FSRS's model one review the evening before lifts a card over the target by morning;
    // what the forgotten cards cost is the relearning, counted here and not in the best case.
    expect(projection.reviewsPerDay[0]).toBeGreaterThan(best.totalReviews);
  });

  it('a fresh start that follows the plan is on track', () => {
    const { verdict } = assess({}, START);
    expect(verdict).toEqual({
      behind: false,
      overdue: 0,
      below: 0,
      todayOverBudget: false,
      overBudgetDays: 0,
    });
  });

  it('over the daily budget on later days: behind', () => {
    const { projection } = assess({}, START);
    const verdict = assessCountdown({
      cards,
      states: {},
      projection,
      interview,
      dailyMinutes: 1,
      todayMinutes: 1,
      secondsPerReview: 15,
      utcOffset,
      dayStartHour,
      now: START,
    });
    expect(verdict.todayOverBudget).toBe(false);
    expect(verdict.overBudgetDays).toBeGreaterThan(0);
    expect(verdict.behind).toBe(true);
  });
});

describe('today’s plan is fixed for the day', () => {
  it('studying the plan to the end leaves it done, where re-planning asked for more', () => {
    const log: Review[] = [];
    let states: Record<string, CardState> = {};
    const at = (now: number) =>
      todaysPlan({ cards, states, log, interview, scheduler, utcOffset, dayStartHour, now });
    const first = at(START);
    expect(first?.left).toHaveLength(6);
    let time = START + HOUR;
    for (const key of first?.left ?? []) {
      const before = states[key] ?? null;
      states = { ...states, [key]: scheduler.grade(before, 3, time) };
      log.push({ id: `r${log.length}`, card: key, grade: 3, time, before });
      time += 60_000;
    }
    const after = at(time);
    expect(after?.left).toEqual([]);
    expect(after?.done).toBe(6);
    expect(after?.plan).toEqual(first?.plan);
    // Planning again from the new states (what the panel did) asks for more new cards.
    const replanned = planDay({
      cards,
      states,
      interview,
      scheduler,
      utcOffset,
      dayStartHour,
      now: time,
    });
    expect(replanned?.fresh.length).toBeGreaterThan(0);
    // The next day plans afresh.
    expect(at(START + DAY)?.done).toBe(0);
  });

  it('doing the plain queue first (20 new) covers the plan: nothing more is asked', () => {
    const log: Review[] = [];
    let states: Record<string, CardState> = {};
    let time = START + HOUR;
    for (const key of cards.slice(0, 20)) {
      const before = states[key] ?? null;
      states = { ...states, [key]: scheduler.grade(before, 3, time) };
      log.push({ id: `r${log.length}`, card: key, grade: 3, time, before });
      time += 60_000;
    }
    const today = todaysPlan({
      cards,
      states,
      log,
      interview,
      scheduler,
      utcOffset,
      dayStartHour,
      now: time,
    });
    expect(today?.plan.fresh).toHaveLength(6);
    expect(today?.left).toEqual([]);
  });
});
