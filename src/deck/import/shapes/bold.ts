import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  titleOrSection,
  endOffset,
  innerMarkdown,
  lineOf,
  startOffset,
  type MarkdownDoc,
} from '../markdown-doc.ts';
import {
  isNumberedEntry,
  looksLikeQuestion,
  stripQuestionMarker,
  trimTrailingMarks,
} from '../question.ts';
import { onlyFaqEntries } from '../faq-part.ts';
import type { Draft, DraftSection } from '../types.ts';

export interface BoldQuestion {
  readonly question: string;
  readonly questionText: string;
  /** Where the answer starts: after the question and any marks following it. */
  readonly answerStart: number;
  /** Numbered (`**1)**`, `**2. Title.**`): a task that asks whatever its words are. */
  readonly numbered?: boolean;
  /** Its bold words start with a number (`**(3) SQLite lets me…**`): an entry of a list. */
  readonly enumerated?: boolean;
}

/** Only a numbering marker in bold: `**Q1.** What is …?` */
/** A task longer than this keeps only its first line as the question. */
const MAX_TASK_CHARS = 400;

/** A label of a word or three before what it labels: `Answer:`, `Real-world scenario:`. */
const LABEL = /^(?:[\p{L}\p{N}'’-]+\s?){1,3}[:：]$/u;

const MARKER_ONLY = /^(?:Q(?:uestion)?\s*)?\d{0,4}\s*[.):]?$/i;

/**
 * A paragraph that opens with a bold question: `**What is X?**`, `**Q: What is X?** 🔥`,
 * `**1. What is X?**` — or a bold marker before the question, `**Q1.** What is X?`.
 */
export function boldQuestion(paragraph: Paragraph, text: string): BoldQuestion | null {
  const strong = paragraph.children[0];
  if (strong?.type !== 'strong') return null;
  const inside = toString(strong).trim();
  if (MARKER_ONLY.test(inside) && inside !== '') {
    // `**1)** Write a query…`: a numbered task asks whatever its words; the whole paragraph is
    // the question when it is short, else its first line.
    const numbered = /\d/.test(inside);
    const all = text.slice(endOffset(strong), endOffset(paragraph));
    const rest = numbered && all.length <= MAX_TASK_CHARS ? all : (all.split('\n')[0] ?? '');
    const question = stripQuestionMarker(rest.replace(/\s*\n\s*/g, ' ').trim());
    if (question === '' || (!numbered && !looksLikeQuestion(question))) return null;
    return {
      question,
      questionText: question,
      answerStart: endOffset(strong) + rest.length,
      numbered,
    };
  }
  // `**1. Two Sum.** Given an array…`: a numbered bold title with the task after it.
  if (/^\d{1,4}[.)]\s+\S/.test(inside) && !/[?？]$/.test(inside)) {
    const all = text.slice(endOffset(strong), endOffset(paragraph));
    if (/^[^\n]*[\p{L}\p{N}]/u.test(all) && all.length <= MAX_TASK_CHARS) {
      const question = stripQuestionMarker(
        `${innerMarkdown(strong, text)} ${all.trim()}`.replace(/\s*\n\s*/g, ' '),
      );
      return {
        question,
        questionText: stripQuestionMarker(inside),
        answerStart: endOffset(paragraph),
        numbered: true,
      };
    }
  }
  const after = text.slice(endOffset(strong), endOffset(paragraph));
  const firstLine = after.split('\n')[0] ?? '';
  // `**[Calibre](https://…)** - monitoring…`: a list of links, each described on its line,
  // names things; a linked term with its answer below (`**[Closures](…)**`) is a card.
  const onlyLink = strong.children.length === 1 && strong.children[0]?.type === 'link';
  if (onlyLink && /\p{L}/u.test(firstLine) && !looksLikeQuestion(inside)) return null;
  // Emoji, stars or a colon may follow the question on its line; more prose is the answer.
  const trailing = trimTrailingMarks(`x${firstLine}`) === 'x' || firstLine.trim() === '';
  if (!trailing && !/^\s*[:\-–—]/.test(firstLine)) return null;
  const question = stripQuestionMarker(trimTrailingMarks(innerMarkdown(strong, text)));
  const markerEnd =
    endOffset(strong) +
    (/^[\s\p{Extended_Pictographic}\u{FE0F}:\-–—*_]*/u.exec(after)?.[0].length ?? 0);
  return {
    question,
    questionText: stripQuestionMarker(inside),
    answerStart: markerEnd,
    enumerated: isNumberedEntry(inside),
  };
}

