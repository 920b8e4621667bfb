import type { CardEntry } from '../../store/decks/index.ts';
import type { CardInsight, CardStatus } from '../../srs/insights.ts';
import { countTags } from '../../deck/tags.ts';
import { fold } from '../../lib/fold.ts';
import { holdsWord, type IsValue, type SearchQuery } from '../../lib/search-query.ts';

type SortOrder = 'deck' | 'due' | 'recall';

/** The Show menu: every card, or only those the user set apart or changed. */
export const SHOW_VALUES = ['suspended', 'buried', 'edited'] as const;
type Show = (typeof SHOW_VALUES)[number];

export interface BrowseFilters {
  readonly query: string;
  /** A deck's id, or '' for every deck. */
  readonly deck: string;
  /** `deckId/sectionId` (a bare section id, from older links, matches it in any deck). */
  readonly section: string;
  /** One of the cards' tags (lower case, as cards keep them), or '' for any. */
  readonly tag: string;
  readonly status: CardStatus | '';
  /** Only suspended, buried (until later than now) or edited cards; '' for every card. */
  readonly show: Show | '';
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
  const show = SHOW_VALUES.find((value) => value === params.get('show')) ?? '';
  return {
    query: params.get('q') ?? '',
    deck: params.get('deck') ?? '',
    section: params.get('section') ?? '',
    tag: (params.get('tag') ?? '').toLowerCase(),
    status: status === 'new' || status === 'learning' || status === 'review' ? status : '',
    show,
    dueToday: flags.has('due'),
    bookmarked: flags.has('bookmarked'),
    weak: flags.has('weak'),
    sort: sort === 'due' || sort === 'recall' ? sort : 'deck',
  };
}

export function filtersToParams(filters: BrowseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.deck) params.set('deck', filters.deck);
  if (filters.section) params.set('section', filters.section);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.status) params.set('status', filters.status);
  if (filters.show) params.set('show', filters.show);
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
  /** Buried until later than now. */
  readonly buried?: boolean;
}

/** Whether a row is what `is:` (or the Show menu) asks for. */
function rowIs(row: Row, is: IsValue): boolean {
  const { card } = row.entry;
  switch (is) {
    case 'bookmarked':
      return row.bookmarked;
    case 'due':
      return row.dueToday;
    case 'weak':
      return (row.insight?.weak.length ?? 0) > 0;
    case 'suspended':
      return card.suspended === true;
    case 'buried':
      return row.buried === true;
    case 'edited':
      return card.edited === true;
    default:
      return (row.insight?.status ?? 'new') === is;
  }
}

/** Applies the filters and the sort order; search order wins when there is a query. */
export function applyFilters(
  rows: readonly Row[],
  filters: BrowseFilters,
  searchOrder: boolean,
): Row[] {
  const kept = rows.filter(
    (row) =>
      (!filters.deck || row.entry.deck.id === filters.deck) &&
      (!filters.section || inSection(row.entry, filters.section)) &&
      (!filters.tag || (row.entry.card.tags ?? []).includes(filters.tag)) &&
      (!filters.status || row.insight?.status === filters.status) &&
      (!filters.show || rowIs(row, filters.show)) &&
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

/** Every tag these cards carry with how many carry it, by name: the Tag menu's choices. */
export const tagCounts = (entries: readonly CardEntry[]) => countTags(entries.map((e) => e.card));

/** How many of these cards each Show choice lists (buried: until later than `now`). */
export function showCounts(entries: readonly CardEntry[], now: number): Record<Show, number> {
  const counts = { suspended: 0, buried: 0, edited: 0 };
  for (const { card } of entries) {
    if (card.suspended) counts.suspended++;
    if ((card.buriedUntil ?? 0) > now) counts.buried++;
    if (card.edited) counts.edited++;
  }
  return counts;
}

/** The value a section is chosen by: unique across decks, whose sections may share ids. */
export const sectionValue = (entry: Pick<CardEntry, 'deck' | 'section'>): string =>
  `${entry.deck.id}/${entry.section.id}`;

function inSection(entry: CardEntry, section: string): boolean {
  return section.includes('/') ? sectionValue(entry) === section : entry.section.id === section;
}

/** The card's searchable text, folded: section, question, answer and the user's own answer. */
export type CardText = (entry: CardEntry) => string;

/**
 * `CardText` over these answers (plain text) and own answers, each card folded once, when a
 * phrase or an exclusion first asks for it: as the words do, they look at the whole card.
 */
export function cardTexts(
  answers: ReadonlyMap<string, string>,
  notes: Readonly<Record<string, { readonly text: string } | undefined>>,
): CardText {
  const folded = new Map<string, string>();
  return (entry) => {
    let text = folded.get(entry.key);
    if (text === undefined) {
      const { key, section, card } = entry;
      text = fold(
        `${section.title}\n${card.questionText}\n${answers.get(key) ?? ''}\n${notes[key]?.text ?? ''}`,
      );
      folded.set(key, text);
    }
    return text;
  };
}

/** Whether a row passes a search's operators, phrases and exclusions (its words are MiniSearch's). */
export function matchesSearch(row: Row, query: SearchQuery, text: CardText): boolean {
  const { entry } = row;
  const anyOf = (values: readonly string[], ...names: string[]) =>
    values.length === 0 || values.some((v) => names.some((name) => fold(name).includes(v)));
  if (!anyOf(query.decks, entry.deck.title, entry.deck.id)) return false;
  if (!anyOf(query.sections, entry.section.title, entry.section.id)) return false;
  const tags = entry.card.tags ?? [];
  if (!query.tags.every((tag) => tags.some((t) => fold(t) === tag))) return false;
  if (!query.is.every((is) => rowIs(row, is))) return false;
  if (query.phrases.length === 0 && query.excluded.length === 0) return true;
  const folded = text(entry);
  return (
    query.phrases.every((phrase) => folded.includes(phrase)) &&
    !query.excluded.some((word) => holdsWord(folded, word))
  );
}
