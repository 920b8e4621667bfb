import type { Deck } from '../deck/types.ts';

// Parsed at build time by scripts/vite-plugin-decks.ts: these are data modules, not markdown.
const modules = import.meta.glob<Deck>('/content/*.md', { eager: true, import: 'default' });

export const decks: readonly Deck[] = Object.values(modules).sort((a, b) =>
  a.title.localeCompare(b.title),
);

export function findDeck(id: string): Deck | undefined {
  return decks.find((deck) => deck.id === id);
}

export function countCards(deck: Deck): number {
  return deck.sections.reduce((sum, section) => sum + section.cards.length, 0);
}
