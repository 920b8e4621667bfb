import { describe, expect, it } from 'vitest';
import { dueForecast, reviewsByDay, trueRetention } from '../../src/srs/stats.ts';
import { studyDay } from '../../src/srs/study-day.ts';
import type { CardState, Grade, Review } from '../../src/srs/types.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);
const utc = () => 0;
const TODAY = studyDay(NOW, utc, 4);

const learnt = { phase: 'review' } as CardState;
const fresh = null;
const review = (
  id: string,
  daysAgo: number,
  grade: Grade,
  before: CardState | null = learnt,
): Review => ({
  id,
  card: `d/${id}`,
  grade,
  time: NOW - daysAgo * DAY,
  before,
});

describe('statistics', () => {
  it('counts reviews per study day', () => {
    const log = [review('a', 2, 3), review('b', 2, 1), review('c', 0, 3)];
    expect([...reviewsByDay(log, utc, 4)]).toEqual([
      [TODAY - 2, 2],
      [TODAY, 1],
    ]);
  });

  it('forecasts cards due per day, overdue ones counted today, new cards not at all', () => {
    const state = (dueInDays: number, phase: CardState['phase'] = 'review') =>
      ({ phase, due: NOW + dueInDays * DAY }) as CardState;
    const forecast = dueForecast(
      { a: state(-3), b: state(0), c: state(2), d: state(40), e: state(1, 'new') },
      NOW,
      30,
      utc,
      4,
    );
    expect(forecast.slice(0, 3)).toEqual([2, 0, 1]);
    expect(forecast.reduce((x, y) => x + y, 0)).toBe(3);
  });

  it('measures true retention on learnt cards only, per week', () => {
    const log = [
      review('first', 20, 1, fresh), // a first look at a new card does not count
      review('a', 20, 3),
      review('b', 19, 1),
      review('c', 1, 3),
      review('d', 0, 4),
    ];
    const buckets = trueRetention(log, NOW, 28, 7, utc, 4);
    expect(buckets.map((b) => [b.reviews, b.retention])).toEqual([
      [0, null],
      [2, 0.5],
      [0, null],
      [2, 1],
    ]);
  });
});
