import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Checkbox } from '../../components/checkbox.tsx';
import { DeckSelect } from '../../components/deck-select.tsx';
import { TagPicker } from '../../components/tag-picker.tsx';
import { useInsights } from '../../hooks/use-insights.ts';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { localUtcOffset, useProgress } from '../../store/progress/index.ts';
import {
  ALL_DECKS,
  allEntries,
  deckEntries,
  decks,
  studyEntries,
} from '../../store/decks/index.ts';
import { browseHref, studyAllHref, studyHref } from '../../lib/route.ts';
import { useNow } from '../../hooks/use-now.ts';
import { isDueToday } from '../../srs/insights.ts';
import { hasOperators, IS_VALUES, parseSearchQuery } from '../../lib/search-query.ts';
import {
  applyFilters,
  cardTexts,
  filtersFromParams,
  filtersToParams,
  matchesSearch,
  sectionValue,
  SHOW_VALUES,
  showCounts,
  tagCounts,
  type BrowseFilters,
  type Row,
} from './browse-filters.ts';
import { BrowseRow } from './browse-row.tsx';
import { SearchHelp } from './search-help.tsx';
import { UnsuspendAll } from './unsuspend-all.tsx';
import { useCardSearch } from './use-card-search.ts';
import { useRowsDrawn } from './use-rows-drawn.ts';
import { plural } from '../../lib/plural.ts';
import './browse.css';

/** The tags of one deck's cards (its id), or of every deck's (''), with their counts. */
const tagsOf = (deck: string) => tagCounts(deck ? deckEntries(deck) : allEntries());

/** The Show menu's words for each choice. */
const SHOW_NAMES = { suspended: 'Suspended', buried: 'Buried', edited: 'Edited' } as const;

/** Rows shown at once; more on request, so even a 5,000-card deck renders instantly. */
const PAGE = 100;

/**
 * Puts the filters in the URL. Typing replaces the entry (Back is not flooded, one step per
 * key) and tells the router, which hears no event from replaceState; a filter change is a step.
 */
