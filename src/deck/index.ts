// The deck package's public surface: what the build plugin, the deck tool and tests use.
export { parseDeck } from './parse-deck.ts';
export { formatMessage } from './format-message.ts';
export { toOutline } from './outline.ts';
export type { Deck, DeckMessage, DeckRule } from './types.ts';
