import type { Grade } from '../../srs/types.ts';
import { withinOneEdit } from './edit-distance.ts';
import type { Coverage, KeyPoint, MatchResult } from './types.ts';
import { toWords } from './words.ts';

/** Typed answers are read up to this length; the answer box should stop there too. */
export const MAX_TYPED_CHARS = 20_000;
/** Typos are forgiven only in words this long: "SQS" one letter off is "SNS". */
const TYPO_MIN_LENGTH = 5;

/**
 * Checks a typed (or transcribed) answer against an answer's key points. Case, plurals,
 * word forms, word order and the synonym table are forgiven, and one typo in a word of five
 * letters or more; every covered point lists the typed words that covered it.
 *
 * A point is covered when:
 * - it has a label (a list item's "ECS:", a row's first cell): most of the label is named
 *   (all of one or two words, half of more), and — when the label is a single word — one
 *   word of its explanation too, since "ECS" alone says nothing about ECS; or, without the
 *   label, at least 60% (and two) of its explanation's words;
 * - it is a sentence of prose: 40% (and at least two) of its words;
 * - otherwise (terms, unlabelled items, authored points): all of one or two words, half of more;
 * - and a point of alternatives ("RDS or DynamoDB"), or one shown as its label alone ("Use
 *   HTTPS"), whenever one alternative (the label) is named in full.
 *
 * Suggested grade, from the share of points covered: under 40% (missed most) → Again,
 * 40–69% (about half) → Hard, 70–99% (most) → Good, all → Easy.
 */
export function matchAnswer(typed: string, points: readonly KeyPoint[]): MatchResult {
  const lookup = typedIndex(typed.slice(0, MAX_TYPED_CHARS), points);
  const covered: Coverage[] = [];
  const missed: KeyPoint[] = [];
  for (const point of points) {
    const headHits = point.head.filter((w) => lookup.has(w));
    const bodyHits = point.body.filter((w) => lookup.has(w));
    if (isCovered(point, headHits.length, bodyHits.length, lookup)) {
      const words = [...headHits, ...bodyHits].flatMap((w) => lookup.get(w) ?? []);
      covered.push({ point, matchedWords: [...new Set(words)] });
    } else {
      missed.push(point);
    }
  }
  const ratio = points.length === 0 ? 0 : covered.length / points.length;
  return { covered, missed, ratio, suggestedGrade: points.length === 0 ? null : gradeFor(ratio) };
}

function isCovered(
  point: KeyPoint,
  head: number,
  body: number,
  found: ReadonlyMap<string, unknown>,
): boolean {
  const { head: headWords, body: bodyWords } = point;
  if (point.alternatives.some((words) => words.every((w) => found.has(w)))) return true;
  if (headWords.length > 0) {
    const named =
      head >= most(headWords.length) &&
      (headWords.length > 1 || bodyWords.length === 0 || body >= 1);
    const described =
      bodyWords.length >= 2 && body >= Math.max(2, Math.ceil(bodyWords.length * 0.6));
    return named || described;
  }
  if (point.kind === 'sentence') return body >= Math.max(2, Math.ceil(bodyWords.length * 0.4));
  return bodyWords.length > 0 && body >= most(bodyWords.length);
}

/** All of one or two words, half of more. */
function most(count: number): number {
  return count <= 2 ? count : Math.ceil(count / 2);
}

function gradeFor(ratio: number): Grade {
  if (ratio >= 1) return 4;
  if (ratio >= 0.7) return 3;
  if (ratio >= 0.4) return 2;
  return 1;
}

/**
 * The points' compared forms that the typed text contains, each with the typed words that
 * gave it. A typed word that is no point's word may be a typo of one: it is compared, once
 * per distinct word, with the points' words as written and as stemmed.
 */
function typedIndex(typed: string, points: readonly KeyPoint[]): Map<string, string[]> {
  const { wanted, spellings } = vocabularyOf(points);
  const found = new Map<string, string[]>();
  const guesses = new Map<string, readonly string[]>();
  for (const word of toWords(typed)) {
    let norms: readonly string[] = [word.norm];
    if (!wanted.has(word.norm)) {
      const lower = word.surface.toLowerCase();
      if (!guesses.has(lower)) guesses.set(lower, spelledAs(lower, word.norm, spellings));
      norms = guesses.get(lower) ?? [];
    }
    for (const norm of norms) {
      const words = found.get(norm) ?? [];
      if (!words.includes(word.surface)) words.push(word.surface);
      found.set(norm, words);
    }
  }
  return found;
}

/** The point words a typed word stands for: a run-together compound, or one typo away. */
interface Vocabulary {
  /** Every compared form the points are matched by. */
  readonly wanted: ReadonlySet<string>;
  /**
   * The points' words as written ("kubernetes") and as compared, for typo matching, and
   * hyphenated words run together ("warmup" for "Warm-up"), which count for their parts.
   */
  readonly spellings: ReadonlyMap<string, readonly string[]>;
}

// Worked out once per list of points: the answer box re-matches the same points per keystroke.
const vocabularies = new WeakMap<readonly KeyPoint[], Vocabulary>();

function vocabularyOf(points: readonly KeyPoint[]): Vocabulary {
  const known = vocabularies.get(points);
  if (known) return known;
  const wanted = new Set(points.flatMap((p) => [...p.head, ...p.body, ...p.alternatives.flat()]));
  const spellings = new Map<string, readonly string[]>();
  for (const norm of wanted) if (norm.length >= TYPO_MIN_LENGTH) spellings.set(norm, [norm]);
  for (const point of points) {
    for (const word of toWords(point.text)) {
      const lower = word.surface.toLowerCase();
      if (wanted.has(word.norm) && lower.length >= TYPO_MIN_LENGTH && !lower.includes(' ')) {
        spellings.set(lower, [word.norm]);
      }
    }
    for (const [compound] of point.text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
      const parts = toWords(compound)
        .map((w) => w.norm)
        .filter((norm) => wanted.has(norm));
      if (parts.length > 0) spellings.set(compound.replaceAll('-', '').toLowerCase(), parts);
    }
  }
  const vocabulary = { wanted, spellings };
  vocabularies.set(points, vocabulary);
  return vocabulary;
}

function spelledAs(
  lower: string,
  norm: string,
  spellings: ReadonlyMap<string, readonly string[]>,
): readonly string[] {
  const exact = spellings.get(lower);
  if (exact) return exact;
  if (lower.length < TYPO_MIN_LENGTH) return [];
  for (const [spelling, targets] of spellings) {
    if (spelling.length < TYPO_MIN_LENGTH) continue;
    if (
      withinOneEdit(lower, spelling) ||
      (norm.length >= TYPO_MIN_LENGTH && withinOneEdit(norm, spelling))
    ) {
      return targets;
    }
  }
  return [];
}
