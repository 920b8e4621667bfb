import type { KeyPointKind } from './types.ts';
import { toWords } from './words.ts';

/** A point found in an answer, before deduplication and the cap. */
export interface Candidate {
  readonly kind: KeyPointKind;
  readonly text: string;
  /** The whole sentence or clause, where `text` cuts it short. */
  readonly whole?: string;
  readonly head: readonly string[];
  readonly body: readonly string[];
  readonly alternatives?: readonly (readonly string[])[];
  /** Which of the answer's sub-headings it sits under: long answers are sampled across them. */
  readonly section: number;
  /** A numbered step: a procedure tells less than a list of facts, so steps come last. */
  readonly step?: boolean;
}

/** The distinct compared forms of a text's words. */
export function norms(text: string): string[] {
  return [...new Set(toWords(text).map((word) => word.norm))];
}
