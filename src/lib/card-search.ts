import MiniSearch from 'minisearch';
import { fold } from './fold.ts';

export interface SearchableCard {
  readonly key: string;
  readonly question: string;
  readonly answer: string;
  readonly section: string;
  /** Your own answer to the card (issue 14), searched with the rest. */
  readonly note?: string;
}

/** Typos forgiven: one edit in five letters, in words longer than four. */
const TYPOS = (term: string) => (term.length > 4 ? 0.2 : false);

export interface SearchHit {
  readonly key: string;
  readonly score: number;
  /** The folded words matched, for highlighting. */
  readonly terms: readonly string[];
  /** Some of the words were found in your own answer. */
  readonly inNote: boolean;
}

/**
 * Full-text search over questions and answers with MiniSearch: prefix matching as you type,
 * case and accents ignored, questions weighted above answers. Typos are forgiven only when the
 * words as typed match nothing: otherwise "hooks" would also find (and highlight) "books".
 */
export function createCardSearch(cards: readonly SearchableCard[]) {
  const index = new MiniSearch<SearchableCard>({
    idField: 'key',
    fields: ['question', 'answer', 'section', 'note'],
    processTerm: (term) => fold(term),
    searchOptions: {
      boost: { question: 3, section: 1.5 },
      prefix: true,
      combineWith: 'AND',
    },
  });
  index.addAll(cards);
  const byKey = new Map(cards.map((card) => [card.key, card]));
  return {
    /** Re-indexes one card with your current answer to it ('' when there is none). */
    setNote(key: string, note: string): void {
      const card = byKey.get(key);
      if (!card || (card.note ?? '') === note) return;
      const next = { ...card, note };
      byKey.set(key, next);
      index.replace(next);
    },
    search(query: string): SearchHit[] {
      if (!query.trim()) return [];
      const exact = index.search(query);
      const found = exact.length > 0 ? exact : index.search(query, { fuzzy: TYPOS });
      return found.map((r) => ({
        key: String(r.id),
        score: r.score,
        terms: r.terms,
        inNote: Object.values(r.match).some((fields) => fields.includes('note')),
      }));
    },
  };
}

export type CardSearch = ReturnType<typeof createCardSearch>;
