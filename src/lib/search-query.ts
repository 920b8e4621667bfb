import { fold } from './fold.ts';

/** What `is:` can ask for. */
export const IS_VALUES = [
  'bookmarked',
  'due',
  'new',
  'learning',
  'review',
  'weak',
  'suspended',
  'buried',
  'edited',
] as const;
export type IsValue = (typeof IS_VALUES)[number];

/**
 * A search as typed in Cards, taken apart: the words for full-text search, and the operators
 * that narrow it. Every value is folded (lower case, no accents), as the text it is matched
 * against is.
 */
export interface SearchQuery {
  /** Free words, for the full-text index. */
  readonly text: string;
  /** `"exact phrase"`: each must appear as written in the question, answer or own answer. */
  readonly phrases: readonly string[];
  /** `-word` or `-"a phrase"`: cards containing any of them are left out. */
  readonly excluded: readonly string[];
  /** `deck:aws`: the deck's name or id contains it (several: any of them). */
  readonly decks: readonly string[];
  /** `section:networking`: the section's title or id contains it (several: any of them). */
  readonly sections: readonly string[];
  /** `tag:networking`: the card has that tag (several: all of them). */
  readonly tags: readonly string[];
  /** `is:bookmarked`, `is:due`, `is:suspended`…: every one must hold. */
  readonly is: readonly IsValue[];
  /** Operators not understood (`is:starred`), to say so rather than match nothing silently. */
  readonly unknown: readonly string[];
}

// One token: an optional `-`, an optional `name:`, then a quoted or a bare value.
const TOKEN = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S+))/gi;
const OPERATORS = new Set(['deck', 'section', 'tag', 'is']);

export function parseSearchQuery(input: string): SearchQuery {
  const words: string[] = [];
  const out = {
    phrases: [] as string[],
    excluded: [] as string[],
    decks: [] as string[],
    sections: [] as string[],
    tags: [] as string[],
    is: [] as IsValue[],
    unknown: [] as string[],
  };
  for (const match of input.matchAll(TOKEN)) {
    const [whole, minus, rawName, quoted, bare] = match;
    const name = rawName?.toLowerCase();
    const value = fold((quoted ?? bare ?? '').trim());
    // `http://…` or `Access-Control-Allow-Origin:` is text, not an operator.
    if (name !== undefined && !OPERATORS.has(name)) {
      words.push(whole.replace(/^-/, ''));
      continue;
    }
    if (value === '') continue;
    if (name === 'is') {
      const known = (IS_VALUES as readonly string[]).includes(value);
      if (known) out.is.push(value as IsValue);
      else out.unknown.push(`is:${value}`);
    } else if (name === 'deck') out.decks.push(value);
    else if (name === 'section') out.sections.push(value);
    else if (name === 'tag') out.tags.push(value.replace(/^#/, ''));
    else if (minus) out.excluded.push(value);
    else if (quoted !== undefined) out.phrases.push(value);
    else words.push(bare ?? '');
  }
  return { text: words.join(' '), ...out };
}

/** Whether the query narrows by anything besides its free words. */
export const hasOperators = (q: SearchQuery): boolean =>
  q.phrases.length + q.excluded.length + q.decks.length + q.sections.length + q.tags.length > 0 ||
  q.is.length > 0;

/** `text` (folded) holds `needle` (folded) starting at a word's start. */
export function holdsWord(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return true;
  }
  return false;
}
