import { describe, expect, it } from 'vitest';
import { takingTurns } from '../../src/lib/taking-turns.ts';

describe('takingTurns', () => {
  it('takes the first of each list, then the second, a list that runs out dropping out', () => {
    expect(takingTurns([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']])).toEqual([
      'a1',
      'b1',
      'c1',
      'a2',
      'c2',
      'a3',
    ]);
  });

  it('keeps every item once, and nothing from nothing', () => {
    expect(takingTurns([])).toEqual([]);
    expect(takingTurns([[], ['x']])).toEqual(['x']);
  });
});
