import type { Grade } from '../../srs/types.ts';

/**
 * Where a key point came from: a list item, a table's row, a bold term in prose, a technical
 * term of prose (service name, acronym, inline code), a sentence of a prose-only answer (its
 * leading words), or a point the deck's author wrote down (see docs/key-points.md).
 */
export type KeyPointKind =
  'list-item' | 'table-row' | 'bold-term' | 'term' | 'sentence' | 'authored';

/** One thing a good answer should mention. */
export interface KeyPoint {
  /** Unique within its answer and stable while the point's text stays the same. */
  readonly id: string;
  /** What to show: "Stateful: SG yes, NACL no", "Use provisioned concurrency", "Auto Scaling". */
  readonly text: string;
  /** The whole sentence or clause where `text` cuts it short: shown once an answer is checked. */
  readonly whole?: string;
  readonly kind: KeyPointKind;
  /**
   * The compared forms (stems, or synonym groups' first spellings) that name the point: a list
   * item's label before its colon, a table row's first cell. Empty when the point has no label.
   */
  readonly head: readonly string[];
  /** The compared forms of the rest of the point. */
  readonly body: readonly string[];
  /**
   * Sets of compared forms any one of which, named in full, covers the point: each option of
   * "RDS or DynamoDB", or the label of a point shown as its label alone ("Use HTTPS", whose
   * explanation is not shown). Empty for other points.
   */
  readonly alternatives: readonly (readonly string[])[];
  /** Other spellings that count for the point's words, from the synonym table ("asg", "autoscaling"). */
  readonly aliases: readonly string[];
}

/** A covered point and the typed words that covered it, as the user typed them. */
export interface Coverage {
  readonly point: KeyPoint;
  readonly matchedWords: readonly string[];
}

export interface MatchResult {
  /** In the order of the points given. */
  readonly covered: readonly Coverage[];
  readonly missed: readonly KeyPoint[];
  /** covered / all points, 0 when there are no points. */
  readonly ratio: number;
  /** The grade the coverage suggests, null when the answer has no key points to check. */
  readonly suggestedGrade: Grade | null;
}
