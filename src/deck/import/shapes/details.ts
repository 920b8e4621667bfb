import { fenceAfter } from '../../fence.ts';
import { htmlToMarkdown } from '../html-to-markdown.ts';
import { isNavigationTitle } from '../navigation.ts';
import { answerFromChoice } from './choice.ts';
import { looksLikeQuestion, stripQuestionMarker, trimTrailingMarks } from '../question.ts';
import type { Draft, DraftSection } from '../types.ts';

const ATX = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/;
/** A summary that only says "the answer is in here". */
const REVEAL = /^(?:answer|solution|show|click|reveal|explanation|see|view|expand|hint|ans)\b/i;
const QUESTION_LINE = /^\s{0,3}(?:\*\*(.+?)\*\*|\d{1,4}[.)]\s+(.+?))\s*$/;

interface Heading {
  readonly line: number;
  readonly depth: number;
  readonly text: string;
}

/**
 * Answers hidden in `<details>` blocks. Either the summary is the question
 * (`<summary>What is X?</summary>` then the answer), or it only says "Answer" and the question
 * is the heading (or bold line) above, with everything between them — a puzzle's code and its
 * options — on the question side.
 */
export function readDetails(text: string): Draft | null {
  const lines = text.split('\n');
  const headings: Heading[] = [];
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  let title: string | undefined;
  let fence: string | null = null;
  let afterLast = 0; // first line after the previous details block
  let questionHeading: Heading | null = null;
  let questionDepth = 7;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const step = fenceAfter(fence, line);
    fence = step.open;
    if (step.marks || fence !== null) continue;
    const atx = ATX.exec(line);
    if (atx) {
      const heading = { line: i, depth: atx[1]?.length ?? 1, text: atx[2] ?? '' };
      headings.push(heading);
      if (heading.depth < questionDepth) {
        if (heading.depth === 1 && title === undefined && headings.length === 1)
          title = heading.text;
        else if (questionDepth < 7 || !looksLikeQuestion(heading.text)) {
          sections.push({ title: heading.text, line: i + 1, cards: [] });
        }
      }
      questionHeading = heading;
      continue;
    }
    if (!/<details\b/i.test(line)) continue;
    const end = closing(lines, i);
    const block = lines.slice(i, end + 1).join('\n');
    const summaryMatch = /<summary\b[^>]*>([\s\S]*?)<\/summary>/i.exec(block);
    const summary = htmlToMarkdown(summaryMatch?.[1] ?? '')
      .replace(/\*\*/g, '')
      .trim();
    const bodyStart = summaryMatch
      ? block.indexOf(summaryMatch[0]) + summaryMatch[0].length
      : block.indexOf('>') + 1;
    const body = unwrapHtml(block.slice(bodyStart).replace(/<\/details>\s*$/i, ''));
    const section = sections.at(-1);
    if (isNavigationTitle(summary) || anchorsOnly(body)) {
      // A table of contents folded away: about the page, not a question.
    } else if (summary !== '' && !REVEAL.test(summary)) {
      section?.cards.push({
        question: stripQuestionMarker(trimTrailingMarks(summary)),
        answer: body,
        line: i + 1,
      });
    } else {
      const asked = askedAbove(lines, questionHeading, afterLast, i);
      if (asked) {
        if (questionHeading && asked.line === questionHeading.line)
          questionDepth = questionHeading.depth;
        const prompt = lines.slice(asked.line + 1, i).join('\n');
        section?.cards.push({
          question: asked.question,
          prompt,
          answer: answerFromChoice(prompt, body),
          line: asked.line + 1,
        });
      }
    }
    afterLast = end + 1;
    i = end;
  }
  if (!sections.some((s) => s.cards.length > 0)) return null;
  return { title, sections, messages: [] };
}

/** The line of the matching `</details>` (nested blocks counted), or the last line. */
function closing(lines: readonly string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    depth += (line.match(/<details\b/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
    if (depth <= 0) return i;
  }
  return lines.length - 1;
}

/** The question a "show answer" block answers: the heading above, or a bold or numbered line. */
function askedAbove(
  lines: readonly string[],
  heading: Heading | null,
  from: number,
  to: number,
): { question: string; line: number } | null {
  let nearest: { question: string; line: number } | null = null;
  for (let i = from; i < to; i++) {
    const match = QUESTION_LINE.exec(lines[i] ?? '');
    const question = match?.[1] ?? match?.[2];
    if (question) nearest = { question: stripQuestionMarker(trimTrailingMarks(question)), line: i };
  }
  const above = heading && heading.line >= from ? heading : null;
  // A heading that asks is the question; one that does not (the page's title) yields to a
  // numbered or bold question closer to the answer.
  if (above && (!nearest || nearest.line < above.line || looksLikeQuestion(above.text)))
    return { question: stripQuestionMarker(above.text), line: above.line };
  return nearest;
}

/** Drops the `<p>`, `<div>` and `<br>` lines that wrap markdown inside a details block. */
function unwrapHtml(body: string): string {
  return body
    .split('\n')
    .map((line) =>
      line.replace(
        /^\s*<\/?(?:p|div|blockquote)\b[^>]*>\s*|\s*<\/?(?:p|div|blockquote)>\s*$/gi,
        '',
      ),
    )
    .filter((line) => !/^\s*<br\s*\/?>\s*$/i.test(line))
    .join('\n');
}

/** A body that is only links to anchors of the same page (a folded table of contents). */
function anchorsOnly(body: string): boolean {
  const rest = body
    .replace(/\[[^\]]*\]\(#[^)]*\)/g, '')
    .replace(/<a\s+href="#[^"]*"[^>]*>[^<]*<\/a>/gi, '')
    .replace(/<\/?(?:ul|ol|li|p|br|div)\b[^>]*>/gi, '');
  return /\]\(#|href="#/.test(body) && !/[\p{L}\p{N}]/u.test(rest);
}
