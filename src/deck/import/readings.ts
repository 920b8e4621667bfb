import type { Card, Deck, DeckMessage } from '../types.ts';
import { fixKey, remembered, unnumberedKey, type ImportFixes } from './fixes.ts';
import { withoutPermalink } from './markdown-doc.ts';
import { isFurnitureTitle } from './navigation.ts';
import { plainQuestion } from './build-deck.ts';
import {
  labelledQuestion,
  looksLikeQuestion,
  stripQuestionMarker,
  tidyQuestion,
} from './question.ts';
import {
  SHAPES,
  type Draft,
  type ImportRest,
  type ImportResult,
  type ShapeName,
  type ShapeReport,
} from './types.ts';

/** How much a shape's find is trusted when scores are compared (plain text is the fallback). */
const WEIGHT: Record<ShapeName, number> = {
  deck: 3,
  anki: 2,
  csv: 2,
  headings: 1,
  details: 1.5,
  choice: 1.5,
  list: 1,
  bold: 1,
  table: 1,
  text: 0.9,
};

/** What a reading found, as `shapesConsidered` lists it. */
export function report(shape: ShapeName, draft: Draft): ShapeReport {
  return { shape, cards: countCards(draft), score: score(draft) * WEIGHT[shape] };
}

/** Best first; ties go to the shape first in `SHAPES`. */
export const byScore = (a: ShapeReport, b: ShapeReport): number =>
  b.score - a.score || SHAPES.indexOf(a.shape) - SHAPES.indexOf(b.shape);

function countCards(draft: Draft): number {
  return draft.sections.reduce(
    (sum, s) => sum + s.cards.filter((c) => c.answer.trim() !== '').length,
    0,
  );
}

/** Cards with answers, counting double those that read like questions. */
function score(draft: Draft): number {
  let total = 0;
  for (const section of draft.sections) {
    for (const card of section.cards) {
      if (card.answer.trim() === '') total -= 0.5;
      else total += looksLikeQuestion(card.question) ? 2 : 1;
    }
  }
  return total;
}

/**
 * The most a reading can score when it finds at most `cards` cards, known without making it:
 * a card scores at most 2 (an answered question that reads like one), times the shape's
 * weight. The preview's fixes only take cards away or reword them, except a split, which makes
 * two of a card (of every card asking the same): hence twice as many when there are splits.
 */
export function maxScore(shape: ShapeName, cards: number, fixes: ImportFixes | undefined): number {
  const split = (fixes?.splits?.length ?? 0) > 0 ? 2 : 1;
  return 2 * WEIGHT[shape] * cards * split;
}

/**
 * What other readings ask that the chosen deck does not, once each, in document order: a
 * question the deck asks under another number is the same question.
 */
export function alternativesTo(
  deck: Deck,
  drafts: readonly Draft[],
): { line: number; question: string }[] {
  const keyOf = remembered(unnumberedKey);
  const asked = new Set(deck.sections.flatMap((s) => s.cards.map((c) => keyOf(c.questionText))));
  const found = new Map<string, { line: number; question: string }>();
  for (const draft of drafts)
    for (const { line, question } of [
      ...draft.sections.flatMap((s) => s.cards),
      ...(draft.candidates ?? []),
    ]) {
      const key = keyOf(question);
      if (key === '' || asked.has(key) || found.has(key)) continue;
      found.set(key, { line, question: question.trim() });
    }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** Whether the headings reading asks a subset of what the deck format found, leaving some out. */
export function preferHeadings(drafts: ReadonlyMap<ShapeName, Draft>): boolean {
  const deck = drafts.get('deck');
  const headings = drafts.get('headings');
  if (!deck || !headings) return false;
  // Keying every question is the cost: a reading with as many cards asks no fewer questions.
  const count = (d: Draft) => d.sections.reduce((sum, s) => sum + s.cards.length, 0);
  const asked = count(headings);
  if (asked === 0 || asked >= count(deck)) return false;
  const keyOf = remembered(fixKey);
  const keys = (d: Draft) => d.sections.flatMap((s) => s.cards.map((c) => keyOf(c.question)));
  const inDeck = new Set(keys(deck));
  const read = keys(headings);
  if (read.length === 0 || read.length >= inDeck.size || !read.every((k) => inDeck.has(k)))
    return false;
  // Only when what it leaves out is about the page (contents, a footer): a deck's terms or
  // tasks, which a page's FAQ rules would leave out, stay.
  const kept = new Set(read);
  return deck.sections.every((s) =>
    s.cards.every((c) => kept.has(keyOf(c.question)) || isFurnitureTitle(keyOf(c.question))),
  );
}

/**
 * A deck file's words as other readings give them: no permalinks, and no numbering when most
 * of its questions are numbered (`### 3. What is the ISR?`; one `### 3-way handshake` keeps its
 * number). Ids, sections and own answers stay as written: progress follows the ids.
 */
export function tidyDeckFile(file: Deck): Deck {
  const deck = withLabelledQuestions(file);
  const cards = deck.sections.flatMap((s) => s.cards);
  const numbered = cards.filter((c) => stripQuestionMarker(c.questionText) !== c.questionText);
  const unnumber = numbered.length > 0 && numbered.length >= cards.length / 2;
  const tidy = (text: string) => {
    const plain = withoutPermalink(text);
    return unnumber ? stripQuestionMarker(plain) : plain;
  };
  const same = (c: Card) =>
    tidy(c.question) === c.question && tidy(c.questionText) === c.questionText;
  const titled = (text: string) => withoutPermalink(text) === text;
  if (titled(deck.title) && deck.sections.every((s) => titled(s.title) && s.cards.every(same)))
    return deck;
  return {
    ...deck,
    title: withoutPermalink(deck.title),
    sections: deck.sections.map((s) => ({
      ...s,
      title: withoutPermalink(s.title),
      cards: s.cards.map((c) =>
        same(c) ? c : { ...c, question: tidy(c.question), questionText: tidy(c.questionText) },
      ),
    })),
  };
}

/** Topic headings over a labelled question (`📚 Question: What is…?`): that line asks. */
function withLabelledQuestions(deck: Deck): Deck {
  let changed = false;
  const relabel = (card: Card): Card => {
    const found = labelledQuestion(card.questionText, card.answer);
    if (!found) return card;
    changed = true;
    const question = tidyQuestion(found.question);
    return {
      ...card,
      question,
      questionText: plainQuestion(question),
      answer: found.answer.trim(),
    };
  };
  const sections = deck.sections.map((s) => ({ ...s, cards: s.cards.map(relabel) }));
  return changed ? { ...deck, sections } : deck;
}

/** A deck file's reading (tidied by `tidyDeckFile`), as a draft like the other shapes'. */
export function fromDeck(deck: Deck, messages: readonly DeckMessage[]): Draft {
  return {
    title: deck.title,
    description: deck.description,
    sections: deck.sections.map((s) => ({
      title: s.title,
      line: s.cards[0]?.line ?? 1,
      cards: s.cards.map((c) => ({ ...c })),
    })),
    messages: messages.map(({ path: _path, ...note }) => note),
  };
}

/** The first step's result completed by the second: what `importDocument` gives. */
export function withRest(first: ImportResult, rest: ImportRest): ImportResult {
  const { pending: _pending, ...done } = first;
  return { ...done, ...rest };
}
