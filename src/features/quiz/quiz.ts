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
