import type { Heading, RootContent } from 'mdast';
import {
  endOffset,
  innerMarkdown,
  isNavigation,
  lineOf,
  plainText,
  startOffset,
  type MarkdownDoc,
} from '../markdown-doc.ts';
import { looksLikeQuestion, stripQuestionMarker } from '../question.ts';
import type { Draft, DraftSection, Note } from '../types.ts';

interface Entry {
  readonly index: number;
  readonly node: Heading;
  readonly text: string;
  /** Content (not navigation) right below it, before any other heading. */
  readonly answered: boolean;
  readonly question: boolean;
}

/**
 * Headings as questions, at whatever level the document uses. The question level is the one
 * that repeats with answers under it: each level is scored by how many of its headings have
 * content right below them and read like questions, less the texts it repeats (a sub-heading
 * such as "Example" under every question). Ties go to the shallower level, so an answer's own
 * sub-headings never take over. Shallower headings are sections; deeper ones stay in answers.
 */
export function readHeadings(doc: MarkdownDoc): Draft | null {
  const nodes = doc.tree.children;
  const entries: Entry[] = [];
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'heading') continue;
    const text = plainText(node);
    const below = contentBelow(nodes, index);
    entries.push({
      index,
      node,
      text,
      answered: below.length > 0 && !isNavigation(below),
      question: looksLikeQuestion(text),
    });
  }
  const depth = questionDepth(entries);
  if (depth === null) return null;
  const atDepth = entries.filter((e) => e.node.depth === depth);
  const strict = atDepth.filter((e) => e.question).length >= atDepth.length * 0.8;

  const messages: Note[] = [];
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  const first = entries[0];
  const hasTitle =
    first?.node.depth === 1 && depth > 1 && entries.filter((e) => e.node.depth === 1).length === 1;
  for (const entry of entries) {
    if (hasTitle && entry === first) continue;
    if (entry.node.depth < depth) {
      sections.push({ title: entry.text, line: lineOf(entry.node), cards: [] });
      continue;
    }
    if (entry.node.depth > depth) continue;
    if (!entry.answered) {
      // Navigation (a table of contents) is skipped; a question with nothing below it is kept
      // so that it is reported; one whose answer is all sub-headings is a card like the others.
      const empty = contentBelow(nodes, entry.index).length === 0;
      if (!empty || !entry.question) continue;
      if (!hasDeeper(nodes, entry.index, depth)) {
        sections
          .at(-1)
          ?.cards.push({ question: questionOf(entry, doc), answer: '', line: lineOf(entry.node) });
        continue;
      }
    }
    if (strict && !entry.question) {
      messages.push({
        line: lineOf(entry.node),
        column: 1,
        ruleId: 'unknown-shape',
        severity: 'warning',
        reason: `Heading "${entry.text}" does not read like a question; skipped`,
      });
      continue;
    }
    const end = boundary(nodes, entry.index, depth, doc.text.length);
    sections.at(-1)?.cards.push({
      question: questionOf(entry, doc),
      answer: doc.text.slice(endOffset(entry.node), end),
      line: lineOf(entry.node),
    });
  }
  return {
    title: hasTitle ? first?.text : undefined,
    description: hasTitle && first ? description(doc, nodes, first.index) : undefined,
    sections,
    messages,
  };
}

function questionDepth(entries: readonly Entry[]): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let depth = 1; depth <= 6; depth++) {
    const level = entries.filter((e) => e.node.depth === depth);
    const answered = level.filter((e) => e.answered);
    if (answered.length === 0 || (depth === 1 && level.length === 1)) continue;
    const texts = new Set(level.map((e) => e.text.toLowerCase()));
    const repeats = level.length - texts.size;
    const score = answered.length + 2 * answered.filter((e) => e.question).length - 2 * repeats;
    if (score > bestScore) {
      best = depth;
      bestScore = score;
    }
  }
  return best;
}

function questionOf(entry: Entry, doc: MarkdownDoc): string {
  return stripQuestionMarker(innerMarkdown(entry.node, doc.text));
}

/** The top-level nodes right below a heading, up to the next heading. */
function contentBelow(nodes: readonly RootContent[], index: number): RootContent[] {
  const below: RootContent[] = [];
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node || node.type === 'heading') break;
    below.push(node);
  }
  return below;
}

function hasDeeper(nodes: readonly RootContent[], index: number, depth: number): boolean {
  const next = nodes[index + 1];
  return next?.type === 'heading' && next.depth > depth;
}

function boundary(
  nodes: readonly RootContent[],
  index: number,
  depth: number,
  end: number,
): number {
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.type === 'heading' && node.depth <= depth) return startOffset(node);
  }
  return end;
}

/** Prose between the title and the first heading, unless it is only badges and links. */
function description(doc: MarkdownDoc, nodes: readonly RootContent[], index: number): string {
  const below = contentBelow(nodes, index).filter(
    (n) => n.type === 'paragraph' && !isNavigation([n]),
  );
  return below.map((n) => doc.text.slice(startOffset(n), endOffset(n))).join('\n\n');
}
