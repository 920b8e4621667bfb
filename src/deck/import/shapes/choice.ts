import { dedent } from '../answer-text.ts';
import { stripQuestionMarker } from '../question.ts';
import { withoutShortcodes } from '../emoji-shortcodes.ts';
import type { Draft, DraftCard, DraftSection } from '../types.ts';

/** An option line: `A. text`, `b) text`, `(C) text`, `D text`, `- text`, `+ text`, `[x] text`. */
const OPTION =
  /^\s*(?:(?:[-*]\s+)?\[(?<box>[ xX✓])\]\s*|(?:[-*]\s+)?(?:\((?<paren>[A-Ha-h])\)|(?<dot>[A-Ha-h])[.)]|(?<bare>[A-H])(?=\s))\s*|(?<sign>[-+])\s+)(?<text>.*)$/;
/** The correct answer on a line of its own: `^ text`, `Answer: B`, `Correct answers: A, C`. */
const CORRECT =
  /^\s*(?:\^\s*|(?:\*\*)?(?:correct\s+answers?|right\s+answers?|answers?|ans|solution|respuesta(?:\s+correcta)?|réponse|antwort|ответ|答案|정답)(?:\*\*)?\s*[:：.\-–)]\s*(?:\*\*)?)(.+?)(?:\*\*)?\s*$/i;
/** What starts a question line: `#Q`, `Q12.`, `12.`, `* `. */
const QUESTION_PREFIX =
  /^\s*(?:>\s*)?(?:#{1,6}\s+(?:\d{1,4}\s*[.)]\s*)?|#Q\b|Q(?:uestion)?\s*\d{1,4}\s*[.:)\-–]|\d{1,4}\s*[.)]|\*(?=\s))\s*/i;

/**
 * What any two options need somewhere in the text: an `A` line then a `B` line, a `+` bullet, or
 * a `[ ]` box. A document without one is not read line by line (most are not quizzes, and a
 * 1 MB README takes a tenth of a second to turn down).
 */
const MAYBE_OPTIONS =
  /^\s*(?:[-*]\s+)?(?:\([Aa]\)|[Aa][.)]|A(?=\s))[^\n]*\n\s*(?:[-*]\s+)?(?:\([Bb]\)|[Bb][.)]|B(?=\s))|^\s*\+\s|^\s*(?:[-*]\s+)?\[[ xX✓]\]/m;

/** A question longer than this many lines is prose, not a question. */
const MAX_QUESTION_LINES = 40;

interface Option {
  readonly letter: string | null;
  readonly text: string;
  /** Marked right on the option itself (`+ text`, `[x] text`); null when it carries no mark. */
  readonly right: boolean | null;
}

/**
 * Multiple-choice quizzes in plain text: a question (one line or several), then two or more
 * options (`A.`–`H.` letters in order, or `-`/`+` bullets, or `[ ]`/`[x]` boxes), and the right
 * answer marked on the options (`+`, `[x]`) or on a line of its own before or after them
 * (`^ text`, `Answer: B`, `Correct answers: A, C`). The options go to the question side, the
 * right one(s) and any explanation below to the answer. A line before a question that is not
 * one (`Lesson 2: Pre-quiz`) heads a section. Questions without a marked answer are not cards.
 */
