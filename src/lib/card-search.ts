import MiniSearch from 'minisearch';
import { fold } from './fold.ts';

export interface SearchableCard {
  readonly key: string;
  readonly question: string;
  readonly answer: string;
  readonly section: string;
}

export interface SearchHit {
  readonly key: string;
  readonly score: number;
  /** The folded words matched, for highlighting. */
  readonly terms: readonly string[];
}

/**
 * Full-text search over questions and answers with MiniSearch: prefix matching as you type,
 * a little fuzziness for typos, case and accents ignored, questions weighted above answers.
 */
export function createCardSearch(cards: readonly SearchableCard[]) {
  const index = new MiniSearch<SearchableCard>({
    idField: 'key',
    fields: ['question', 'answer', 'section'],
    processTerm: (term) => fold(term),
    searchOptions: {
      boost: { question: 3, section: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(cards);
  return {
    search(query: string): SearchHit[] {
      if (!query.trim()) return [];
      return index
        .search(query)
        .map((r) => ({ key: String(r.id), score: r.score, terms: r.terms }));
    },
  };
}

export type CardSearch = ReturnType<typeof createCardSearch>;
