export { parseDeck, deckIdFromPath } from './parse-deck.ts';
export { slugify } from './slug.ts';
export { formatMessage } from './format-message.ts';
export type { Card, Deck, DeckMessage, DeckRule, ParseResult, Section, Severity } from './types.ts';