export function readChoice(text: string): Draft | null {
  if (!MAYBE_OPTIONS.test(text)) return null;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  let run: { text: string; line: number }[] = []; // non-blank lines not yet placed
  let above: { text: string; line: number }[] = []; // the last paragraph, before a blank line
  let refused = 0; // option-like lines before this one were turned down as options
  let found = 0;
  for (let i = 0; i < lines.length;) {
    // Lines of a run of option-like lines already turned down are not options either.
    const options = i < refused ? null : optionsAt(lines, i);
    if (!options && i >= refused && kindAt(lines[i] ?? '') === 'sign')
      refused = signRunEnd(lines, i);
    const correctBefore = i < lines.length && !options ? CORRECT.exec(lines[i] ?? '') : null;
    const optionsAfterCorrect = correctBefore ? optionsAt(lines, i + 1) : null;
    // A question standing alone above its options, a blank line between (exam READMEs).
    if (run.length === 0 && (options || optionsAfterCorrect) && above.length > 0) run = above;
    if (run.length > 0 && (options || optionsAfterCorrect)) {
      const start = questionStart(run);
      // Lines above a prefixed question that are not questions themselves: a group's title.
      const heading = run
        .slice(0, start)
        .filter((l) => !QUESTION_PREFIX.test(l.text) && !RULE_LINE.test(l.text));
      const asked = run.slice(start);
      if (heading.length > 0 && heading.length <= 2 && heading.every((l) => l.text.length < 150)) {
        const title = withoutShortcodes(heading.map((l) => l.text.trim()).join(' '));
        sections.push({ title, line: heading[0]?.line ?? i + 1, cards: [] });
      }
      let at = i;
      let marked = '';
      if (correctBefore && optionsAfterCorrect) {
        marked = correctBefore[1] ?? '';
        at = i + 1;
      }
      const list = (options ?? optionsAfterCorrect) as Option[];
      at += list.length;
      if (!marked && (lines[at] ?? '').trim() === '' && CORRECT.test(lines[at + 1] ?? '')) at++;
      const after = marked ? null : CORRECT.exec(lines[at] ?? '');
      if (after) {
        marked = after[1] ?? '';
        at++;
      }
      // An explanation runs on to the next blank line.
      const explanation: string[] = [];
      if (after) {
        while (at < lines.length && (lines[at] ?? '').trim() !== '' && !optionsAt(lines, at + 1)) {
          explanation.push(lines[at] ?? '');
          at++;
        }
      }
      const card = cardOf(asked, list, marked, explanation, lines);
      if (card) {
        sections.at(-1)?.cards.push(card);
        found++;
      }
      run = [];
      above = [];
      i = at;
      continue;
    }
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      // A blank line ends unmarked text that options did not follow; a marked question
      // (`#Q`, `12.`) may go on over several paragraphs (verse, code).
      if (!run.some((l) => QUESTION_PREFIX.test(l.text))) {
        above = run.length > 0 && run.length <= 5 ? run : above;
        run = [];
      }
    } else if (run.length === 0 && above.length > 0 && !OPTION.test(line)) {
      above = [];
      run.push({ text: line, line: i + 1 });
    } else if (QUESTION_PREFIX.test(line)) {
      // A new question: of what came before, only a group title right above it matters.
      run = [
        ...run.slice(-2).filter((l) => !QUESTION_PREFIX.test(l.text)),
        { text: line, line: i + 1 },
      ];
    } else if (run.length < MAX_QUESTION_LINES) run.push({ text: line, line: i + 1 });
    else run = [];
    i++;
  }
  if (found === 0) return null;
  return { sections: sections.filter((s, i) => i === 0 || s.cards.length > 0), messages: [] };
}

const letterOf = (match: RegExpExecArray): string | null => {
  const { paren, dot, bare } = match.groups ?? {};
  return paren ?? dot ?? bare ?? null;
};

/** Which kind of option a line would be, if any. */
function kindAt(line: string): 'letter' | 'sign' | 'box' | null {
  const match = OPTION.exec(line);
  if (!match) return null;
  return letterOf(match) ? 'letter' : match.groups?.sign ? 'sign' : 'box';
}

/**
 * The line after a run of `-`/`+` bullets from `index`. A run turned down as options (no `+`
 * in it) has no options in its tail either: skipping it keeps a long list linear.
 */
function signRunEnd(lines: readonly string[], index: number): number {
  let end = index;
  while (end < lines.length && kindAt(lines[end] ?? '') === 'sign') end++;
  return end;
}

/** Two or more option lines from `index` (letters in order from A), or null. */
function optionsAt(lines: readonly string[], index: number): Option[] | null {
  const options: Option[] = [];
  let kind: 'letter' | 'sign' | 'box' | null = null;
  for (let i = index; i < lines.length; i++) {
    const match = OPTION.exec(lines[i] ?? '');
    if (!match) break;
    const { box, sign } = match.groups ?? {};
    const letter = letterOf(match);
    const next = letter ? 'letter' : sign ? 'sign' : 'box';
    if (kind !== null && next !== kind) break;
    if (letter && letter.toUpperCase().charCodeAt(0) - 65 !== options.length) break;
    kind = next;
    const right = sign ? sign === '+' : box ? box !== ' ' : null;
    options.push({
      letter: letter?.toUpperCase() ?? null,
      text: (match.groups?.text ?? '').trim(),
      right,
    });
  }
  if (options.length < 2) return null;
  // `- a` / `- b` bullets without a `+` are a plain list, not options.
  if (kind === 'sign' && !options.some((o) => o.right)) return null;
  return options;
}

/** A thematic break or a title's underline: `---`, `===`. */
const RULE_LINE = /^\s*(?:[-=*_][ \t]*){3,}$/;

