import { describe, expect, it } from 'vitest';
import { sample, weightedSample } from '../../src/lib/sample.ts';
import { weakness } from '../../src/srs/insights.ts';
import { seededRandom as seeded } from '../../src/srs/simulate.ts';

const cards = Array.from({ length: 10 }, (_, i) => `c${i}`);
const weak = new Set(['c3', 'c7']);

function timesPicked(draw: (random: () => number) => string[], rounds = 2000): Map<string, number> {
  const random = seeded(42);
  const counts = new Map<string, number>();
  for (let i = 0; i < rounds; i++) {
    for (const key of draw(random)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('favouring weak cards', () => {
  it('draws distinct cards, as many as asked and no more than there are', () => {
    const picked = weightedSample(cards, () => 1, 4, seeded(1));
    expect(new Set(picked).size).toBe(4);
    expect(weightedSample(cards, () => 1, 50, seeded(1))).toHaveLength(10);
    expect(weightedSample(cards, () => 1, 0, seeded(1))).toEqual([]);
  });

  it('picks weak cards far more often when favoured, and evenly when not', () => {
    const favoured = timesPicked((r) => weightedSample(cards, (k) => (weak.has(k) ? 8 : 1), 2, r));
    const plain = timesPicked((r) => sample(cards, 2, r));
    const share = (counts: Map<string, number>) =>
      ((counts.get('c3') ?? 0) + (counts.get('c7') ?? 0)) / 4000;
    expect(share(plain)).toBeGreaterThan(0.15);
    expect(share(plain)).toBeLessThan(0.25);
    expect(share(favoured)).toBeGreaterThan(0.6);
  });

  it('weighs a card by low recall and its weak reasons', () => {
    const strong = weakness({ key: 'a', status: 'review', recall: 0.98, due: 0, weak: [] });
    const lapsed = weakness({
      key: 'b',
      status: 'review',
      recall: 0.6,
      due: 0,
      weak: [
        { kind: 'lapses', lapses: 3 },
        { kind: 'low-recall', recall: 0.6 },
      ],
    });
    expect(lapsed).toBeGreaterThan(4 * strong);
    expect(weakness(undefined)).toBeGreaterThan(strong);
  });
});
