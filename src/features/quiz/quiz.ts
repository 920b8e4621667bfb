import type { CardInsight } from '../../srs/insights.ts';

/** How many questions a quiz or mock interview may ask. */
export const QUESTION_COUNT = Object.freeze({ min: 1, max: 999, integer: true });

/** Picks `count` items at random (Fisher–Yates on a copy), using the given source of randomness. */
export function sample<T>(
  items: readonly T[],
  count: number,
  random: () => number = Math.random,
): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

export interface QuizAnswer {
  readonly key: string;
  readonly right: boolean;
}

/**
 * Picks `count` distinct items at random, each with a chance in proportion to its weight
 * (Efraimidis–Spirakis: the largest `random() ^ (1 / weight)` win).
 */
export function weightedSample<T>(
  items: readonly T[],
  weight: (item: T) => number,
  count: number,
  random: () => number = Math.random,
): T[] {
  return items
    .map((item) => ({ item, key: random() ** (1 / Math.max(1e-6, weight(item))) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, Math.max(0, count))
    .map((x) => x.item);
}

/**
 * How strongly "Favour weak cards" pulls a card in: low predicted recall and each reason it
 * is weak (lapses, Again) count; a card never studied counts as middling.
 */
export function weakness(insight: CardInsight | undefined): number {
  const recall = insight?.recall ?? 0.75;
  return 1 + 4 * (1 - recall) + 3 * (insight?.weak.length ?? 0);
}
