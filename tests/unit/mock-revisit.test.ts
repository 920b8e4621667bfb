import { describe, expect, it } from 'vitest';
import { answersToRevisit, type MockAnswer } from '../../src/features/mock/revisit.ts';

const MINUTE = 60_000;
const answer = (
  key: string,
  score: MockAnswer['score'],
  seconds: number,
  coverage: [number, number] | null = null,
): MockAnswer => ({
  key,
  score,
  time: seconds * 1000,
  coverage: coverage && { covered: coverage[0], total: coverage[1] },
});
const keys = (answers: readonly MockAnswer[]) =>
  answersToRevisit(answers, 2 * MINUTE).map((a) => a.key);

describe('the answers to revisit after a mock interview', () => {
  it('come fewest key points covered first', () => {
    expect(
      keys([
        answer('half', 'partial', 60, [3, 6]),
        answer('few', 'nailed', 60, [1, 7]),
        answer('most', 'partial', 60, [6, 7]),
      ]),
    ).toEqual(['few', 'half', 'most']);
  });

  it('then furthest over the time allowed, then the lowest self-score', () => {
    expect(
      keys([
        answer('in time, partial', 'partial', 100, [2, 4]),
        answer('in time, missed', 'missed', 110, [2, 4]),
        answer('far over', 'partial', 200, [2, 4]),
        answer('just over', 'nailed', 125, [2, 4]),
      ]),
    ).toEqual(['far over', 'just over', 'in time, missed', 'in time, partial']);
  });

  it('say how far over time each went', () => {
    const [first] = answersToRevisit([answer('slow', 'nailed', 150, [4, 4])], 2 * MINUTE);
    expect(first).toMatchObject({ key: 'slow', over: 30_000 });
  });

  it('rank an answer given aloud only (nothing typed) by its time and self-score', () => {
    expect(
      keys([
        answer('aloud, missed', 'missed', 60),
        answer('typed, all points, partial', 'partial', 60, [5, 5]),
        answer('typed, half', 'nailed', 60, [2, 4]),
      ]),
    ).toEqual(['typed, half', 'aloud, missed', 'typed, all points, partial']);
  });

  it('leave out an answer nailed in time with every key point', () => {
    expect(
      keys([
        answer('perfect', 'nailed', 90, [5, 5]),
        answer('aloud, nailed', 'nailed', 90),
        answer('no points to check', 'nailed', 90, [0, 0]),
        answer('missed', 'missed', 30),
      ]),
    ).toEqual(['missed']);
  });

  it('are none after an empty interview', () => {
    expect(keys([])).toEqual([]);
  });
});
