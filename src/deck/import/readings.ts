import type { Deck, DeckMessage } from '../types.ts';
import { fixKey, remembered, unnumberedKey, type ImportFixes } from './fixes.ts';
import { looksLikeQuestion, stripQuestionMarker } from './question.ts';
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
  return read.length > 0 && read.length < inDeck.size && read.every((k) => inDeck.has(k));
}

/** A heading's permalink (`[¶](#id)`, a bare `¶`), as pages made by Sphinx or mdBook carry. */
const PERMALINK = /\s*(?:\[[¶§#🔗]\]\([^)]*\)|¶)\s*$/u;

/** A deck file's question or title without numbering or a permalink: what other shapes give. */
const tidied = (text: string) => stripQuestionMarker(text.replace(PERMALINK, ''));

/**
 * Whether a deck file's words are taken as written (ids and all): not when its questions carry
 * numbering or permalinks, which the reading removes as every other shape does.
 */
export const takenAsWritten = (deck: Deck): boolean =>
  tidied(deck.title) === deck.title &&
  deck.sections.every((s) => s.cards.every((c) => tidied(c.question) === c.question));

/** A deck file's reading, as a draft like the other shapes'. */
export function fromDeck(deck: Deck, messages: readonly DeckMessage[]): Draft {
  return {
    title: deck.title.replace(PERMALINK, ''),
    description: deck.description,
    sections: deck.sections.map((s) => ({
      title: s.title.replace(PERMALINK, ''),
      line: s.cards[0]?.line ?? 1,
      cards: s.cards.map((c) => ({ ...c, question: tidied(c.question) })),
    })),
    messages: messages.map(({ path: _path, ...note }) => note),
  };
}

/** The first step's result completed by the second: what `importDocument` gives. */
export function withRest(first: ImportResult, rest: ImportRest): ImportResult {
  const { pending: _pending, ...done } = first;
  return { ...done, ...rest };
}
