import { OWN_ANSWER_LABEL, OWN_ANSWER_MARKER } from '../own-answer-marker.ts';
import { ANSWER_MARKER } from '../parse-card.ts';
import { slugify } from '../slug.ts';
import { tagsComment } from '../tags.ts';
import type { Card, Deck } from '../types.ts';

/**
 * Writes a deck in the deck format (`# Title`, `## Section`, `### Question`, answer), so that
 * `parseDeck` reads back the same sections, questions, ids, tags and answers. An id that the
 * heading would not give by itself is written as `{#id}`; tags go in a `<!-- tags: a b -->` line
 * right under the question; a prompt goes above `<!-- answer -->`.
 * With `ownAnswer`, the reader's own answers follow their cards below `<!-- my answer -->`,
 * quoted and labelled: GitHub shows them as a quote, `parseDeck` reads them back apart.
 */
export function serializeDeck(deck: Deck, ownAnswer?: OwnAnswerOf): string {
  const out: string[] = [`# ${deck.title.trim() || deck.id}`, ''];
  if (deck.description.trim() !== '') out.push(deck.description.trim(), '');
  for (const section of deck.sections) {
    out.push(`## ${heading(section.title, section.id)}`, '');
    for (const card of section.cards) out.push(...cardLines(card, ownAnswer?.(card.id)));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The reader's own answer to a card of the deck (by card id), if they wrote one. */
export type OwnAnswerOf = (cardId: string) => string | undefined;

function cardLines(card: Card, own: string | undefined): string[] {
  const lines = [`### ${heading(card.question, card.id, card.questionText)}`];
  if (card.tags?.length) lines.push(tagsComment(card.tags));
  lines.push('');
  if (card.prompt) lines.push(card.prompt, '', ANSWER_MARKER, '');
  lines.push(card.answer, '');
  if (own?.trim())
    lines.push(OWN_ANSWER_MARKER, '', quote(`${OWN_ANSWER_LABEL}\n\n${own.trim()}`), '');
  return lines;
}

const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

/** A heading's text, with `{#id}` when the text alone would give another id. */
function heading(markdown: string, id: string, text = markdown): string {
  // A trailing ` #` would be read as the heading's closing marks.
  const safe = markdown.trim().replace(/\s(#+)$/, ' \\$1');
  return slugify(text.replace(/\s*\{#[^}]*\}\s*$/, '')) === id && !/\{#[^}]*\}\s*$/.test(safe)
    ? safe
    : `${safe} {#${id}}`;
}