/**
 * Bold-paragraph questions: `**What is X?**` (emoji or markers may follow) or a quote that only
 * asks (`> What is X?`), with the answer in
 * the paragraphs, lists and code below, up to the next bold question or heading. When most
 * bold paragraphs read as questions, a bold "Example:" inside an answer stays in the answer.
 */
export function readBold(doc: MarkdownDoc): Draft | null {
  const nodes = doc.tree.children;
  const found: { index: number; bold: BoldQuestion }[] = [];
  const quoted: { index: number; bold: BoldQuestion }[] = [];
  for (const [index, node] of nodes.entries()) {
    const bold = node.type === 'paragraph' ? boldQuestion(node, doc.text) : null;
    if (bold) found.push({ index, bold });
    const quote = node.type === 'blockquote' ? quotedQuestion(node, doc.text) : null;
    if (quote) quoted.push({ index, bold: quote });
  }
  // Headings that ask, each answered under the same bold labels (`**Answer:**`,
  // `**Scenario:**`): the labels are part of the answers. In a glossary a term may come twice.
  const labels = new Map<string, number>();
  for (const { bold } of found)
    if (LABEL.test(bold.questionText))
      labels.set(bold.questionText, (labels.get(bold.questionText) ?? 0) + 1);
  const askingHeadings = nodes.filter(
    (n) => n.type === 'heading' && looksLikeQuestion(toString(n)),
  ).length;
  if (askingHeadings >= 3)
    for (let i = found.length - 1; i >= 0; i--)
      if ((labels.get(found[i]?.bold.questionText ?? '') ?? 0) >= 2) found.splice(i, 1);
  // Entries numbered alike are all questions when most bold paragraphs are so numbered: an FAQ
  // states problems ("SQLite lets me insert a string…!") as often as it asks.
  const enumerated = found.filter((f) => f.bold.enumerated).length >= found.length * 0.6;
  const questions = found.filter(
    (f) =>
      f.bold.numbered ||
      (enumerated && f.bold.enumerated) ||
      looksLikeQuestion(f.bold.questionText),
  );
  // One way of setting questions apart per document: quoted ones when no bold one asks
  // (beside bold questions, a quote that asks is a follow-up inside an answer).
  const starts =
    quoted.length >= 2 && questions.length === 0
      ? quoted
      : questions.length >= found.length * 0.6
        ? questions
        : found;
  if (starts.length === 0) return null;
  const isStart = new Map(starts.map((s) => [s.index, s.bold]));
  return sectionsByHeadings(doc, nodes, (index) => isStart.get(index) ?? null);
}

/** A question longer than this in a quote is a quoted passage, not a question. */
const MAX_QUOTED_QUESTION = 300;

/** `> What methods should I use?` alone in its quote, the answer below it: an FAQ's question. */
function quotedQuestion(quote: Blockquote, text: string): BoldQuestion | null {
  const [paragraph, ...rest] = quote.children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return null;
  const plain = toString(paragraph).trim();
  if (plain.length > MAX_QUOTED_QUESTION || !/[?？]$/.test(plain) || !looksLikeQuestion(plain))
    return null;
  return {
    question: stripQuestionMarker(innerMarkdown(paragraph, text)),
    questionText: stripQuestionMarker(plain),
    answerStart: endOffset(quote),
  };
}

/**
 * The most cards `readBold` can find, known without reading: one per top-level paragraph that
 * opens in bold or quote (the only ones `boldQuestion` and `quotedQuestion` take).
 */
export function boldParagraphCount(doc: MarkdownDoc): number {
  let count = 0;
  for (const node of doc.tree.children)
    if (
      (node.type === 'paragraph' && node.children[0]?.type === 'strong') ||
      node.type === 'blockquote'
    )
      count++;
  return count;
}

/** Walks top-level nodes: headings make sections, `questionAt` says where cards start. */
function sectionsByHeadings(
  doc: MarkdownDoc,
  nodes: readonly RootContent[],
  questionAt: (index: number) => BoldQuestion | null,
): Draft | null {
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  let title: string | undefined;
  let open = null as { bold: BoldQuestion; line: number } | null;
  const close = (end: number) => {
    if (!open) return;
    sections.at(-1)?.cards.push({
      question: open.bold.question,
      answer: doc.text.slice(open.bold.answerStart, end),
      line: open.line,
    });
    open = null;
  };
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'heading') {
      close(startOffset(node));
      title = titleOrSection(node, sections, title);
      continue;
    }
    const bold = questionAt(index);
    if (bold) {
      close(startOffset(node));
      open = { bold, line: lineOf(node) };
    }
  }
  close(doc.text.length);
  const read = onlyFaqEntries(sections);
  if (!read.some((s) => s.cards.length > 0)) return null;
  return { title, sections: read, messages: [] };
}
