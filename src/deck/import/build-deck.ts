import { toString } from 'mdast-util-to-string';
import { MAX_ANSWER_BYTES, MAX_ID_CHARS, MAX_QUESTION_CHARS, bytesOver } from '../limits.ts';
import { splitAtOwnAnswer } from '../own-answer-marker.ts';
import { slugify } from '../slug.ts';
import type { Card, Deck, Section } from '../types.ts';
import { parseInline } from './inline.ts';
import { cleanAnswer } from './answer-text.ts';
import { labelledQuestion, sameQuestionKey, tidyQuestion, tidySpaces } from './question.ts';
import type { Draft, DraftCard, Note } from './types.ts';

/**
 * Turns what a shape found into a `Deck` named `title` (the document's, chosen by the importer)
 * like the parser's: tidy questions, clean answers,
 * unique stable ids (a repeated question gets `-2`, `-3`… and a warning), the parser's limits.
 * A question without an answer is a warning, not a card.
 */
export function buildDeck(
  draft: Draft,
  id: string,
  title: string,
  /** Whether the shape read headings or bold lines, which may name a topic over its question. */
  topics = false,
): { deck: Deck; notes: Note[] } {
  const notes: Note[] = [...draft.messages];
  const note = (
    line: number,
    ruleId: Note['ruleId'],
    reason: string,
    severity: Note['severity'] = 'warning',
  ) => notes.push({ line, column: 1, ruleId, severity, reason });
  const firstLineOf = new Map<string, number>();
  const lineOfQuestion = new Map<string, number>();
  const sectionIds = new Set<string>();
  const unique = uniqueIds();
  const sections: Section[] = [];
  const numbered = numberedWithDashes(draft);
  for (const draftSection of draft.sections) {
    const cards: Card[] = [];
    for (const draftCard of draftSection.cards) {
      const labelled = topics ? labelledQuestion(draftCard.question, draftCard.answer) : null;
      const question = tidyQuestion(
        labelled?.question ??
          (numbered.has(draftCard)
            ? draftCard.question.replace(DASH_NUMBER, '')
            : draftCard.question),
      );
      const questionText = plainQuestion(question);
      // An export "with my answers" read back: the reader's own answer is not the deck's.
      const { answer: model, own } = splitAtOwnAnswer(labelled?.answer ?? draftCard.answer);
      const answer = cleanAnswer(model);
      const prompt = cleanAnswer(draftCard.prompt ?? '');
      const line = draftCard.line;
      if (questionText === '') continue;
      if (questionText.length > MAX_QUESTION_CHARS) {
        note(
          line,
          'question-too-long',
          `Question of ${questionText.length} characters, expected at most ${MAX_QUESTION_CHARS}; not imported`,
          'error',
        );
        continue;
      }
      if (answer === '' || onlyLabels(answer)) {
        note(
          line,
          'empty-answer',
          `No answer for "${questionText}", expected text below the question; not imported`,
        );
        continue;
      }
      const bytes = bytesOver(answer, MAX_ANSWER_BYTES);
      if (bytes !== null) {
        note(
          line,
          'answer-too-large',
          `Answer for "${questionText}" is ${Math.ceil(bytes / 1024)} KB, expected at most ${MAX_ANSWER_BYTES / 1024} KB; not imported, split it into several cards`,
          'error',
        );
        continue;
      }
      const base = shortSlug(questionText) || `card-${line}`;
      // Two questions may share a slug without being the same (a slug keeps Latin letters
      // only: 为何新增 API… and 隐藏 API… are both `api`): only the same words are told.
      const cardId = firstLineOf.has(base) ? unique(base, firstLineOf) : base;
      const words = sameQuestionKey(questionText, prompt);
      const first = lineOfQuestion.get(words);
      if (first !== undefined) {
        note(
          line,
          'duplicate-question',
          `Duplicate question "${questionText}" (first on line ${first}), kept with id \`${cardId}\``,
        );
      } else lineOfQuestion.set(words, line);
      firstLineOf.set(cardId, line);
      cards.push({
        id: cardId,
        question,
        questionText,
        ...(prompt ? { prompt } : {}),
        answer,
        ...(own ? { ownAnswer: own } : {}),
        line,
        ...(draftCard.tags?.length ? { tags: draftCard.tags } : {}),
      });
    }
    if (cards.length === 0) continue;
    const title = draftSection.title.trim() || 'Questions';
    const sectionSlug = slugify(title) || 'section';
    const sectionId = sectionIds.has(sectionSlug) ? unique(sectionSlug, sectionIds) : sectionSlug;
    sectionIds.add(sectionId);
    sections.push({ id: sectionId, title, cards });
  }
  return {
    deck: { id, title, description: (draft.description ?? '').trim(), sections },
    notes,
  };
}

/** A question's words without its markdown; most hold none, and only those that do are parsed. */
export function plainQuestion(question: string): string {
  return /[*_`[\]<>\\&!~]/.test(question) ? tidySpaces(toString(parseInline(question))) : question;
}

/**
 * An answer that is only a small table of labels (`| Level | Easy |` over `| --- | --- |`, no
 * rows below): how the question is filed, not what answers it.
 */
function onlyLabels(answer: string): boolean {
  const lines = answer.split('\n').filter((line) => line.trim() !== '');
  if (lines.length !== 2 || !/^\s*\|?\s*:?-{3,}/.test(lines[1] ?? '')) return false;
  const cells = (lines[0] ?? '').split('|').filter((cell) => cell.trim() !== '');
  return cells.length <= 3 && cells.every((cell) => cell.trim().length <= 30);
}

/** `1-make与new有什么区别?`: a number glued to its question by a dash. */
const DASH_NUMBER = /^\d{1,4}-(?=[^\s\d-])/;

/**
 * The questions numbered `1-`, `2-`, `3-`… in order from 1 (three or more): there the number is
 * layout. Out of that count ("2-way", "3-way" and "4-way handshake", or a "3-way handshake"
 * after question 5), it is the question's words.
 */
function numberedWithDashes(draft: Draft): ReadonlySet<DraftCard> {
  const numbered = new Set<DraftCard>();
  for (const card of draft.sections.flatMap((s) => s.cards))
    if (DASH_NUMBER.test(card.question) && parseInt(card.question, 10) === numbered.size + 1)
      numbered.add(card);
  return numbered.size >= 3 ? numbered : new Set();
}

/**
 * `base-2`, `base-3`…: the first not taken. Each base remembers where it got to, so a question
 * repeated a thousand times costs a thousand steps, not half a million.
 */
function uniqueIds(): (base: string, taken: { has(id: string): boolean }) => string {
  const next = new Map<string, number>();
  return (base, taken) => {
    let n = next.get(base) ?? 2;
    while (taken.has(`${base}-${n}`)) n++;
    next.set(base, n + 1);
    return `${base}-${n}`;
  };
}

/** The slug of a question, cut at a word boundary so ids stay short. */
function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= MAX_ID_CHARS) return slug;
  const cut = slug.slice(0, MAX_ID_CHARS);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_ID_CHARS);
}
