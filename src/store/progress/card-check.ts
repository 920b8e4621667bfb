import type { CardState } from '../../srs/types.ts';

// What ts-fsrs accepts as a memory state (its `next_state`): either none yet (0, 0), or a
// difficulty of at least 1 and a stability of at least S_MIN = 0.001. Anything else throws
// "Invalid memory state" when the card is graded. Kept here, without importing ts-fsrs, so
// the first screen does not load FSRS just to check saved data; a unit test holds the two in step.
const S_MIN = 0.001;

/** Why FSRS cannot grade this saved state, or null when it can. */
export function fsrsProblem(state: CardState): string | null {
  const { stability: s, difficulty: d } = state;
  if (s === 0 && d === 0) return null;
  if (d < 1 || d > 10) return `difficulty ${d} is outside 1–10`;
  if (s < S_MIN) return `stability ${s} is below ${S_MIN}`;
  return null;
}

/** Progress without the card states FSRS cannot grade, and what was wrong with each. */
export function withoutUnusableCards<
  P extends { readonly cards: Readonly<Record<string, CardState>> },
>(progress: P): { progress: P; problems: string[] } {
  const problems: string[] = [];
  const cards: Record<string, CardState> = {};
  for (const [key, state] of Object.entries(progress.cards)) {
    const problem = fsrsProblem(state);
    if (problem) problems.push(`${key}: ${problem}`);
    else cards[key] = state;
  }
  return problems.length === 0
    ? { progress, problems }
    : { progress: { ...progress, cards }, problems };
}
