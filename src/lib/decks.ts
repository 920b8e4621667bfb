import type { Card, Deck, Section } from '../deck/types.ts';

// Parsed at build time by scripts/vite-plugin-decks.ts: these are data modules, not markdown.
const modules = import.meta.glob<Deck>('/content/*.md', { eager: true, import: 'default' });

export const decks: readonly Deck[] = Object.values(modules).sort((a, b) =>
  a.title.localeCompare(b.title),
);

export interface CardEntry {
  /** `deckId/cardId`: what progress is keyed by. */
  readonly key: string;
  readonly deck: Deck;
  readonly section: Section;
  readonly card: Card;
  /** 1-based position in the deck, as the app numbers cards. */
  readonly number: number;
}

export const cardKey = (deck: Deck, card: Card) => `${deck.id}/${card.id}`;

/** Every card of a deck in deck order, built once per deck. */
const entriesByDeck = new Map<string, readonly CardEntry[]>(
  decks.map((deck) => {
    let number = 0;
    const entries = deck.sections.flatMap((section) =>
      section.cards.map((card) => ({
        key: cardKey(deck, card),
        deck,
        section,
        card,
        number: ++number,
      })),
    );
    return [deck.id, entries];
  }),
);

const entryByKey = new Map<string, CardEntry>(
  [...entriesByDeck.values()].flat().map((entry) => [entry.key, entry]),
);

export function findDeck(id: string): Deck | undefined {
  return decks.find((deck) => deck.id === id);
}

export function deckEntries(deckId: string): readonly CardEntry[] {
  return entriesByDeck.get(deckId) ?? [];
}

export function findCard(key: string): CardEntry | undefined {
  return entryByKey.get(key);
}

export function countCards(deck: Deck): number {
  return deck.sections.reduce((sum, section) => sum + section.cards.length, 0);
}
