import { describe, expect, it } from 'vitest';
import { plural } from '../../src/lib/plural.ts';

describe('plural', () => {
  it('writes a count with its noun, in English, with thousands grouped', () => {
    expect(plural(0, 'card')).toBe('0 cards');
    expect(plural(1, 'card')).toBe('1 card');
    expect(plural(2, 'card is', 'cards are')).toBe('2 cards are');
    expect(plural(1065, 'review')).toBe('1,065 reviews');
  });
});