/** Where the question starts in the lines above its options: at its prefix, if they have one. */
function questionStart(run: readonly { text: string }[]): number {
  for (let i = run.length - 1; i >= 0; i--) if (QUESTION_PREFIX.test(run[i]?.text ?? '')) return i;
  return 0;
}

function cardOf(
  asked: readonly { text: string; line: number }[],
  options: readonly Option[],
  marked: string,
  explanation: readonly string[],
  lines: readonly string[],
): DraftCard | null {
  // Code between the question and its options ("What does this print?", then a fence or an
  // indented block) is shown with the options, as written, blank lines and all.
  const codeFrom = asked.findIndex((l, i) => i > 0 && startsCode(l.text, lines[l.line - 2] ?? ''));
  // Nothing but a number before the code (`#### Q1.`, then a fence): the code is the question.
  const numberOnly =
    codeFrom > 0 && asked.slice(0, codeFrom).every((l) => unnumbered(l.text) === '');
  const codeAt = numberOnly ? -1 : codeFrom;
  const stem = codeAt < 0 ? asked : asked.slice(0, codeAt);
  const code =
    codeAt < 0
      ? ''
      : lines.slice((asked[codeAt]?.line ?? 1) - 1, asked.at(-1)?.line ?? 0).join('\n');
  // `#### Q64. …`: the heading's marks, then the question's own number.
  const question = stripQuestionMarker(
    stem
      .map((l, i) => (i === 0 ? l.text.replace(QUESTION_PREFIX, '') : l.text).trim())
      .join(' ')
      .trim(),
  );
  if (question === '') return null;
  const right = rightOptions(options, marked);
  if (right.length === 0 && marked.trim() === '') return null;
  const label = (o: Option) => (o.letter ? `${o.letter}. ${o.text}` : o.text);
  const shown = right.length > 0 ? right.map((o) => `**${label(o)}**`) : [`**${marked.trim()}**`];
  return {
    question,
    prompt: [code, options.map((o) => `- ${label(o)}`).join('\n')].filter(Boolean).join('\n\n'),
    answer: [shown.join('\n\n'), ...explanation.map((l) => l.trim())].join('\n\n').trim(),
    line: asked[0]?.line ?? 1,
  };
}

/** A question line without its marks and number. */
const unnumbered = (line: string): string =>
  stripQuestionMarker(line.replace(QUESTION_PREFIX, '').trim());

/** A fence, or a line indented as code after a blank line: code, not the question's words. */
function startsCode(line: string, before: string): boolean {
  return /^ {0,3}(?:`{3,}|~{3,})/.test(line) || (/^(?: {4}|\t)/.test(line) && before.trim() === '');
}

/** The options marked right on themselves, or named by letter or text on the answer line. */
function rightOptions(options: readonly Option[], marked: string): Option[] {
  const onOptions = options.filter((o) => o.right);
  if (onOptions.length > 0 || marked.trim() === '') return onOptions;
  const answer = marked.trim();
  const letters = /^\(?[A-H]\)?(?:\s*(?:,|and|&|\/|\s)\s*\(?[A-H]\)?)*\.?$/i.test(answer)
    ? new Set(answer.toUpperCase().match(/[A-H]/g) ?? [])
    : null;
  if (letters) return options.filter((o) => o.letter && letters.has(o.letter));
  const byText = options.filter((o) => o.text.toLowerCase() === answer.toLowerCase());
  return byText.length > 0 ? byText : [];
}

/**
 * An answer that names options by letter (`Correct answer: A, C`) under a question whose
 * prompt lists them: the named options, in bold, then the rest of the answer.
 */
export function answerFromChoice(prompt: string, answer: string): string {
  const lines = answer.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '');
  const marked = CORRECT.exec(lines[at] ?? '');
  if (!marked) return answer;
  const options: Option[] = [];
  for (const line of prompt.split('\n')) {
    const m = OPTION.exec(line);
    const letter = m && letterOf(m);
    if (m && letter)
      options.push({
        letter: letter.toUpperCase(),
        text: (m.groups?.text ?? '').trim(),
        right: null,
      });
  }
  const right = rightOptions(options, marked[1] ?? '');
  if (right.length === 0) return answer;
  const shown = right.map((o) => `**${o.letter}. ${o.text}**`).join('\n\n');
  return [
    shown,
    dedent(lines.slice(at + 1))
      .join('\n')
      .trim(),
  ]
    .join('\n\n')
    .trim();
}
