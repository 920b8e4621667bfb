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
