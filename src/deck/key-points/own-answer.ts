import type { Deck } from '../types.ts';

/**
 * Your own answer to a card — your phrasing, your STAR story for a behavioural question —
 * shown beside the model answer. `at` is when it was last edited (ms), so that two copies
 * (two tabs, a backup) merge to the newer one; a cleared answer is kept as empty text with its
 * time, so an older copy cannot bring it back.
 */
export interface OwnAnswer {
  readonly text: string;
  readonly at: number;
}

/** Own answers by card key (`deckId/cardId`, as progress is keyed). */
export type OwnAnswers = Readonly<Record<string, OwnAnswer>>;

/** Long enough for any spoken answer written down (a two-minute answer is ~2,000 characters). */
export const MAX_OWN_ANSWER_CHARS = 20_000;

// The store's card-key shape: a deck file name, a slash, a card id.
const CARD_KEY = /^[A-Za-z0-9_.-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why `text` cannot be saved as an own answer, or null when it can. */
export function ownAnswerProblem(text: string): string | null {
  const length = [...text].length;
  return length > MAX_OWN_ANSWER_CHARS
    ? `Your answer is ${length.toLocaleString('en')} characters, expected at most ${MAX_OWN_ANSWER_CHARS.toLocaleString('en')}`
    : null;
}

/**
 * The answers with one card's answer set to `text` (line endings made `\n`; blank text clears
 * it). Check {@link ownAnswerProblem} first: text over the limit is a caller's error.
 */
export function setOwnAnswer(
  answers: OwnAnswers,
  key: string,
  text: string,
  now: number,
): OwnAnswers {
  const problem = ownAnswerProblem(text);
  if (problem) throw new RangeError(problem);
  const normalized = text.replace(/\r\n?/g, '\n');
  return { ...answers, [key]: { text: normalized.trim() === '' ? '' : normalized, at: now } };
}

/**
 * Combines two copies card by card: the newer edit wins. Ties (the same edit time) go to the
 * longer, then the alphabetically later text, so both sides of a merge reach the same result.
 */
export function mergeOwnAnswers(local: OwnAnswers, remote: OwnAnswers): OwnAnswers {
  const merged: Record<string, OwnAnswer> = { ...local };
  for (const [key, theirs] of Object.entries(remote)) {
    const ours = merged[key];
    if (!ours || wins(theirs, ours)) merged[key] = theirs;
  }
  return merged;
}

function wins(a: OwnAnswer, b: OwnAnswer): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.text.length !== b.text.length) return a.text.length > b.text.length;
  return a.text > b.text;
}

export interface DecodedOwnAnswers {
  readonly answers: OwnAnswers;
  /** Entries that could not be read, kept aside with the reason, never silently dropped. */
  readonly rejected: readonly {
    readonly key: string;
    readonly value: unknown;
    readonly reason: string;
  }[];
}

/**
 * Reads own answers from saved or imported data. One bad entry does not lose the others: it
 * is returned in `rejected` with a reason, for the caller to keep aside and report.
 */
export function decodeOwnAnswers(value: unknown): DecodedOwnAnswers {
  if (value === undefined || value === null) return { answers: {}, rejected: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      answers: {},
      rejected: [{ key: '', value, reason: 'own answers should be an object' }],
    };
  }
  const answers: Record<string, OwnAnswer> = {};
  const rejected: { key: string; value: unknown; reason: string }[] = [];
  for (const [key, entry] of Object.entries(value)) {
    const reason = entryProblem(key, entry);
    if (reason) rejected.push({ key, value: entry, reason });
    else answers[key] = { text: (entry as OwnAnswer).text, at: (entry as OwnAnswer).at };
  }
  return { answers, rejected };
}

function entryProblem(key: string, entry: unknown): string | null {
  if (UNSAFE_KEYS.has(key) || !CARD_KEY.test(key)) return `"${key}" is not a card key`;
  if (typeof entry !== 'object' || entry === null)
    return `the answer to ${key} should be an object`;
  const { text, at } = entry as Partial<Record<keyof OwnAnswer, unknown>>;
  if (typeof text !== 'string') return `the answer to ${key} has no text`;
  if (ownAnswerProblem(text)) return `the answer to ${key} is too long`;
  if (!Number.isSafeInteger(at) || (at as number) < 0)
    return `the answer to ${key} has no valid edit time`;
  return null;
}

/**
 * The deck's questions with your answers, in deck order, as markdown to export. Your text is
 * quoted line by line, so a `#` in it can never start a new card if the file is read back.
 */
export function ownAnswersToMarkdown(deck: Deck, answers: OwnAnswers): string {
  const parts = [`# ${deck.title}: my answers`];
  for (const section of deck.sections) {
    const cards = section.cards.filter((card) => answers[`${deck.id}/${card.id}`]?.text);
    if (cards.length === 0) continue;
    parts.push(`## ${section.title}`);
    for (const card of cards) {
      const text = answers[`${deck.id}/${card.id}`]?.text ?? '';
      const quoted = text.split('\n').map((line) => (line ? `> ${line}` : '>'));
      parts.push(`### ${card.question}`, quoted.join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * A deck read from a file exported "with my answers", split into the deck (model answers only)
 * and the reader's own answers by card id, which belong in the notes, not in the deck.
 */
export function splitOwnAnswers(deck: Deck): { deck: Deck; own: ReadonlyMap<string, string> } {
  const own = new Map<string, string>();
  const sections = deck.sections.map((section) => ({
    ...section,
    cards: section.cards.map(({ ownAnswer, ...card }) => {
      if (ownAnswer?.trim()) own.set(card.id, ownAnswer);
      return card;
    }),
  }));
  return own.size === 0 ? { deck, own } : { deck: { ...deck, sections }, own };
}
