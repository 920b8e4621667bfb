import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findPathology } from '../limits.ts';
import { slugify } from '../slug.ts';
import { type Candidate, norms } from './candidate.ts';
import { boldTerms, paragraphTerms, sentencePoints, termsOf } from './prose-points.ts';
import { pruneForKeyPoints } from './prune.ts';
import { authoredPoints, listPoints, tablePoints } from './structure-points.ts';
import { aliasesOf } from './synonyms.ts';
import type { KeyPoint } from './types.ts';

/** More points than this turn a check into a chore; the first ones are the most telling. */
export const MAX_KEY_POINTS = 8;
/** An author's list is taken as written, up to a sanity limit. */
const MAX_AUTHORED = 20;
/** A prose answer gives its first few sentences as points. */
const MAX_SENTENCES = 3;

const parser = unified().use(remarkParse).use(remarkGfm);

export interface ExtractOptions {
  /** The card's question as plain text: a term the question already names is not a point. */
  readonly question?: string;
}

/**
 * The key points of an answer, most telling first: an author's explicit points if the answer
 * has any (docs/key-points.md), else its list items and table rows (numbered steps last), a
 * prose-only answer's first sentences, then bold terms, then the technical terms of its prose
 * — deduplicated, at most {@link MAX_KEY_POINTS}. Parsing is the costly part (milliseconds for
 * a long answer): extract once per card and reuse the points for every keystroke's match.
 */
export function extractKeyPoints(answer: string, options: ExtractOptions = {}): KeyPoint[] {
  // Input that would freeze the parser is read as plain prose.
  if (findPathology(answer)) return finish(termsOf(answer, 0, 'term'), options);
  const parsed = parser.parse(answer);
  const authored = authoredPoints(parsed);
  if (authored.length > 0) return finish(authored.slice(0, MAX_AUTHORED), {}, MAX_AUTHORED);
  const tree = pruneForKeyPoints(parsed);
  const structural: Candidate[] = [];
  const bold: Candidate[] = [];
  const terms: Candidate[] = [];
  const sentences: Candidate[] = [];
  const asked = norms(options.question ?? '');
  let section = 0;
  const visit = (node: Nodes) => {
    if (node.type === 'heading') section++;
    else if (node.type === 'list') listPoints(node, section, structural);
    else if (node.type === 'table') tablePoints(node, section, structural);
    else if (node.type === 'paragraph') {
      bold.push(...boldTerms(node, section));
      terms.push(...paragraphTerms(node, section));
      sentences.push(...sentencePoints(node, section, asked));
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  // A prose answer's meaning is in its sentences more than in the names it drops.
  const prose = structural.length === 0 && bold.length === 0;
  const leading = prose ? sentences.slice(0, MAX_SENTENCES) : [];
  return finish(
    [
      ...acrossSections(structural.filter((p) => !p.step)),
      ...acrossSections(structural.filter((p) => p.step)),
      ...leading,
      ...bold,
      ...byFrequency(terms),
    ],
    options,
  );
}

/** A long answer's sub-headings each get their first points in before any gets a second. */
function acrossSections(points: readonly Candidate[]): Candidate[] {
  const bySection = new Map<number, Candidate[]>();
  for (const point of points)
    bySection.set(point.section, [...(bySection.get(point.section) ?? []), point]);
  const queues = [...bySection.values()];
  const out: Candidate[] = [];
  for (let round = 0; out.length < points.length; round++) {
    for (const queue of queues) if (queue[round]) out.push(queue[round] as Candidate);
  }
  return out;
}

/** Terms named most often first; ties keep the answer's order. */
function byFrequency(terms: readonly Candidate[]): Candidate[] {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(keyOf(term), (counts.get(keyOf(term)) ?? 0) + 1);
  return [...terms].sort((a, b) => (counts.get(keyOf(b)) ?? 0) - (counts.get(keyOf(a)) ?? 0));
}

/** Drops empty and repeated points and what a chosen point or the question already says; caps. */
function finish(
  candidates: readonly Candidate[],
  options: ExtractOptions,
  max = MAX_KEY_POINTS,
): KeyPoint[] {
  const asked = new Set(norms(options.question ?? ''));
  const chosen: KeyPoint[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const candidate of candidates) {
    if (chosen.length >= max) break;
    const words = [...candidate.head, ...candidate.body];
    const isTerm = candidate.kind === 'term' || candidate.kind === 'bold-term';
    // Two list items may share their words ("AWS: responsible for security of the cloud",
    // "You: … in the cloud") and still be two points; the same term twice is one.
    const key = isTerm ? keyOf(candidate) : candidate.text.toLowerCase();
    if (words.length === 0 || seen.has(key)) continue;
    if (isTerm && words.every((w) => asked.has(w))) continue;
    // A term inside a chosen list item or row is said with it; a sentence's names stay points.
    const within = (p: KeyPoint) =>
      p.kind !== 'sentence' && words.every((w) => p.head.includes(w) || p.body.includes(w));
    if (isTerm && chosen.some(within)) continue;
    seen.add(key);
    chosen.push({
      id: uniqueId(`${candidate.kind}-${slugify(candidate.text) || 'point'}`, ids),
      text: candidate.text,
      ...(candidate.whole ? { whole: candidate.whole } : {}),
      kind: candidate.kind,
      head: candidate.head,
      body: candidate.body,
      alternatives: candidate.alternatives ?? [],
      aliases: [...new Set(aliasesOf(words))],
    });
  }
  return chosen;
}

function keyOf(candidate: Candidate): string {
  return [...new Set([...candidate.head, ...candidate.body])].sort().join(' ');
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
