import type { Definition, List, Nodes, Paragraph, PhrasingContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findPathology } from '../limits.ts';
import { slugify } from '../slug.ts';
import { leadingClause, splitLabel } from './clause.ts';
import { proseTerms } from './prose-terms.ts';
import { aliasesOf } from './synonyms.ts';
import type { KeyPoint, KeyPointKind } from './types.ts';
import { toWords } from './words.ts';

/** More points than this turn a check into a chore; the first ones are the most telling. */
export const MAX_KEY_POINTS = 8;
/** An author's list is taken as written, up to a sanity limit. */
const MAX_AUTHORED = 20;
/** A prose answer gives its first few sentences as points. */
const MAX_SENTENCES = 3;
/** Words a sentence point keeps: enough to recognise it, few enough to read at a glance. */
const MAX_SENTENCE_WORDS = 16;

const parser = unified().use(remarkParse).use(remarkGfm);

interface Candidate {
  readonly kind: KeyPointKind;
  readonly text: string;
  readonly head: readonly string[];
  readonly body: readonly string[];
  readonly alternatives?: readonly (readonly string[])[];
  /** Which of the answer's sub-headings it sits under: long answers are sampled across them. */
  readonly section: number;
  /** A numbered step: a procedure tells less than a list of facts, so steps come last. */
  readonly step?: boolean;
}

export interface ExtractOptions {
  /** The card's question as plain text: a term the question already names is not a point. */
  readonly question?: string;
}

/**
 * The key points of an answer, most telling first: an author's explicit points if the answer
 * has any (docs/key-points.md), else its list items and table rows, then bold terms, then the
 * technical terms of its prose — deduplicated, at most {@link MAX_KEY_POINTS}.
 */
export function extractKeyPoints(answer: string, options: ExtractOptions = {}): KeyPoint[] {
  // Input that would freeze the parser is read as plain prose.
  if (findPathology(answer)) return finish(termsOf(answer, 0, 'term'), options);
  const tree = parser.parse(answer);
  const authored = authoredPoints(tree);
  if (authored.length > 0) return finish(authored.slice(0, MAX_AUTHORED), {}, MAX_AUTHORED);
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

/** `[//]: # "key: autoscaling; health checks"` — a link definition GitHub and the app never show. */
function authoredPoints(tree: Nodes): Candidate[] {
  const points: Candidate[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'definition') points.push(...fromDefinition(node));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return points;
}

function fromDefinition(node: Definition): Candidate[] {
  const match = /^\s*key\s*:(.*)$/is.exec(node.title ?? '');
  if (node.label !== '//' || !match) return [];
  return (match[1] as string)
    .split(';')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'authored', text, head: [], body: norms(text), section: 0 }));
}

/** Each item is a point, its text cut to the leading clause; nested items are points too. */
function listPoints(list: List, section: number, into: Candidate[]) {
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    // "It automatically adds:" only introduces the items nested under it.
    const intro =
      rest.some((child) => child.type === 'list') && /:\s*$/.test(toString(first ?? item));
    if (first?.type === 'paragraph' && !intro) {
      const point = itemPoint(first, section);
      if (point) into.push(list.ordered ? { ...point, step: true } : point);
    }
    for (const child of rest) if (child.type === 'list') listPoints(child, section, into);
  }
}

function itemPoint(paragraph: Paragraph, section: number): Candidate | null {
  const [lead] = paragraph.children;
  // "**Event-driven design:** Build loosely coupled components…": the bold text is the label.
  const { label, rest } =
    lead?.type === 'strong'
      ? {
          label: toString(lead).replace(/[:\s]+$/, ''),
          rest: toString({ ...paragraph, children: paragraph.children.slice(1) }),
        }
      : splitLabel(toString(paragraph));
  const clause = leadingClause(rest);
  // A bold label of a few words is the point itself; a one-word label needs its explanation.
  const named = lead?.type === 'strong' && label.split(/\s+/).length > 1;
  const text = named ? label : label && clause ? `${label}: ${clause}` : label || clause;
  if (!text) return null;
  return {
    kind: 'list-item',
    text,
    head: norms(label),
    body: norms(clause),
    // A point shown as its label alone is covered by its label alone.
    alternatives: named ? [norms(label)] : label ? [] : alternativesOf(clause),
    section,
  };
}

