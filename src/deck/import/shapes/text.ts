import { FENCE } from '../../fence.ts';
import { isDrawing } from '../document-title.ts';
import { alike, looksLikeQuestion } from '../question.ts';
import type { Draft, DraftSection, Note } from '../types.ts';
import { indentedQuestionCount, readIndented } from './indented.ts';
import { paragraphCount, readParagraphs } from './paragraphs.ts';

/** `Q:`, `Q1)`, `Question 3:`, `**Q:** …`, `📚 Question:`, optionally after `#` marks. */
const EXPLICIT_QUESTION =
  /^\s*(?:#{1,6}\s*)?(?:(?:\p{Extended_Pictographic}\u{FE0F}?\s*)?(?:\*\*)?(?:Q(?:uestion)?|Frage|Pregunta|Pergunta|Вопрос|Питання|Soru|Câu hỏi|질문|问|問)\s*\d{0,4}\s*[:.)\-：]|(?:\*\*)?Q\d{1,4}\s)(?:\*\*)?\s*(.*?)\s*$/iu;
/** `A:`, `Ans:`, `Answer 3 -`, `**Answer:** …`. */
const EXPLICIT_ANSWER =
  /^\s*(?:\*\*)?(?:A|Ans|Answer|R|Rép|Réponse|Respuesta|Resposta|Antwort|Ответ|答|回答)\s*\d{0,4}\s*[:.)\-：](?:\*\*)?\s*(.*)$/iu;
/** `12. What …`, `26.What …`, `1) How …`, `# 51 What …`. */
const NUMBERED = /^\s*(#{1,6}\s*)?(\d{1,4}(?:\.\d{1,4})*)(?:\s*[.)]\s*|\s+)(?=[\p{L}"'`“(])(.+)$/u;
/** `🟢 1. AWS Basics`: an emoji, a section number, a title. */
const EMOJI_SECTION =
  /^\s*(\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3})*)\s*(\d{1,3})[.)]\s+(.+)$/u;
