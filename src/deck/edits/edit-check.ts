import { toString } from 'mdast-util-to-string';
import { parseInline } from '../import/inline.ts';
import { findPathology, MAX_ANSWER_BYTES, MAX_QUESTION_CHARS, bytesOver } from '../limits.ts';
import { MAX_TAG_CHARS, MAX_TAGS, TAG_PATTERN } from '../tags.ts';
import { asBlock, asLine, type CardText } from './card-edit.ts';

/** What is wrong with one field of the editor, said the way the editor shows it. */
export interface EditProblem {
  readonly field: 'question' | 'prompt' | 'answer' | 'tags';
  readonly message: string;
}

/** The question's plain text (for lists, search, screen readers), from its inline markdown. */
const questionTextOf = (question: string): string => asLine(toString(parseInline(question)));

/** The text as the editor saves it: `\n` line endings, no trailing blank lines. */
export function cardText(question: string, prompt: string, answer: string): CardText {
  const line = asLine(question);
  return {
    question: line,
    questionText: questionTextOf(line),
    prompt: asBlock(prompt),
    answer: asBlock(answer),
  };
}

/** `line:column` (1-based) of an offset in `text`. */
function place(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** The first `{{cN::` not closed by `}}`, as an offset, or -1. */
function unclosedCloze(text: string): number {
  const open: number[] = [];
  const token = /\{\{c\d+::|\}\}/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    if (match[0] === '}}') open.pop();
    else open.push(match.index);
  }
  return open[0] ?? -1;
}

/** A heading of level 1–3 in an answer would begin a new card in the deck's own format. */
const CARD_HEADING = /^ {0,3}#{1,3}(?:[ \t]|$)/m;

function markdownProblems(field: 'prompt' | 'answer', text: string, name: string): EditProblem[] {
  const problems: EditProblem[] = [];
  const bytes = bytesOver(text, MAX_ANSWER_BYTES);
  if (bytes !== null) {
    problems.push({
      field,
      message: `${name} is ${Math.ceil(bytes / 1024).toLocaleString('en')} KB, expected at most ${MAX_ANSWER_BYTES / 1024} KB: split it into several cards`,
    });
    return problems; // the other checks would only repeat the size
  }
  const pathology = findPathology(text);
  if (pathology) {
    problems.push({
      field,
      message: `${name}, line ${pathology.line}, column ${pathology.column}: ${pathology.reason}`,
    });
  }
  const cloze = unclosedCloze(text);
  if (cloze >= 0) {
    problems.push({
      field,
      message: `${name}, ${place(text, cloze)}: a cloze “{{c…::” is not closed; end it with “}}”`,
    });
  }
  const heading = CARD_HEADING.exec(text);
  if (heading) {
    problems.push({
      field,
      message: `${name}, ${place(text, heading.index)}: a heading of level 1 to 3 would start a new card when the deck is exported; use #### or bold text`,
    });
  }
  return problems;
}

/** Everything that stops the text from being saved; empty when it can be. */
export function textProblems(text: CardText): EditProblem[] {
  const problems: EditProblem[] = [];
  if (text.questionText === '') {
    problems.push({ field: 'question', message: 'The question is empty: write what to ask' });
  } else if ([...text.question].length > MAX_QUESTION_CHARS) {
    problems.push({
      field: 'question',
      message: `The question is ${[...text.question].length.toLocaleString('en')} characters, expected at most ${MAX_QUESTION_CHARS}: put the detail in “Shown with the question”`,
    });
  }
  const cloze = unclosedCloze(text.question);
  if (cloze >= 0) {
    problems.push({
      field: 'question',
      message: `The question, column ${cloze + 1}: a cloze “{{c…::” is not closed; end it with “}}”`,
    });
  }
  problems.push(...markdownProblems('prompt', text.prompt, 'What is shown with the question'));
  if (text.answer.trim() === '') {
    problems.push({ field: 'answer', message: 'The answer is empty: write the answer to recall' });
  } else {
    problems.push(...markdownProblems('answer', text.answer, 'The answer'));
  }
  return problems;
}

/**
 * Tags typed in the editor (separated by spaces or commas) as a card keeps them, or why not.
 * Unlike an import, which drops what it cannot use, the editor says what is wrong.
 */
export function readTypedTags(typed: string): { tags: string[] } | { problem: EditProblem } {
  const tags: string[] = [];
  for (const raw of typed.split(/[\s,]+/)) {
    const tag = raw.replace(/^#+/, '').toLowerCase();
    if (tag === '') continue;
    // Counted as stored (UTF-16 units), so what is saved reads back.
    const length = tag.length;
    if (length > MAX_TAG_CHARS) {
      return problem(
        `The tag “${tag.slice(0, 20)}…” is ${length} characters, expected at most ${MAX_TAG_CHARS}`,
      );
    }
    if (!TAG_PATTERN.test(tag)) {
      return problem(`The tag “${tag}” cannot hold < or >`);
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) {
    return problem(`${tags.length} tags, expected at most ${MAX_TAGS}`);
  }
  return { tags };
}

const problem = (message: string) => ({ problem: { field: 'tags' as const, message } });
