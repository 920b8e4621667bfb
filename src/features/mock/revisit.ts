import type { MockCoverage, MockScore } from '../../store/prefs/index.ts';

/** One answered question of a mock interview. */
export interface MockAnswer {
  readonly key: string;
  readonly score: MockScore;
  /** Milliseconds taken, up to the reveal. */
  readonly time: number;
  /** Key points a typed answer covered; null when nothing was typed. */
  readonly coverage: MockCoverage | null;
}

export interface Revisit extends MockAnswer {
  /** Milliseconds past the time allowed per question (0 within it). */
  readonly over: number;
}

const SCORE_ORDER: Readonly<Record<MockScore, number>> = { missed: 0, partial: 1, nailed: 2 };

/** Share of the key points covered; an answer not typed (or with no points) counts as whole. */
const share = (c: MockCoverage | null) => (c && c.total > 0 ? c.covered / c.total : 1);

/**
 * The answers worth another look, weakest first: fewest key points covered, then furthest over
 * the time allowed, then the lowest self-score; ties keep the interview's order. An answer
 * nailed in time with every key point is not listed.
 */
export function answersToRevisit(
  answers: readonly MockAnswer[],
  allowedMs: number,
): readonly Revisit[] {
  return answers
    .map((answer) => ({ ...answer, over: Math.max(0, answer.time - allowedMs) }))
    .filter((a) => a.score !== 'nailed' || a.over > 0 || share(a.coverage) < 1)
    .sort(
      (a, b) =>
        share(a.coverage) - share(b.coverage) ||
        b.over - a.over ||
        SCORE_ORDER[a.score] - SCORE_ORDER[b.score],
    );
}
