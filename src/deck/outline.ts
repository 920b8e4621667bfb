import type { Deck, DeckOutline } from './types.ts';

/** The deck without its answers. */
export function toOutline(deck: Deck): DeckOutline {
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    sections: deck.sections.map((section) => ({
      id: section.id,
      title: section.title,
      cards: section.cards.map(({ answer: _answer, ...card }) => card),
    })),
  };
}