/** `# Part one` / `## Networking`: a heading that is not itself a question. */
const HEADING = /^\s*(#{1,2})\s+(.+?)\s*#*\s*$/;
/** A question among numbered ones that was left unnumbered. */
const UNNUMBERED =
  /^(?:What|Why|How|When|Where|Which|Who|Explain|Describe|Define|Difference|Compare|Is|Are|Can|Does|Do|Should)\b.*\?$/;

interface Open {
  question: string;
  line: number;
  prompt: string[];
  answer: string[];
  explicit: boolean;
  answered: boolean;
  /** `Q4)`: an entry of its own, never sharing the next one's answer. */
  numbered: boolean;
}

/** `Q4)`, `Question 3:`: an explicit question with its own number. */
const NUMBERED_MARKER = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\p{L}+\s*\d/u;

const isBlank = (...parts: readonly string[][]) =>
  parts.every((lines) => lines.every((l) => l.trim() === ''));

const cardCount = (draft: Draft | null) =>
  draft?.sections.reduce((sum, s) => sum + s.cards.length, 0) ?? 0;

/**
 * Plain text, read by its markers (`readMarkedText`) or, when that finds fewer questions, by its
 * indentation alone (`readIndented`: man pages, `pod2text`, tab-indented answers).
 */
export function readText(written: string): Draft | null {
  // No-break spaces that indent a line (some converters write them) indent it.
  const text = written.includes('\u00a0')
    ? written.replace(/^[ \t\u00a0]+/gm, (indent) => indent.replace(/\u00a0/g, ' '))
    : written;
  const explicitMode = text.split('\n').some((line) => EXPLICIT_QUESTION.test(line));
  const marked = readMarkedText(text, explicitMode);
  const indented = readIndented(text);
  const best =
    !indented || cardCount(indented) <= cardCount(marked)
      ? marked
      : // The first line names the deck when no NAME section does.
        { ...indented, title: indented.title ?? marked?.title };
  // Marked questions (`Q:`) say which lines ask: paragraphs are read only without them.
  const paragraphs = explicitMode ? null : readParagraphs(text);
  return paragraphs && cardCount(paragraphs) > cardCount(best) ? paragraphs : best;
}

/**
 * Plain text: `Q:`/`A:` or `Question:`/`Answer:` pairs, `Q1) … Ans: …`, or numbered question
 * lines (`26.What is …?`) with the answer on the lines below. Numbered questions must count up
 * (so a numbered list inside an answer stays in the answer) unless marked with `#`. Emoji lines
 * numbered in their own sequence (`🟢 1. Basics`) and `#`/`##` headings are sections.
 */
function readMarkedText(text: string, explicitMode: boolean): Draft | null {
  const lines = text.split('\n');
  // `Q:` lines without any `A:`: what follows a question is its answer, not its prompt.
  const answersMarked = explicitMode && lines.some((line) => EXPLICIT_ANSWER.test(line));
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  const messages: Note[] = [];
  let title: string | undefined;
  let open = null as Open | null;
  let lastNumber: number[] = [];
  const dotted = explicitMode ? null : dottedNumbering(lines);
  const skipped = explicitMode ? new Set<number>() : tableOfContents(lines);
  let lastSection = 0;
  let numbered = 0;
  let fence: string | null = null;
  // Unnumbered `Q.` lines one after another, asking nearly the same, before one `A.`: the
  // questions share that answer. Another left without its answer is told as such.
  let sharing: Open[] = [];
  const flush = () => {
    const asked = open ? [...sharing, open] : sharing;
    for (const entry of asked) {
      const from = open ?? entry;
      sections.at(-1)?.cards.push({
        question: entry.question,
        answer: tabsToTables(from.answer).join('\n'),
        line: entry.line,
        ...(from.prompt.some((l) => l.trim() !== '') ? { prompt: from.prompt.join('\n') } : {}),
      });
    }
    sharing = [];
    open = null;
  };
  const start = (question: string, line: number, explicit: boolean, numbered = false) => {
    const unanswered =
      open?.explicit &&
      !open.numbered &&
      answersMarked &&
      !open.answered &&
      isBlank(open.prompt, open.answer) &&
      alike(open.question, question);
    if (open && unanswered) sharing.push(open);
    else flush();
    open = { question, line, prompt: [], answer: [], explicit, answered: false, numbered };
  };
  // The last line of a question wrapped over several: already read.
  let joinedUpTo = -1;
  for (const [i, line] of lines.entries()) {
    if (i <= joinedUpTo) continue;
    // A fence never closed is not one here: plain text underlines titles with `~~~~`.
    const opens = FENCE.exec(line)?.[1];
    const marker: string | undefined =
      fence === null && opens && !closedLater(lines, i, opens) ? undefined : opens;
    if (fence !== null || marker) {
      if (fence === null && marker) fence = marker;
      else if (marker && fence && marker[0] === fence[0] && marker.length >= fence.length)
        fence = null;
      addLine(open, line, answersMarked);
      continue;
    }
    // A rule drawn between entries separates; under a line it would make it a heading.
    if (line.trim() === '' || RULE.test(line)) {
      addLine(open, '', answersMarked);
      continue;
    }
    if (title === undefined && sections.length === 1 && !open && sections[0]?.cards.length === 0) {
      const isQuestion =
        EXPLICIT_QUESTION.test(line) || NUMBERED.test(line) || EMOJI_SECTION.test(line);
      // A banner drawn in marks (ASCII art) above the title is not the title.
      if (!isQuestion && isDrawing(line)) continue;
      title = isQuestion ? '' : line.replace(/^\s*#+\s*/, '').trim();
      if (!isQuestion) continue;
    }
    const section = EMOJI_SECTION.exec(line);
    if (section && Number(section[2]) === lastSection + 1 && asksNext(lines, i, explicitMode)) {
      flush();
      lastSection++;
      sections.push({ title: `${section[1]} ${section[3]}`, line: i + 1, cards: [] });
      continue;
    }
    const explicit = explicitMode ? EXPLICIT_QUESTION.exec(line) : null;
    if (explicit) {
      // A heading right above a `Q:` names its topic: it does not end the answer before.
      if (open) dropTrailingHeading(open.answer);
      const question = answersMarked
        ? wrappedQuestion(lines, i, explicit[1] ?? '', AFTER_MARKER)
        : { text: explicit[1] ?? '', lines: 0 };
      start(question.text, i + 1, true, NUMBERED_MARKER.test(line));
      joinedUpTo = i + question.lines;
      continue;
    }
    const answer = open && !open.answered ? EXPLICIT_ANSWER.exec(line) : null;
    if (open && answer) {
      open.answered = true;
      open.answer.push(answer[1] ?? '');
      continue;
    }
    const number = explicitMode ? null : NUMBERED.exec(line);
    if (skipped.has(i)) continue;
    if (number) {
      const n = numberOf(number[2] ?? '');
      const question = number[3] ?? '';
      if (dotted && n.length === 1 && dotted.sections.has(i)) {
        flush();
        sections.push({ title: question.trim(), line: i + 1, cards: [] });
        continue;
      }
      const asks = dotted ? n.length === dotted.depth : looksLikeQuestion(question);
      if (
        asks &&
        (number[1] !== undefined || after(n, lastNumber)) &&
        !continuesSentence(lines, i)
      ) {
        const wrapped = wrappedQuestion(lines, i, question.trim(), AFTER_NUMBER);
        start(wrapped.text, i + 1, false);
        joinedUpTo = i + wrapped.lines;
        lastNumber = n;
        numbered++;
        continue;
      }
    }
    const heading = HEADING.exec(line);
    if (heading && !looksLikeQuestion(heading[2] ?? '') && asksNext(lines, i, explicitMode)) {
      flush();
      sections.push({ title: heading[2] ?? '', line: i + 1, cards: [] });
      continue;
    }
    const previous = lines[i - 1]?.trim() ?? '';
    if (!explicitMode && numbered >= 2 && previous === '' && UNNUMBERED.test(line.trim())) {
      start(line.trim(), i + 1, false);
      continue;
    }
    addLine(open, line, answersMarked);
  }
  flush();
  const cards = sections.reduce((sum, s) => sum + s.cards.length, 0);
  if (cards === 0) return null;
  return { title: title || undefined, sections, messages };
}

/**
 * The most cards `readText` can find, known without reading: every card of its marked reading
 * starts at a line that one of its question patterns matches (explicit, numbered or
 * unnumbered); its indented reading counts its own.
 */
export function questionLineCount(text: string): number {
  let count = 0;
  for (const line of text.split('\n'))
    if (EXPLICIT_QUESTION.test(line) || NUMBERED.test(line) || UNNUMBERED.test(line.trim()))
      count++;
  return Math.max(count, indentedQuestionCount(text), paragraphCount(text));
}

/** Whether `n` is the entry right after `last`: `4.3` after `4.2`, `5.1` after `4.9`. */
function follows(n: readonly number[], last: readonly number[]): boolean {
  const head = n.slice(0, -1).join('.');
  const lastHead = last.slice(0, -1).join('.');
  const [end, lastEnd] = [n.at(-1) ?? 0, last.at(-1) ?? 0];
  if (head === lastHead) return end === lastEnd + 1;
  return end === 1 && after(n, last);
}

/** `4.2` → [4, 2]. */
const numberOf = (text: string): number[] => text.split('.').map(Number);

/** Whether numbering `n` comes after `last` (`4.3` after `4.2`, `5.1` after `4.9`, `27` after `26`). */
function after(n: readonly number[], last: readonly number[]): boolean {
  for (let i = 0; i < Math.max(n.length, last.length); i++) {
    const a = n[i] ?? 0;
    const b = last[i] ?? -1;
    if (a !== b) return a > b;
  }
  return false;
}

/**
 * FAQs numbered `1.1`, `1.2`, `2.1`: when most such lines ask, every one at the questions' depth
 * is a question, and a `2. Building` line before `2.1` heads a section. Null when the document
 * is not numbered so.
 */
function dottedNumbering(
  lines: readonly string[],
): { sections: Set<number>; depth: number } | null {
  const numbered: { index: number; n: number[]; text: string }[] = [];
  for (const [index, line] of lines.entries()) {
    const match = NUMBERED.exec(line);
    if (match && !match[1])
      numbered.push({ index, n: numberOf(match[2] ?? ''), text: match[3] ?? '' });
  }
  const deep = numbered.filter((x) => x.n.length > 1);
  // The questions' depth (`4.2`: 2): a deeper number is a line of an answer that happens to
  // start with one (`3.79.1 has this bug`), not a question.
  const depths = new Map<number, number>();
  for (const x of deep) depths.set(x.n.length, (depths.get(x.n.length) ?? 0) + 1);
  const depth = [...depths].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
  const entries = deep.filter((x) => x.n.length === depth);
  const asking = entries.filter((x) => looksLikeQuestion(x.text)).length;
  // Numbered in order (`2.1`, `2.2`, `3.1`…) all the way through: entries of an FAQ, even
  // when most say rather than ask ("My program dies like this:").
  const inOrder = entries.filter((x, k) => k === 0 || follows(x.n, entries[k - 1]?.n ?? [])).length;
  if (entries.length < 3 || (asking < entries.length / 2 && inOrder < entries.length * 0.9))
    return null;
  const sections = new Set<number>();
  for (const [k, x] of numbered.entries()) {
    const next = numbered[k + 1];
    if (x.n.length === 1 && next && next.n.length > 1 && next.n[0] === x.n[0])
      sections.add(x.index);
  }
  return { sections, depth };
}

/**
 * Numbered lines listed before the same lines appear with their answers: a table of contents.
 * A listed line has no text of its own below it (the next line is numbered too, or blank then
 * numbered).
 */
function tableOfContents(lines: readonly string[]): Set<number> {
  const skipped = new Set<number>();
  const seen = new Map<string, number[]>();
  const entries: { index: number; key: string }[] = [];
  for (const [index, line] of lines.entries()) {
    const match = NUMBERED.exec(line);
    if (!match) continue;
    // A dotted number (`4.2`) names one entry, even when the contents words it otherwise
    // ("manpage", "man page"); a plain one (`3`) restarts in each part, so its words count too.
    const words = (match[3] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    const dottedNumber = match[2]?.includes('.') ?? false;
    const key = dottedNumber ? (match[2] ?? '') : `${match[2]} ${words}`;
    entries.push({ index, key });
    seen.set(key, [...(seen.get(key) ?? []), index]);
  }
  for (const [k, entry] of entries.entries()) {
    const later = (seen.get(entry.key) ?? []).some((i) => i > entry.index);
    if (!later) continue;
    const next = entries[k + 1];
    const between = next ? lines.slice(entry.index + 1, next.index) : [];
    // Its own words wrapped (up to two more lines, or any run of lines with no blank between
    // them), else an answer: a question, not contents.
    const wrapped = between.filter((l) => l.trim() !== '' && !RULE.test(l)).length;
    const unbroken = between.every((l) => l.trim() !== '');
    if (next && (wrapped <= 2 || unbroken)) {
      skipped.add(entry.index);
      for (let i = entry.index + 1; i < next.index; i++) skipped.add(i);
    } else if (k > 0 && skipped.has(entries[k - 1]?.index ?? -1)) {
      // The last entry of the contents: its words up to the blank line that ends the list.
      for (let i = entry.index; i < lines.length && lines[i]?.trim() !== ''; i++) skipped.add(i);
    }
  }
  // An entry between two of the contents, with no answer of its own, is one too (the body
  // may number it otherwise by mistake).
  for (const [k, entry] of entries.entries()) {
    const [before, next] = [entries[k - 1], entries[k + 1]];
    if (!before || !next || !skipped.has(before.index) || !skipped.has(next.index)) continue;
    const between = lines.slice(entry.index + 1, next.index);
    if (between.filter((l) => l.trim() !== '').length <= 2)
      for (let i = entry.index; i < next.index; i++) skipped.add(i);
  }
  return skipped;
}

/** A line drawn across the page (`-----`, `=====`): it separates, it says nothing. */
const RULE = /^\s*([-=_*~])\1{2,}\s*$/;

/** Whether a fence opened at `index` with `marker` is closed further down. */
function closedLater(lines: readonly string[], index: number, marker: string): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const close = FENCE.exec(lines[i] ?? '')?.[1];
    if (close && close[0] === marker[0] && close.length >= marker.length) return true;
  }
  return false;
}

/**
 * Whether line `i` goes on with the sentence above it, wrapped at the same indentation (`…as
 * explained in FAQ entry` / `4.12 and the SSLCERTS document`): a number there is no question's.
 * The line above is long and ends mid-sentence, as wrapped prose does, and this one goes on in
 * lower case.
 */
function continuesSentence(lines: readonly string[], i: number): boolean {
  const above = lines[i - 1] ?? '';
  const line = lines[i] ?? '';
  if (above.trim() === '') return false;
  const indent = (text: string) => /^\s*/.exec(text)?.[0].length ?? 0;
  // Wrapped prose fills its line; a short line above (a list's last entry) is not one.
  // The number's words go on in lower case (`4.12 and the…`), as a question does not open;
  // a line asking (`…?`) is a question whatever is above it.
  const words = line.replace(/^\s*[\d.]+[.)]?\s*/, '');
  return (
    indent(above) === indent(line) &&
    above.trim().length >= 50 &&
    /[\p{L}\p{N},]$/u.test(above.trimEnd()) &&
    /^\p{Ll}/u.test(words) &&
    !/[?？]\s*$/.test(line)
  );
}