/** "RDS or DynamoDB": two short names either of which answers. */
function alternativesOf(clause: string): string[][] {
  const parts = clause.split(/\s+or\s+/);
  if (parts.length < 2 || parts.some((part) => part.split(/\s+/).length > 3)) return [];
  const options = parts.map(norms);
  return options.every((words) => words.length > 0) ? options : [];
}

/** A comparison table's row is a point: "Stateful: SG Yes, NACL No". */
function tablePoints(table: Table, section: number, into: Candidate[]) {
  const [header, ...rows] = table.children;
  const columns = header?.children.map((cell) => toString(cell).trim()) ?? [];
  for (const row of rows) {
    const [first, ...cells] = row.children.map((cell) => toString(cell).trim());
    // "✅ Use specific origins (not *) in production" → "Use specific origins in production".
    const name = (first ?? '').replace(/^[^\p{L}\p{N}]+/u, '').replace(/\s*\([^)]*\)/g, '');
    if (!name) continue;
    // A two-column row names a point and explains it; a wider one compares the columns.
    const values = cells
      .map((value, i) => (value ? `${columns[i + 1] ?? ''} ${value}`.trim() : ''))
      .filter(Boolean);
    const text = cells.length > 1 && values.length > 0 ? `${name}: ${values.join(', ')}` : name;
    const compared = cells.length > 1;
    const body = compared ? cells.join(' ') : leadingClause(cells[0] ?? '');
    into.push({
      kind: 'table-row',
      text,
      head: norms(name),
      body: norms(body),
      // A row shown as its first cell alone ("Use HTTPS") is covered by naming it.
      alternatives: compared ? [] : [norms(name)],
      section,
    });
  }
}

function boldTerms(paragraph: Paragraph, section: number): Candidate[] {
  return paragraph.children
    .filter((child) => child.type === 'strong')
    .map((child) => toString(child).replace(/[:\s]+$/, ''))
    .map((text) => ({ kind: 'bold-term', text, head: [], body: norms(text), section }));
}

/** Terms of a paragraph's prose, and its inline code as identifiers. */
function paragraphTerms(paragraph: Paragraph, section: number): Candidate[] {
  const code = paragraph.children
    .filter((child) => child.type === 'inlineCode')
    .map((child) => ({
      kind: 'term' as const,
      text: child.value,
      head: [],
      body: norms(child.value),
      section,
    }));
  // Inline code becomes a line break, so a name never runs across it.
  const prose = paragraph.children
    .map((child: PhrasingContent) => (child.type === 'inlineCode' ? '\n' : toString(child)))
    .join('');
  return [...termsOf(prose, section, 'term'), ...code];
}

function termsOf(text: string, section: number, kind: KeyPointKind): Candidate[] {
  return proseTerms(text)
    .filter((term) => toWords(term).length > 0)
    .map((term) => withoutLeadingStopWords(term))
    .map((term) => ({ kind, text: term, head: [], body: norms(term), section }));
}

/** "Use Cognito" → "Cognito": a sentence's first word joins a name only when it is part of it. */
function withoutLeadingStopWords(term: string): string {
  const words = term.split(' ');
  while (words.length > 1 && toWords(words[0] as string).length === 0) words.shift();
  return words.join(' ');
}

/**
 * A prose sentence as a point, without its asides in parentheses and without a leading
 * "Name —" (the name is usually the question's); words the question already says don't count.
 */
function sentencePoints(
  paragraph: Paragraph,
  section: number,
  asked: readonly string[],
): Candidate[] {
  return toString(paragraph)
    .split(/(?<=[.!?])\s+/)
    .map((sentence) =>
      sentence
        .replace(/\s*\([^)]*\)/g, '')
        .replace(/^[^—–]{1,60}\s[—–]\s/, '')
        .replace(/[.!?:]+$/, '')
        .trim(),
    )
    .map((sentence) => {
      const words = sentence.split(/\s+/);
      const text = words.slice(0, MAX_SENTENCE_WORDS).join(' ');
      return words.length > MAX_SENTENCE_WORDS ? `${text.replace(/[,;]$/, '')}…` : text;
    })
    .map((text) => ({
      kind: 'sentence' as const,
      text,
      head: [],
      body: norms(text.replace(/…$/, '')).filter((w) => !asked.includes(w)),
      section,
    }))
    .filter((point) => point.body.length >= 2);
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

function norms(text: string): string[] {
  return [...new Set(toWords(text).map((word) => word.norm))];
}
