import type { CardEntry } from '../../store/decks/index.ts';
import type { CardInsight, CardStatus } from '../../srs/insights.ts';

type SortOrder = 'deck' | 'due' | 'recall';

export interface BrowseFilters {
  readonly query: string;
  readonly section: string;
  readonly status: CardStatus | '';
  readonly dueToday: boolean;
  readonly bookmarked: boolean;
  readonly weak: boolean;
  readonly sort: SortOrder;
}

/** Filters from the URL (`#/browse?q=nacl&filter=bookmarked`), so a view can be linked. */
export function filtersFromParams(params: URLSearchParams): BrowseFilters {
  const flags = new Set((params.get('filter') ?? '').split(',').filter(Boolean));
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    query: params.get('q') ?? '',
    section: params.get('section') ?? '',
    status: status === 'new' || status === 'learning' || status === 'review' ? status : '',
    dueToday: flags.has('due'),
    bookmarked: flags.has('bookmarked'),
    weak: flags.has('weak'),
    sort: sort === 'due' || sort === 'recall' ? sort : 'deck',
  };
}

export function filtersToParams(filters: BrowseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.section) params.set('section', filters.section);
  if (filters.status) params.set('status', filters.status);
  const flags = [
    filters.dueToday && 'due',
    filters.bookmarked && 'bookmarked',
    filters.weak && 'weak',
  ].filter(Boolean);
  if (flags.length) params.set('filter', flags.join(','));
  if (filters.sort !== 'deck') params.set('sort', filters.sort);
  return params;
}

export interface Row {
  readonly entry: CardEntry;
  readonly insight: CardInsight | undefined;
  readonly bookmarked: boolean;
  readonly dueToday: boolean;
}

/** Applies the filters and the sort order; search order wins when there is a query. */
export function applyFilters(
  rows: readonly Row[],
  filters: BrowseFilters,
  searchOrder: boolean,
): Row[] {
  const kept = rows.filter(
    (row) =>
      (!filters.section || row.entry.section.id === filters.section) &&
      (!filters.status || row.insight?.status === filters.status) &&
      (!filters.dueToday || row.dueToday) &&
      (!filters.bookmarked || row.bookmarked) &&
      (!filters.weak || (row.insight?.weak.length ?? 0) > 0),
  );
  if (searchOrder || filters.sort === 'deck') return kept;
  const key =
    filters.sort === 'due'
      ? (row: Row) => row.insight?.due ?? Number.POSITIVE_INFINITY
      : (row: Row) => row.insight?.recall ?? -1;
  return [...kept].sort((a, b) => key(a) - key(b));
}
