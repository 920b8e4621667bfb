import { describe, expect, it } from 'vitest';
import { newPerDayNeeded, planDay, spareDays } from '../../src/srs/planner.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { simulate } from '../../src/srs/simulate.ts';
import type { CardState } from '../../src/srs/types.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 18, 0, 0);
const utc = () => 0;
const scheduler = createScheduler(0.9);
const keys = (n: number) => Array.from({ length: n }, (_, i) => `d/c${i}`);

function plan(states: Record<string, CardState>, cards: string[], days: number, now = NOW) {
  return planDay({
    cards,
    states,
    interview: { at: NOW + days * DAY - 9 * 3_600_000, target: 0.95 },
    scheduler,
    utcOffset: utc,
    dayStartHour: 4,
    now,
  });
}

/** A learnt card due long after the interview, last seen `ago` days before now. */
function settled(ago: number, stability: number): CardState {
  return {
    due: NOW + 60 * DAY,
    stability,
    difficulty: 5,
    scheduledDays: 60,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    phase: 'review',
    lastReview: NOW - ago * DAY,
  };
}

describe('countdown planner', () => {
  it('introduces new cards at an even pace that finishes with days to spare', () => {
    expect(spareDays(14)).toBe(4);
    expect(newPerDayNeeded(52, 14)).toBe(6);
    expect(plan({}, keys(52), 14)?.fresh).toEqual(keys(6));
  });

  it('overrides the daily limit when it must', () => {
    expect(newPerDayNeeded(52, 3)).toBe(26);
    expect(plan({}, keys(52), 3)?.fresh).toHaveLength(26);
  });

  it('plans nothing on or after the interview day', () => {
    expect(plan({}, keys(5), 0)).toBeNull();
  });

  it('adds a final review for a card that would be below target on the day, and not for a strong one', () => {
    const states = { 'd/weak': settled(20, 30), 'd/strong': settled(1, 3000) };
    // Two study days left: one final review, placed on the later (equally loaded) day.
    expect(plan(states, ['d/weak', 'd/strong'], 2)?.load).toEqual([0, 1]);
    // On the eve it is today's.
    expect(plan(states, ['d/weak', 'd/strong'], 1)?.reviews).toEqual(['d/weak']);
  });

  it('spreads final reviews over the last days instead of piling them onto the eve', () => {
    const cards = keys(40);
    const states = Object.fromEntries(cards.map((k, i) => [k, settled(25 + (i % 5), 20 + i)]));
    const result = plan(states, cards, 10);
    const load = result?.load ?? [];
    expect(load.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.max(...load)).toBeLessThanOrEqual(Math.ceil((2 * 40) / load.length));
    expect(load.at(-1)).toBeLessThan(40 / 2);
  });

  it('meets the goal on the AWS-sized deck: 95% at target, no day over twice the average, ≤1.5× plain FSRS', () => {
    const cards = keys(52);
    const interview = { at: NOW + 14 * DAY, target: 0.95 };
    for (const seed of [1, 2, 3]) {
      const planned = simulate({
        cards,
        scheduler,
        strategy: { kind: 'planner' },
        start: NOW - 9 * 3_600_000,
        interview,
        seed,
      });
      const plain = simulate({
        cards,
        scheduler,
        strategy: { kind: 'fsrs', newPerDay: 20 },
        start: NOW - 9 * 3_600_000,
        interview,
        seed,
      });
      const atTarget = planned.recallAtInterview.filter((r) => r >= 0.95).length / cards.length;
      const average = planned.totalReviews / planned.reviewsPerDay.length;
      expect(atTarget).toBeGreaterThanOrEqual(0.95);
      expect(planned.heaviestDay).toBeLessThanOrEqual(2 * average);
      expect(planned.totalReviews).toBeLessThanOrEqual(1.5 * plain.totalReviews);
    }
  });

  it('repeats exactly for the same seed', () => {
    const input = {
      cards: keys(20),
      scheduler,
      strategy: { kind: 'fsrs', newPerDay: 10 } as const,
      start: NOW,
      interview: { at: NOW + 7 * DAY, target: 0.95 },
    };
    expect(simulate({ ...input, seed: 7 })).toEqual(simulate({ ...input, seed: 7 }));
  });
});
