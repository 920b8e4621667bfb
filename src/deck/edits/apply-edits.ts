import type { Card, Deck } from '../types.ts';
import type { CardEdits } from './card-edit.ts';

/**
 * The deck with the user's text and tags laid over its cards, as they study it: what an export
 * writes. Suspensions and burials are the user's schedule, not the deck's, and stay out.
 */
export function applyEdits(deck: Deck, edits: CardEdits): Deck {
  const prefix = `${deck.id}/`;
  if (!Object.keys(edits).some((key) => key.startsWith(prefix))) return deck;
  const edited = (card: Card): Card => {
    const key = `${prefix}${card.id}`;
    const edit = Object.hasOwn(edits, key) ? edits[key] : undefined;
    if (!edit) return card;
    const { prompt: _prompt, tags: _tags, ...rest } = card;
    const text = edit.text?.value;
    const prompt = text ? text.prompt : (card.prompt ?? '');
    const tags = edit.tags ? edit.tags.tags : (card.tags ?? []);
    return {
      ...rest,
      ...(text
        ? { question: text.question, questionText: text.questionText, answer: text.answer }
        : {}),
      ...(prompt ? { prompt } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    };
  };
  return {
    ...deck,
    sections: deck.sections.map((section) => ({ ...section, cards: section.cards.map(edited) })),
  };
}
