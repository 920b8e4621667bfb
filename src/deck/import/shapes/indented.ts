import { alike, looksLikeQuestion, stripQuestionMarker } from '../question.ts';
import type { Draft, DraftSection } from '../types.ts';

// Plain-text FAQs laid out by indentation, as man pages, `pod2text` and many README files are:
// a question (one or a few lines, ending with `?`) with its answer indented deeper below it,
// and section titles indented less. No marker says which line is which; only the indentation.

/** A tab stops at every eighth column, as terminals and `man` show it. */
function indentOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 8 - (width % 8);
    else break;
  }
  return width;
}

const blank = (line: string | undefined) => line === undefined || line.trim() === '';

/** At most this many lines make one question: more is a paragraph that happens to end in `?`. */
const QUESTION_LINES = 3;

interface Start {
  /** The question's first line (0-based) and the line after its last. */
  readonly from: number;
  readonly to: number;
  readonly indent: number;
  readonly text: string;
  /** Several lines that each ask, one after another, share the answer below them. */
  readonly questions: readonly string[];
}

const ASKS_AT_END = /\?["'”’)]?$/;

/**
 * Every block that reads as a question with its answer indented deeper below it: the lines of
 * one indentation after a blank line (or a line indented less), ending with `?`, followed (after
 * blank lines, if any) by a line indented more.
 */
function questionStarts(lines: readonly string[]): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (blank(line)) continue;
    const indent = indentOf(line);
    const before = lines[i - 1];
    if (!blank(before) && indentOf(before ?? '') >= indent) continue;
    let end = i + 1;
    while (end < lines.length && !blank(lines[end]) && indentOf(lines[end] ?? '') === indent) end++;
    const block = lines.slice(i, end).map((l) => l.trim());
    const text = block.join(' ');
    const separate =
      block.length > 1 &&
      block.every((l) => ASKS_AT_END.test(l)) &&
      block.every((l, k) => k === 0 || alike(l, block[k - 1] ?? ''));
    let next = end;
    while (next < lines.length && blank(lines[next])) next++;
    if (
      (end - i <= QUESTION_LINES || separate) &&
      ASKS_AT_END.test(text) &&
      looksLikeQuestion(text) &&
      next < lines.length &&
      indentOf(lines[next] ?? '') > indent
    ) {
      starts.push({ from: i, to: end, indent, text, questions: separate ? block : [text] });
    }
    i = end - 1;
  }
  return starts;
}

/** The indentation most questions have, with the questions at it; null under two. */
function questionsAtOneLevel(lines: readonly string[]): Start[] | null {
  const starts = questionStarts(lines);
  const byIndent = new Map<number, Start[]>();
  for (const start of starts)
    byIndent.set(start.indent, [...(byIndent.get(start.indent) ?? []), start]);
  const level = [...byIndent.values()].sort((a, b) => b.length - a.length)[0];
  return level && level.length >= 2 ? level : null;
}

/** The most cards `readIndented` can find, known without building them. */
export const indentedQuestionCount = (text: string): number =>
  (questionsAtOneLevel(text.split('\n')) ?? []).reduce((sum, s) => sum + s.questions.length, 0);

/** Lines indented by at least `width` columns lose that much (tabs made spaces first). */
function dedent(lines: readonly string[], width: number): string[] {
  return lines.map((line) => {
    if (blank(line)) return '';
    let column = 0;
    let cut = 0;
    for (const char of line) {
      if (column >= width || (char !== ' ' && char !== '\t')) break;
      column = char === '\t' ? column + 8 - (column % 8) : column + 1;
      cut++;
    }
    return ' '.repeat(Math.max(0, column - width)) + line.slice(cut);
  });
}

/**
 * A man page's or a pod's NAME section names the deck: `toolfaq - Frequently asked questions
 * about Tool` gives its words after the dash.
 */
function nameSection(lines: readonly string[]): string | undefined {
  const at = lines.findIndex((line) => line.trim() === 'NAME');
  if (at < 0 || at > 5) return undefined;
  const next = lines.slice(at + 1).find((line) => !blank(line));
  return /^\s+\S+\s+[-–—]\s+(.+)$/.exec(next ?? '')?.[1]?.trim();
}

/**
 * Reads an FAQ laid out by indentation. A line indented no deeper than the questions and not a
 * question ends the answer before it: a title (a section when questions follow it) or an entry
 * that does not ask ("Where to get this document"), whose text is left out. Null when fewer
 * than two questions share one indentation.
 */
export function readIndented(text: string): Draft | null {
  const lines = text.split('\n');
  const starts = questionsAtOneLevel(lines);
  if (!starts) return null;
  const level = starts[0]?.indent ?? 0;
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  const firstQuestion = starts[0]?.from ?? 0;
  for (const [k, start] of starts.entries()) {
    const end = starts[k + 1]?.from ?? lines.length;
    let stop = start.to;
    while (stop < end && (blank(lines[stop]) || indentOf(lines[stop] ?? '') > level)) stop++;
    const body = lines.slice(start.to, stop);
    const width = Math.min(...body.filter((l) => !blank(l)).map(indentOf));
    // Blank lines around it go; the first line keeps its indentation (code stays code).
    const answer = dedent(body, width)
      .join('\n')
      .replace(/^\n+|\s+$/g, '');
    for (const [n, question] of start.questions.entries())
      sections.at(-1)?.cards.push({
        question: stripQuestionMarker(question),
        answer,
        line: start.from + n + 1,
      });
    // A line indented less than the questions, right before the next one: its section.
    for (let i = stop; i < end; i++) {
      const line = lines[i] ?? '';
      if (!blank(line) && indentOf(line) < level) {
        sections.push({ title: line.trim(), line: i + 1, cards: [] });
      }
    }
  }
  // Sections titled before the first question: the last of them heads it.
  const opening = lines
    .slice(0, firstQuestion)
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => !blank(line) && indentOf(line) < level);
  const head = opening.at(-1);
  if (head && sections[0])
    sections[0] = { ...sections[0], title: head.line.trim(), line: head.i + 1 };
  const kept = sections.filter((s) => s.cards.length > 0);
  return { title: nameSection(lines), sections: kept.length > 0 ? kept : sections, messages: [] };
}
