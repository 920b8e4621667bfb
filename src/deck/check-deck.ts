import {
  findPathology,
  MAX_ANSWER_BYTES,
  MAX_DECK_CARDS,
  MAX_QUESTION_CHARS,
  utf8Bytes,
} from './limits.ts';
import { ID_PATTERN } from './slug.ts';
import { MAX_TAG_CHARS, MAX_TAGS, TAG_PATTERN } from './tags.ts';
import type { Card, Deck, Section } from './types.ts';

/**
 * Caps for a deck read from a file (a backup): at least what the importer and the deck format
 * can produce — a deck-format heading's id is the slug of the whole question, uncut — and no
 * more than a deck anyone would study.
 */
const CAPS = Object.freeze({
  title: MAX_QUESTION_CHARS * 4,
  description: MAX_ANSWER_BYTES,
  /** A question's markdown: its plain text is capped by the importer, links and code add some. */
  question: MAX_QUESTION_CHARS * 4,
  /** Ids are slugs of questions and section titles. */
  id: MAX_QUESTION_CHARS * 4,
  // Each section has a card at least: as many as the cards, so no deck the importer makes is refused.
  sections: MAX_DECK_CARDS,
  cards: MAX_DECK_CARDS,
  /**
   * Characters of the whole deck as JSON: the importer reads documents up to 10 MB, and its
   * deck holds each question twice (markdown and text) and ids besides.
   */
  total: 64 * 1024 * 1024,
});

class Bad extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, what: string, max: number, empty = false): string {
  if (typeof value !== 'string') throw new Bad(`${what} is not text`);
  if (!empty && value.trim() === '') throw new Bad(`${what} is empty`);
  if (value.length > max) throw new Bad(`${what} has ${value.length} characters, at most ${max}`);
  return value;
}

function id(value: unknown, what: string): string {
  const found = text(value, what, CAPS.id);
  if (!ID_PATTERN.test(found)) throw new Bad(`${what} is not lowercase words joined by hyphens`);
  return found;
}

/** Markdown shown to the user: capped, and refused where it would take the parser forever. */
function markdown(value: unknown, what: string, empty: boolean): string {
  const found = text(value, what, MAX_ANSWER_BYTES, empty);
  const bytes = utf8Bytes(found);
  if (bytes > MAX_ANSWER_BYTES) {
    throw new Bad(
      `${what} is ${Math.ceil(bytes / 1024)} KB, at most ${MAX_ANSWER_BYTES / 1024} KB`,
    );
  }
  const pathology = findPathology(found);
  if (pathology) throw new Bad(`${what}, line ${pathology.line}: ${pathology.reason}`);
  return found;
}

/** A card's tags: a short list of short labels as `normalizeTag` makes them, none twice. */
function tags(value: unknown, what: string): readonly string[] {
  if (!Array.isArray(value)) throw new Bad(`${what} are not a list`);
  const list: readonly unknown[] = value;
  if (list.length > MAX_TAGS) throw new Bad(`${what} are ${list.length}, at most ${MAX_TAGS}`);
  const seen = new Set<string>();
  for (const tag of list) {
    const found = text(tag, `a tag of ${what}`, MAX_TAG_CHARS);
    if (!TAG_PATTERN.test(found) || found !== found.toLowerCase()) {
      throw new Bad(`${what} hold "${found}", expected a lower-case word without spaces`);
    }
    if (seen.has(found)) throw new Bad(`${what} hold "${found}" twice`);
    seen.add(found);
  }
  return [...seen];
}

function card(value: unknown, where: string, ids: Set<string>): Card {
  if (!isRecord(value)) throw new Bad(`${where} is not a card`);
  const cardId = id(value.id, `${where}’s id`);
  if (ids.has(cardId)) throw new Bad(`card id ${cardId} appears twice`);
  ids.add(cardId);
  const at = `card ${cardId}`;
  const line = value.line ?? 1;
  if (typeof line !== 'number' || !Number.isSafeInteger(line) || line < 1) {
    throw new Bad(`${at}’s line is not a positive whole number`);
  }
  const prompt = value.prompt === undefined ? '' : markdown(value.prompt, `${at}’s prompt`, true);
  const cardTags = value.tags === undefined ? [] : tags(value.tags, `${at}’s tags`);
  return {
    id: cardId,
    question: text(value.question, `${at}’s question`, CAPS.question),
    questionText: text(value.questionText, `${at}’s question text`, CAPS.question),
    ...(prompt ? { prompt } : {}),
    answer: markdown(value.answer, `${at}’s answer`, false),
    line,
    ...(cardTags.length > 0 ? { tags: cardTags } : {}),
  };
}

function section(value: unknown, where: string, sectionIds: Set<string>, cardIds: Set<string>) {
  if (!isRecord(value)) throw new Bad(`${where} is not a section`);
  const sectionId = id(value.id, `${where}’s id`);
  if (sectionIds.has(sectionId)) throw new Bad(`section id ${sectionId} appears twice`);
  sectionIds.add(sectionId);
  const at = `section ${sectionId}`;
  if (!Array.isArray(value.cards) || value.cards.length === 0) {
    throw new Bad(`${at} has no list of cards`);
  }
  const cards: readonly unknown[] = value.cards;
  if (cardIds.size + cards.length > CAPS.cards) {
    throw new Bad(`more than ${CAPS.cards} cards`);
  }
  return {
    id: sectionId,
    title: text(value.title, `${at}’s title`, CAPS.title),
    cards: cards.map((c, i) => card(c, `card ${i + 1} of ${at}`, cardIds)),
  } satisfies Section;
}

/**
 * Checks a deck that came from outside (a backup file) field by field, as untrusted input:
 * the shape of `Deck`, ids the app can key progress by, the importer's size caps and the
 * parser's refusal of pathological markdown. Returns a fresh deck holding only known fields,
 * or the first thing wrong with it.
 */
export function checkDeck(
  value: unknown,
): { readonly deck: Deck } | { readonly reason: string; readonly id?: string } {
  const deckId = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
  try {
    if (!isRecord(value)) throw new Bad('it is not a deck');
    if (JSON.stringify(value).length > CAPS.total) {
      throw new Bad(`it is bigger than ${CAPS.total / 1024 / 1024} MB`);
    }
    const checkedId = id(value.id, 'its id');
    if (!Array.isArray(value.sections) || value.sections.length === 0) {
      throw new Bad('it has no list of sections');
    }
    const sections: readonly unknown[] = value.sections;
    if (sections.length > CAPS.sections) throw new Bad(`more than ${CAPS.sections} sections`);
    const sectionIds = new Set<string>();
    const cardIds = new Set<string>();
    return {
      deck: {
        id: checkedId,
        title: text(value.title, 'its title', CAPS.title),
        description:
          value.description === undefined
            ? ''
            : markdown(value.description, 'its description', true),
        sections: sections.map((s, i) => section(s, `section ${i + 1}`, sectionIds, cardIds)),
      },
    };
  } catch (error) {
    if (!(error instanceof Bad)) throw error;
    return { reason: error.message, ...(deckId === undefined ? {} : { id: deckId }) };
  }
}
