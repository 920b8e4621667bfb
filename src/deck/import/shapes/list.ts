import type { ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { dedent } from '../answer-text.ts';
import {
  titleOrSection,
  endOffset,
  innerMarkdown,
  lineOf,
  startOffset,
  type MarkdownDoc,
} from '../markdown-doc.ts';
import { asksWithMark, looksLikeQuestion, stripQuestionMarker } from '../question.ts';
import { onlyFaqEntries } from '../faq-part.ts';
import type { Draft, DraftCard, DraftSection } from '../types.ts';
import { boldQuestion } from './bold.ts';

/**
 * Numbered or bulleted lists whose items are questions: a bold question (or a plain one ending
 * in `?` with more below it) followed by the answer as nested bullets, paragraphs or code.
 * An item holding only its question takes the paragraphs after the list as its answer.
 */
export function readList(doc: MarkdownDoc): Draft | null {
  const { text } = doc;
  const entries = setApartEntries(doc);
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  let title: string | undefined;
  // A card whose answer continues below its list, up to the next question or heading.
  let pending = null as { card: Omit<DraftCard, 'answer'>; start: number } | null;
  const settle = (end: number) => {
    if (pending)
      sections.at(-1)?.cards.push({ ...pending.card, answer: text.slice(pending.start, end) });
    pending = null;
  };
  // Under a heading that asks with its question mark (and its sub-headings), a list none of whose
  // items asks is its answer's points (`## 1. What is GraphQL?` › `### Key benefits` ›
  // `- **Efficiency**: …`). Not under the page's title, nor "Explain these terms"; a list that
  // asks in places ("**What is a closure?**", "**Hoisting**") is a list of cards.
  let questionDepth = Infinity;
  for (const node of doc.tree.children) {
    if (node.type === 'heading') {
      settle(startOffset(node));
      title = titleOrSection(node, sections, title);
      if (node.depth > 1 && asksWithMark(toString(node))) questionDepth = node.depth;
      else if (node.depth <= questionDepth) questionDepth = Infinity;
      continue;
    }
    if (node.type !== 'list') continue;
    // A list of one item set apart as a question, not one a paragraph introduces ("…here:").
    const alone = node.children.length === 1 && !introduced(doc, node);
    // An entry's list holds it alone: the list's place is the item's (a skimmed item has none).
    const entry = entries.has(node);
    const items = node.children.map((item) => ({
      item,
      found:
        itemQuestion(item, text, alone) ??
        (entry ? { question: entryQuestion(node, text), answerStart: endOffset(node) } : null),
    }));
    // A list of points none of which asks, under a question: its answer's, not cards.
    const points =
      questionDepth < Infinity &&
      !items.some((i) => i.found && looksLikeQuestion(i.found.question));
    for (const { item, found } of items) {
      const at = entry ? node : item;
      if (!found || points) continue;
      settle(startOffset(at));
      const card = { question: found.question, line: lineOf(at) };
      const answer = itemAnswer(text, found.answerStart, endOffset(at));
      if (answer.trim() === '' && item === node.children.at(-1))
        pending = { card, start: endOffset(node) };
      else sections.at(-1)?.cards.push({ ...card, answer });
    }
  }
  settle(text.length);
  const read = onlyFaqEntries(sections);
  if (!read.some((s) => s.cards.length > 0)) return null;
  return { title, sections: read, messages: [] };
}

/** The most cards the list shape can find: one per item of a top-level list. */
export function listItemCount(doc: MarkdownDoc): number {
  let count = 0;
  for (const node of doc.tree.children) if (node.type === 'list') count += node.children.length;
  return count;
}

/**
 * A plain-text FAQ's entries: one-item lists, each a line or two followed by its answer in
 * paragraphs (`* Why …?` / `* tmux freezes my terminal …` / `* I don't see any colour! Help!`).
 * When most such items ask (three or more), the marker says what is an entry, not the wording:
 * those that state a problem are entries too.
 */
function setApartEntries(doc: MarkdownDoc): Set<RootContent> {
  const nodes = doc.tree.children;
  const candidates = nodes.filter((node, i) => {
    if (node.type !== 'list' || node.children.length !== 1 || introduced(doc, node)) return false;
    const item = node.children[0];
    const next = nodes[i + 1];
    return (
      item?.children.length === 1 &&
      item.children[0]?.type === 'paragraph' &&
      toString(item).length <= 200 &&
      (next?.type === 'paragraph' || next?.type === 'code')
    );
  });
  const words = (node: RootContent) => toString(node).trim();
  const asking = candidates.filter((node) => looksLikeQuestion(words(node))).length;
  if (asking < 3 || asking < candidates.length / 2) return new Set();
  // An entry that does not ask states a problem in a sentence, not a label (`* Example`).
  return new Set(
    candidates.filter(
      (node) => looksLikeQuestion(words(node)) || words(node).split(/\s+/).length >= 3,
    ),
  );
}

/** An entry's words (its list's one item, without the marker), as the question. */
const entryQuestion = (list: RootContent, text: string): string =>
  stripQuestionMarker(
    text.slice(startOffset(list), endOffset(list)).replace(/^\s*(?:[-*+]|\d{1,4}[.)])\s+/, ''),
  );

/** Whether the paragraph right before a list introduces it (ends with a colon). */
function introduced(doc: MarkdownDoc, list: RootContent): boolean {
  const index = doc.tree.children.indexOf(list);
  const before = doc.tree.children[index - 1];
  return before?.type === 'paragraph' && /[:：]\s*$/.test(toString(before));
}

/** `Q12)`, `Q3.`, `Question 4:`: a numbered question, whatever it ends with. */
const Q_NUMBER = /^Q(?:uestion)?\s*\d{1,4}\s*[).:\-–]/i;

/**
 * `alone`: the only item of its list (`- Why the name?` with the answer as a paragraph after
 * it), a question set apart as an item, not one of a list of things.
 */
function itemQuestion(
  item: ListItem,
  text: string,
  alone: boolean,
): { question: string; answerStart: number } | null {
  const first = item.children[0];
  // `1. ### What is React?` (a heading in a numbered item, as big READMEs write them).
  if (first?.type === 'heading')
    return {
      question: stripQuestionMarker(innerMarkdown(first, text)),
      answerStart: endOffset(first),
    };
  if (first?.type !== 'paragraph') return null;
  const bold = boldQuestion(first, text);
  if (bold) return bold;
  // A plain question ending in `?` or numbered `Q12)`, with the answer nested below it.
  const plain = toString(first).trim();
  const asks = (/[?？]$/.test(plain) && looksLikeQuestion(plain)) || Q_NUMBER.test(plain);
  // Alone, it asks as a heading would: from a capital ("- why not a list?" muses in an answer).
  if ((item.children.length > 1 || (alone && /^\p{Lu}/u.test(plain))) && asks) {
    return {
      question: stripQuestionMarker(innerMarkdown(first, text)),
      answerStart: endOffset(first),
    };
  }
  return null;
}

/** The rest of the question's line, then the item's nested content without its indent. */
function itemAnswer(text: string, start: number, end: number): string {
  const [firstLine = '', ...rest] = text.slice(start, end).split('\n');
  return [firstLine.trim(), ...dedent(rest)].join('\n');
}
