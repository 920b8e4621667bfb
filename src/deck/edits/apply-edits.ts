import { toOutline } from '../outline.ts';
import type { Card, CardOutline, Deck } from '../types.ts';
import type { CardEdits } from './card-edit.ts';
import { overlayDeck } from './overlay.ts';

/** A card as a deck file has it: without the marks the user's layer adds. */
function plain(card: CardOutline, answer: string): Card {
  const {
    edited: _edited,
    added: _added,
    note: _note,
    suspended: _suspended,
    buriedUntil: _buried,
    ...own
  } = card;
  return { ...own, answer };
}

/**
 * The deck as the user studies it, for an export: their text and tags, cards added, moved and
 * deleted, cloze and reverse cards as the cards they make. Suspensions and burials are the
 * user's schedule, not the deck's, and stay out.
 */
export function applyEdits(deck: Deck, edits: CardEdits): Deck {
  const prefix = `${deck.id}/`;
  if (!Object.keys(edits).some((key) => key.startsWith(prefix))) return deck;
  const own = new Map(
    deck.sections.flatMap((s) => s.cards.map((c) => [`${prefix}${c.id}`, c.answer])),
  );
  const { deck: shown, answers } = overlayDeck(toOutline(deck), edits, (key) => own.get(key));
  return {
    ...deck,
    sections: shown.sections.map((section) => ({
      id: section.id,
      title: section.title,
      cards: section.cards.map((card) => {
        const key = `${prefix}${card.id}`;
        return plain(card, answers.get(key) ?? own.get(key) ?? '');
      }),
    })),
  };
}
