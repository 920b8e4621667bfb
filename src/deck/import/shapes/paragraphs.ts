import { looksLikeQuestion, stripQuestionMarker } from '../question.ts';
import type { Draft, DraftSection } from '../types.ts';

// Notes in plain paragraphs, as people type them: a question on a line, its answer on the lines
// right below, at the margin, a blank line, the next question. No marker, numbering or indentation says which
// line asks; only that the paragraph's first line does. A line alone that does not ask (above
// a question, or a paragraph of its own) names a group.

/** Lines that open markdown's blocks: a document written in markdown is not plain notes. */
const MARKDOWN = /^ {0,3}(?:#{1,6}\s|```|~~~|>|[-*+]\s|\|)/;
/** A group's name: short, and not a sentence (no full stop at its end). */
const GROUP = /^.{1,80}(?<![.。!])$/u;

interface Block {
  readonly lines: readonly string[];
  /** 1-based line of its first line. */
  readonly line: number;
}

/** Nothing written in markdown, nothing set in: the layout this reading is for. */
function plainNotes(text: string): boolean {
  const lines = text.split('\n');
  if (lines.some((line) => MARKDOWN.test(line))) return false;
  // Indentation that sets answers in is another layout (man pages, `pod2text`): not this one.
  const written = lines.filter((line) => line.trim() !== '');
  return written.filter((line) => /^(?: {2}|\t)/.test(line)).length <= written.length / 10;
}

/** The most cards `readParagraphs` can find, known without reading: one per paragraph. */
export function paragraphCount(text: string): number {
  return plainNotes(text) ? (text.match(/\n[ \t]*\n(?=[ \t]*\S)/g)?.length ?? 0) + 1 : 0;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let start = 0;
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') {
      if (lines.length > 0) blocks.push({ lines, line: start + 1 });
      lines = [];
    } else {
      if (lines.length === 0) start = i;
      lines.push(line.trim());
    }
  }
  if (lines.length > 0) blocks.push({ lines, line: start + 1 });
  return blocks;
}

/**
 * A question line: a line rather than a paragraph, from a capital (not a sentence wrapped from
 * the line before), ending with its question mark (a word or three may follow it: "…only?
 * Explain.") or setting a task ("Explain Redis streams.").
 */
const asks = (line: string | undefined) =>
  line !== undefined &&
  line.length <= 300 &&
  !/^\p{Ll}/u.test(line) &&
  (/[?？]["'”’)]?$/.test(line) || /[?？]\s+(?:\S+\s+){0,2}\S+$/.test(line) || TASK.test(line)) &&
  looksLikeQuestion(line);
const TASK =
  /^(?:explain|describe|define|compare|contrast|differentiate|outline|list|name|give)\b/i;

/**
 * Paragraphs whose first line asks and whose other lines answer. Read only when most
 * paragraphs are such pairs (three or more), and nothing is written in markdown.
 */
export function readParagraphs(text: string): Draft | null {
  if (!plainNotes(text)) return null;
  const blocks = blocksOf(text);
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  let title: string | undefined;
  let pairs = 0;
  for (const [index, block] of blocks.entries()) {
    const [first, second] = block.lines;
    // `🔹 11–20: Data structures` right above a question: the group, then the pair.
    const grouped = !asks(first) && asks(second) && block.lines.length >= 3;
    const from = grouped ? 1 : 0;
    if (grouped && first !== undefined && GROUP.test(first))
      sections.push({ title: first, line: block.line, cards: [] });
    const question = block.lines[from];
    if (asks(question) && block.lines.length > from + 1) {
      sections.at(-1)?.cards.push({
        question: stripQuestionMarker(question ?? ''),
        answer: block.lines.slice(from + 1).join('\n'),
        line: block.line + from,
      });
      pairs++;
      continue;
    }
    const card = sections.at(-1)?.cards.at(-1);
    if (block.lines.length === 1 && first !== undefined && GROUP.test(first) && !asks(first)) {
      // The document's first line names it; later lines alone name groups.
      if (index === 0) title = first;
      else sections.push({ title: first, line: block.line, cards: [] });
    } else if (card) {
      // A paragraph that does not ask goes on with the answer above it.
      sections.at(-1)?.cards.splice(-1, 1, {
        ...card,
        answer: `${card.answer}\n\n${block.lines.join('\n')}`,
      });
    }
  }
  if (pairs < 3 || pairs < blocks.length / 2) return null;
  return { title, sections, messages: [] };
}
