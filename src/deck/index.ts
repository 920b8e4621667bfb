export { parseDeck, deckIdFromPath } from './parse-deck.ts';
export { slugify } from './slug.ts';
export { formatMessage } from './format-message.ts';
export { toOutline } from './outline.ts';
export type {
  Card,
  CardOutline,
  Deck,
  DeckMessage,
  DeckOutline,
  DeckRule,
  ParseResult,
  Section,
  SectionOutline,
  Severity,
} from './types.ts';
