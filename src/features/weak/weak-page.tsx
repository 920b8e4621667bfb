import { useMemo } from 'react';
import { BookmarkButton } from '../../components/bookmark-button.tsx';
import { DeckSelect } from '../../components/deck-select.tsx';
import { useInsights } from '../../hooks/use-insights.ts';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { allEntries, decks, deckEntries } from '../../store/decks/index.ts';
import { cardHref, studyAllHref, studyHref, weakHref } from '../../lib/route.ts';
import { useNow } from '../../hooks/use-now.ts';
import { describeWeakReason } from '../../srs/insights.ts';
import { useProgress } from '../../store/progress/index.ts';
import { percent } from '../../lib/format.ts';
import { plural } from '../../lib/plural.ts';
import { sectionStrengths } from './section-strengths.ts';
import './weak-page.css';

/** A study link to the weak or bookmarked cards of one deck (its id), or of every deck (''). */
const studySetHref = (deck: string, kind: 'weak' | 'bookmarked') =>
  deck ? studyHref(deck, { kind }) : studyAllHref({ kind });

/**
 * Where to focus before the interview: sections by predicted recall, weak and starred cards; for
 * every deck, or one (`deck`, from the URL: `#/weak?deck=go-notes`).
 */
export function WeakPage({ deck: asked = '' }: { deck?: string }) {
  const deckSet = useDecksVersion();
  // A deck that is not here (deleted, from another device, or not loaded yet) shows every deck.
  const deck = decks.some((d) => d.id === asked) ? asked : '';
  const time = useNow(60_000);
  const insights = useInsights(time);
  const bookmarks = useProgress((s) => s.bookmarks);
  const entries = deck ? deckEntries(deck) : allEntries();
  const weak = entries.filter((e) => (insights.get(e.key)?.weak.length ?? 0) > 0);
  const starred = entries.filter((e) => bookmarks[e.key]?.on);

  const ranked = useMemo(
    () =>
      sectionStrengths(
        decks.filter((d) => deck === '' || d.id === deck),
        insights,
        deck === '' && decks.length > 1,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deckSet`: the decks changed
    [insights, deck, deckSet],
  );

  return (
    <section aria-labelledby="weak-title">
      <h1 id="weak-title">Weak spots</h1>
      <p className="lead">
        The cards to drill before the interview, then every section from weakest to strongest by
        average predicted recall (cards not learnt yet count as 0).
      </p>
      <DeckSelect
        className="field weak-deck"
        value={deck}
        onChange={(id) => (window.location.hash = weakHref(id || undefined))}
      />
      <section className="panel" aria-labelledby="weak-cards-title">
        <h2 id="weak-cards-title">Weak cards ({weak.length})</h2>
        {weak.length === 0 ? (
          <p>
            No weak cards: a card is weak when it was forgotten twice or more, last answered Again,
            or its predicted recall is below 80%.
          </p>
        ) : (
          <>
            <a className="button-link primary" href={studySetHref(deck, 'weak')}>
              Study the {plural(weak.length, 'weak card')}
            </a>
            <ul className="plain-list">
              {weak.map((e) => (
                <li key={e.key}>
                  <a href={cardHref(e.deck.id, e.card.id)}>{e.card.questionText}</a>{' '}
                  <span className="weak-reasons">
                    — {insights.get(e.key)?.weak.map(describeWeakReason).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="bookmarks-title">
        <h2 id="bookmarks-title">Bookmarked ({starred.length})</h2>
        {starred.length === 0 ? (
          <p>
            No bookmarks yet. Star a card with ☆ anywhere, or press <kbd>B</kbd> while studying.
          </p>
        ) : (
          <>
            <a className="button-link primary" href={studySetHref(deck, 'bookmarked')}>
              Study the {plural(starred.length, 'bookmarked card')}
            </a>
            <ul className="plain-list">
              {starred.map((e) => (
                <li key={e.key} className="weak-starred-row">
                  <a href={cardHref(e.deck.id, e.card.id)}>{e.card.questionText}</a>
                  <BookmarkButton cardKey={e.key} label={e.card.questionText} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">Sections by strength</h2>
        <ol className="weak-strength-list">
          {ranked.map(({ deck: of, section, title, strength }) => (
            <li key={`${of.id}/${section.id}`} className="weak-strength-row">
              <div className="weak-strength-head">
                <span>{title}</span>
                <span className="weak-strength-value">
                  {percent(strength.meanRecall)}
                  {strength.weak > 0 && ` · ${strength.weak} weak`}
                </span>
              </div>
              <div
                className="weak-meter"
                role="meter"
                aria-label={`${title}: average predicted recall`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(strength.meanRecall * 100)}
              >
                <span style={{ width: percent(strength.meanRecall) }} />
              </div>
              {/* The title is said above: "Study" alone on screen, in full to screen readers. */}
              <a
                href={studyHref(of.id, { kind: 'section', sectionId: section.id })}
                aria-label={`Study ${title}`}
              >
                Study
              </a>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
