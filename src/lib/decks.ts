import type { CardOutline, DeckOutline, SectionOutline } from '../deck/types.ts';

// Parsed at build time by scripts/vite-plugin-decks.ts: data modules, not markdown. The first
// screen takes outlines only (no answers); answers load on demand (src/lib/answers.ts).
const outlines = import.meta.glob<DeckOutline>('/content/*.md', {
  eager: true,
  import: 'default',
  query: '?outline',
});

export const decks: readonly DeckOutline[] = Object.values(outlines).sort((a, b) =>
  a.title.localeCompare(b.title),
);

export interface CardEntry {
  /** `deckId/cardId`: what progress is keyed by. */
  readonly key: string;
  readonly deck: DeckOutline;
  readonly section: SectionOutline;
  readonly card: CardOutline;
  /** 1-based position in the deck, as the app numbers cards. */
  readonly number: number;
}

const cardKey = (deck: DeckOutline, card: CardOutline) => `${deck.id}/${card.id}`;

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

export function findDeck(id: string): DeckOutline | undefined {
  return decks.find((deck) => deck.id === id);
}

export function deckEntries(deckId: string): readonly CardEntry[] {
  return entriesByDeck.get(deckId) ?? [];
}

/** Every card of every deck, in deck order. */
export function allEntries(): readonly CardEntry[] {
  return [...entriesByDeck.values()].flat();
}

export function findCard(key: string): CardEntry | undefined {
  return entryByKey.get(key);
}