/** Whether the next non-blank line is a question: a section title must lead to one. */
function asksNext(lines: readonly string[], index: number, explicitMode: boolean): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (explicitMode) return EXPLICIT_QUESTION.test(line);
    const number = NUMBERED.exec(line);
    return number !== null && (number[2]?.includes('.') || looksLikeQuestion(number[3] ?? ''));
  }
  return false;
}

/** Lines that could start something else than more words of a question. */
const NOT_WORDS = /^\s*(?:[|>`*+#-]|\d{1,4}[.)]\s)|^(?: {4}|\t)/;

/** How a question wrapped over lines goes on, and how its last line ends it. */
interface Wrapping {
  /** A question that already ends so is not wrapped. */
  readonly ended: RegExp;
  /** Whether a line may carry on the question (it must also be words: `NOT_WORDS`). */
  readonly goesOn: (line: string) => boolean;
  /** How the question's last line ends. */
  readonly last: RegExp;
  /** Whether the question runs to its answer's marker (`A:`) whatever its last line. */
  readonly toAnswer?: boolean;
}

const SENTENCE_END = /[?？:：.!。]["'”’)]?\s*$/;

/**
 * Under a `Q:` line: lines that are neither blank nor marked, the last ending with `?` (or `!`).
 * A question that asks already, or ends with a colon (what follows is its prompt), stops there.
 */
const AFTER_MARKER: Wrapping = {
  ended: /[?？:：]["'”’)]?\s*$/,
  goesOn: (line) =>
    line.trim() !== '' && !EXPLICIT_QUESTION.test(line) && !EXPLICIT_ANSWER.test(line),
  last: /[?？!]["'”’)]?\s*$/,
  toAnswer: true,
};

/** Under a numbered question, as text wrapped at a fixed width: lines starting with a small letter. */
const AFTER_NUMBER: Wrapping = {
  ended: SENTENCE_END,
  goesOn: (line) => /^\s{0,3}\p{Ll}/u.test(line),
  last: SENTENCE_END,
};

/**
 * A question and the lines that carry it on (up to three, none looking like a list, table or
 * code), joined; `lines`: how many were taken after its own. None unless the last one ends it.
 */
function wrappedQuestion(
  lines: readonly string[],
  index: number,
  first: string,
  wrapping: Wrapping,
): { text: string; lines: number } {
  // Lines set in to where the question's words start (`Q:   Why…` / `4.1 Why…`) carry it on,
  // whatever letter they start with: a hanging indent.
  const hang = first === '' ? -1 : (lines[index] ?? '').indexOf(first);
  const hanging = (line: string) =>
    hang > 0 && /^\s*/.exec(line)?.[0].length === hang && /^\s*[\p{L}"“'(]/u.test(line);
  // Set in under the question's words, in words rather than code: the sentence goes on.
  const prose = (line: string) => hanging(line) && !/[=;{}()[\]<>]/.test(line);
  let inWords = true;
  if (!wrapping.ended.test(first)) {
    for (let k = 1; k <= 3; k++) {
      const line = lines[index + k] ?? '';
      inWords &&= prose(line);
      const marked = EXPLICIT_QUESTION.test(line) || EXPLICIT_ANSWER.test(line);
      const onward =
        (hanging(line) && !marked && !NUMBERED.test(line)) ||
        (wrapping.goesOn(line) && !NOT_WORDS.test(line));
      if (!onward) break;
      // Up to an `A:` line, words going on from a `Q:` are the question, however they end.
      const answerNext =
        wrapping.toAnswer && inWords && EXPLICIT_ANSWER.test(lines[index + k + 1] ?? '');
      if (wrapping.last.test(line) || answerNext) {
        const rest = lines.slice(index + 1, index + 1 + k).map((l) => l.trim());
        return { text: [first, ...rest].join(' '), lines: k };
      }
    }
  }
  return { text: first, lines: 0 };
}

/** Removes a markdown heading (and the blank lines after it) from the end of `lines`. */
function dropTrailingHeading(lines: string[]): void {
  let end = lines.length;
  while (end > 0 && lines[end - 1]?.trim() === '') end--;
  if (end > 0 && /^ {0,3}#{1,6}[ \t]/.test(lines[end - 1] ?? '')) lines.length = end - 1;
}

function addLine(open: Open | null, line: string, answersMarked: boolean): void {
  if (!open) return;
  // With explicit markers, what comes between `Q:` and `A:` belongs to the question side.
  if (open.explicit && !open.answered && answersMarked) open.prompt.push(line);
  else open.answer.push(line);
}

/** Runs of tab-separated lines with the same number of cells become GFM tables. */
function tabsToTables(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const cells = cellCount(lines[i] ?? '');
    let end = i + 1;
    while (cells > 1 && end < lines.length && cellCount(lines[end] ?? '') === cells) end++;
    if (cells > 1 && end - i >= 2) {
      if (out.length > 0 && out.at(-1)?.trim() !== '') out.push('');
      const rows = lines
        .slice(i, end)
        .map((l) => l.split('\t').map((c) => c.trim().replace(/\|/g, '\\|')));
      out.push(`| ${rows[0]?.join(' | ')} |`, `|${' --- |'.repeat(cells)}`);
      for (const row of rows.slice(1)) out.push(`| ${row.join(' | ')} |`);
      out.push('');
      i = end;
    } else {
      out.push(lines[i] ?? '');
      i++;
    }
  }
  return out;
}

function cellCount(line: string): number {
  return line.includes('\t') && line.trim() !== '' ? line.split('\t').length : 0;
}
