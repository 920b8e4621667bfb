import { describe, expect, it } from 'vitest';
import { overShare, type PlanDemand } from '../../src/srs/budget.ts';
import { assessCountdown, type AssessInput } from '../../src/srs/projection.ts';
import { studyDay } from '../../src/srs/study-day.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 2, 8, 0, 0);
const utcOffset = () => 0;
const TODAY = studyDay(NOW, utcOffset, 4);
/** 4 reviews a minute: 15 seconds each. */
const SECONDS_PER_REVIEW = 15;

/** One deck's plan: every card on target, `reviews` expected on each day from `firstDay`. */
function deckInput(todayMinutes: number, reviews: number[], firstDay = TODAY): AssessInput {
  return {
    cards: ['d/a'],
    states: {},
    projection: { recall: [1], reviewsPerDay: reviews },
    interview: { at: NOW + 10 * DAY, target: 0.9 },
    dailyMinutes: 30,
    todayMinutes,
    secondsPerReview: SECONDS_PER_REVIEW,
    firstDay,
    utcOffset,
    dayStartHour: 4,
    now: NOW,
  };
}

const demandOf = (input: AssessInput): PlanDemand => ({
  todayMinutes: input.todayMinutes,
  firstDay: input.firstDay ?? TODAY,
  reviewsPerDay: input.projection.reviewsPerDay,
});

describe('two decks sharing one daily budget', () => {
  // Each fits the 30 minutes alone: 20 minutes today, 80 reviews (20 minutes) a day after.
  const aws = deckInput(20, [0, 80, 80, 0]);
  const kafka = deckInput(20, [0, 80, 20, 0]);

  it('each is on track alone', () => {
    expect(assessCountdown(aws).behind).toBe(false);
    expect(assessCountdown(kafka).behind).toBe(false);
  });

  it('together they cannot fit: both are behind, today and on the days they overflow', () => {
    const awsVerdict = assessCountdown({ ...aws, alongside: [demandOf(kafka)] });
    const kafkaVerdict = assessCountdown({ ...kafka, alongside: [demandOf(aws)] });
    // Today 40 minutes; tomorrow 160 reviews (40 minutes); the day after 100 (25 minutes).
    expect(awsVerdict).toMatchObject({ behind: true, todayOverBudget: true, overBudgetDays: 1 });
    expect(kafkaVerdict).toMatchObject({ behind: true, todayOverBudget: true, overBudgetDays: 1 });
  });

  it('a deck is over budget exactly when it needs more than its share in proportion to its plan', () => {
    const budget = 30;
    for (const [own, others] of [
      [20, 20],
      [20, 5],
      [0, 45],
      [31, 0],
      [30, 0],
      [1, 29],
      [1, 30],
    ] as const) {
      const total = own + others;
      const share = (budget * own) / total;
      expect(overShare(own, total, budget)).toBe(own > share);
    }
    expect(overShare(40, 40, null)).toBe(false);
  });

  it('a deck whose plan is done today is not behind for today, only the others are', () => {
    const done = deckInput(0, [80, 80, 0], TODAY + 1);
    expect(assessCountdown({ ...done, alongside: [demandOf(kafka)] }).todayOverBudget).toBe(false);
    expect(assessCountdown({ ...kafka, alongside: [demandOf(done)] }).todayOverBudget).toBe(false);
    const busy = deckInput(25, [0, 0, 0]);
    expect(assessCountdown({ ...done, alongside: [demandOf(busy)] }).todayOverBudget).toBe(false);
    expect(assessCountdown({ ...busy, alongside: [demandOf(kafka)] }).todayOverBudget).toBe(true);
  });

  it('lines the days up by date when one projection starts tomorrow', () => {
    // Starts tomorrow (its plan is done today): its day 0 is kafka's day 1.
    const done = deckInput(0, [80, 0, 0], TODAY + 1);
    const tomorrowOnly = assessCountdown({ ...kafka, alongside: [demandOf(done)] });
    expect(tomorrowOnly.overBudgetDays).toBe(1);
    // Its own first day is tomorrow: counted too, not skipped as if it were today.
    expect(assessCountdown({ ...done, alongside: [demandOf(kafka)] }).overBudgetDays).toBe(1);
  });

  it('without a budget nothing is over it', () => {
    const verdict = assessCountdown({ ...aws, dailyMinutes: null, alongside: [demandOf(kafka)] });
    expect(verdict.behind).toBe(false);
  });
});