function showFilters(filters: BrowseFilters, typing: boolean): void {
  const hash = browseHref(Object.fromEntries(filtersToParams(filters)));
  if (hash === window.location.hash) return;
  if (!typing) {
    window.location.hash = hash;
    return;
  }
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Every card in a list, with full-text search, filters and sort orders. */
export function BrowsePage({ params }: { params: URLSearchParams }) {
  // The URL is the one source of the filters: a link, the header's "Cards", Back or a typed
  // hash all show what they say.
  const search = params.toString();
  const deckSet = useDecksVersion();
  // A link naming a deck that is not here (deleted, or from another device) shows every deck,
  // as its menu does, rather than an empty list; a tag no card of it carries, any tag.
  const asked = useMemo(() => filtersFromParams(new URLSearchParams(search)), [search]);
  const deck = decks.some((d) => d.id === asked.deck) ? asked.deck : '';
  // Counted over every card: once per deck shown, not at each key typed in the search box.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `deckSet`: the decks changed
  const tags = useMemo(() => tagsOf(deck), [deck, deckSet]);
  const filters = useMemo(
    () => ({ ...asked, deck, tag: tags.some(([t]) => t === asked.tag) ? asked.tag : '' }),
    [asked, deck, tags],
  );
  const [paging, setPaging] = useState({ search, shown: PAGE });
  const shown = paging.search === search ? paging.shown : PAGE;
  const drawn = useRowsDrawn(shown);
  const searchBox = useRef<HTMLInputElement>(null);
  const ids = {
    search: useId(),
    section: useId(),
    tag: useId(),
    status: useId(),
    show: useId(),
    sort: useId(),
  };
  const time = useNow(60_000);
  const insights = useInsights(time);
  const states = useProgress((s) => s.cards);
  const bookmarks = useProgress((s) => s.bookmarks);
  const dayStartHour = useProgress((s) => s.settings.dayStartHour);
  const query = useMemo(() => parseSearchQuery(filters.query), [filters.query]);
  const { hits, answers, notes } = useCardSearch(query.text);
  const cardText = useMemo(() => cardTexts(answers, notes), [answers, notes]);
  const shownDecks = filters.deck || ALL_DECKS;
  const setApart = useMemo(
    () => showCounts(deckEntries(shownDecks), time),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deckSet`: the decks changed
    [shownDecks, deckSet, time],
  );
  // The chosen tag's cards that can be studied now (not suspended, not buried).
  const tagToStudy = useMemo(
    () =>
      filters.tag
        ? studyEntries(shownDecks, time).filter((e) => e.card.tags?.includes(filters.tag)).length
        : 0,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deckSet`: the decks changed
    [shownDecks, filters.tag, deckSet, time],
  );

  // The search box has focus on arrival (`/` from anywhere brings you here).
  useEffect(() => searchBox.current?.focus(), []);

  const rows = useMemo(() => {
    const all: Row[] = (hits ? allEntries().filter((e) => hits.has(e.key)) : allEntries()).map(
      (entry) => ({
        entry,
        insight: insights.get(entry.key),
        bookmarked: bookmarks[entry.key]?.on === true,
        dueToday: isDueToday(states[entry.key], time, localUtcOffset, dayStartHour),
        buried: (entry.card.buriedUntil ?? 0) > time,
      }),
    );
    if (hits)
      all.sort((a, b) => (hits.get(b.entry.key)?.score ?? 0) - (hits.get(a.entry.key)?.score ?? 0));
    const searched = hasOperators(query)
      ? all.filter((row) => matchesSearch(row, query, cardText))
      : all;
    return applyFilters(searched, filters, hits !== null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deckSet`: allEntries() changed
  }, [hits, insights, bookmarks, states, time, dayStartHour, filters, query, cardText, deckSet]);

  const update = (change: Partial<BrowseFilters>) =>
    showFilters({ ...filters, ...change }, 'query' in change);
  const several = decks.length > 1;
  // The sections of the deck chosen, or of every deck, grouped under their deck's name.
  const sectionGroups = decks.filter((deck) => !filters.deck || deck.id === filters.deck);

  return (
    <section aria-labelledby="browse-title">
      <h1 id="browse-title">Cards</h1>
      <form className="browse-controls" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field browse-search">
          <label htmlFor={ids.search}>
            Search questions and answers <kbd>/</kbd>
          </label>
          <input
            id={ids.search}
            ref={searchBox}
            type="search"
            value={filters.query}
            onChange={(e) => update({ query: e.target.value })}
            placeholder="e.g. NACL, cold start, Access-Control-Allow-Origin"
            autoComplete="off"
            data-search-box
            aria-describedby={`${ids.search}-help`}
          />
          <SearchHelp id={`${ids.search}-help`} />
          {query.unknown.length > 0 && (
            <p className="hint" role="note">
              Not understood: {query.unknown.join(', ')}. <code>is:</code> takes{' '}
              {IS_VALUES.join(', ')}.
            </p>
          )}
        </div>
        <div className="filter-row">
          <DeckSelect
            value={filters.deck}
            onChange={(deck) =>
              update({
                deck,
                section: '',
                // A tag the new deck's cards carry too stays chosen.
                tag: tagsOf(deck).some(([t]) => t === filters.tag) ? filters.tag : '',
              })
            }
          />
          <div className="field">
            <label htmlFor={ids.section}>Section</label>
            <select
              id={ids.section}
              value={filters.section}
              onChange={(e) => update({ section: e.target.value })}
            >
              <option value="">All sections</option>
              {sectionGroups.map((deck) =>
                several ? (
                  <optgroup key={deck.id} label={deck.title}>
                    {deck.sections.map((section) => (
                      <option key={section.id} value={sectionValue({ deck, section })}>
                        {section.title}
                      </option>
                    ))}
                  </optgroup>
                ) : (
                  deck.sections.map((section) => (
                    <option key={section.id} value={sectionValue({ deck, section })}>
                      {section.title}
                    </option>
                  ))
                ),
              )}
            </select>
          </div>
          <TagPicker
            id={ids.tag}
            label="Tag"
            tags={tags}
            value={filters.tag}
            onChange={(tag) => update({ tag })}
          />
          {tagToStudy > 0 && (
            <a
              className="browse-tag-study"
              href={
                filters.deck
                  ? studyHref(filters.deck, { kind: 'tag', tag: filters.tag, due: false })
                  : studyAllHref({ kind: 'tag', tag: filters.tag, due: false })
              }
            >
              {tagToStudy === 1 ? 'Study this card' : `Study these ${tagToStudy} cards`}
            </a>
          )}
          <div className="field">
            <label htmlFor={ids.status}>State</label>
            <select
              id={ids.status}
              value={filters.status}
              onChange={(e) => update({ status: e.target.value as BrowseFilters['status'] })}
            >
              <option value="">Any state</option>
              <option value="new">New</option>
              <option value="learning">Learning</option>
              <option value="review">Review</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.show}>Show</label>
            <select
              id={ids.show}
              value={filters.show}
              onChange={(e) => update({ show: e.target.value as BrowseFilters['show'] })}
            >
              <option value="">All cards</option>
              {SHOW_VALUES.map((show) => (
                <option key={show} value={show}>
                  {SHOW_NAMES[show]} ({setApart[show]})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.sort}>Sort by</label>
            <select
              id={ids.sort}
              value={filters.sort}
              onChange={(e) => update({ sort: e.target.value as BrowseFilters['sort'] })}
              disabled={hits !== null}
            >
              <option value="deck">Deck order</option>
              <option value="due">Next due</option>
              <option value="recall">Predicted recall (lowest first)</option>
            </select>
          </div>
        </div>
        <fieldset className="browse-toggles">
          <legend>Only</legend>
          <Checkbox checked={filters.dueToday} onChange={(dueToday) => update({ dueToday })}>
            due today
          </Checkbox>
          <Checkbox checked={filters.bookmarked} onChange={(bookmarked) => update({ bookmarked })}>
            bookmarked
          </Checkbox>
          <Checkbox checked={filters.weak} onChange={(weak) => update({ weak })}>
            weak
          </Checkbox>
        </fieldset>
      </form>
      <p className="browse-count" role="status">
        {plural(rows.length, 'card')}
        {filters.query ? ` matching “${filters.query}”` : ''}
      </p>
      {filters.show === 'suspended' && <UnsuspendAll keys={rows.map((row) => row.entry.key)} />}
      <ol className="browse-list">
        {rows.slice(0, drawn).map(({ entry, insight, buried }) => (
          <BrowseRow
            key={entry.key}
            entry={entry}
            insight={insight}
            buried={buried === true}
            hit={hits?.get(entry.key)}
            phrases={query.phrases}
            answer={answers.get(entry.key) ?? ''}
            note={notes[entry.key]?.text ?? ''}
            several={several}
            time={time}
          />
        ))}
      </ol>
      {rows.length > shown && (
        <button type="button" onClick={() => setPaging({ search, shown: shown + PAGE })}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      )}
    </section>
  );
}
