import { useMemo } from 'react';
import { BookmarkButton } from '../../components/bookmark-button.tsx';
import { useInsights } from '../../hooks/use-insights.ts';
import { allEntries, decks, deckEntries } from '../../store/decks/index.ts';
import { cardHref, studyHref } from '../../lib/route.ts';
import { useNow } from '../../hooks/use-now.ts';
import { describeWeakReason, rankSections } from '../../srs/insights.ts';
import { useProgress } from '../../store/progress/index.ts';
import { percent } from '../../lib/format.ts';
import { plural } from '../../lib/plural.ts';
import './weak-page.css';

/** Where to focus before the interview: sections by predicted recall, weak and starred cards. */
export function WeakPage() {
  const time = useNow(60_000);
  const insights = useInsights(time);
  const bookmarks = useProgress((s) => s.bookmarks);
  const entries = allEntries();
  const weak = entries.filter((e) => (insights.get(e.key)?.weak.length ?? 0) > 0);
  const starred = entries.filter((e) => bookmarks[e.key]?.on);

  const ranked = useMemo(
    () =>
      decks.flatMap((deck) =>
        rankSections(
          deck.sections.map((s) => ({
            id: s.id,
            keys: deckEntries(deck.id)
              .filter((e) => e.section.id === s.id)
              .map((e) => e.key),
          })),
          insights,
        ).map((strength) => ({
          deck,
          section: deck.sections.find((s) => s.id === strength.sectionId),
          strength,
        })),
      ),
    [insights],
  );
  const deckId = decks[0]?.id ?? '';

  return (
    <section aria-labelledby="weak-title">
      <h1 id="weak-title">Weak spots</h1>
      <p className="lead">
        The cards to drill before the interview, then every section from weakest to strongest by
        average predicted recall (cards not learnt yet count as 0).
      </p>
      <section className="panel" aria-labelledby="weak-cards-title">
        <h2 id="weak-cards-title">Weak cards ({weak.length})</h2>
        {weak.length === 0 ? (
          <p>
            No weak cards: a card is weak when it was forgotten twice or more, last answered Again,
            or its predicted recall is below 80%.
          </p>
        ) : (
          <>
            <a className="button-link primary" href={studyHref(deckId, { kind: 'weak' })}>
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
            <a className="button-link primary" href={studyHref(deckId, { kind: 'bookmarked' })}>
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
          {ranked.map(({ deck, section, strength }) =>
            section ? (
              <li key={`${deck.id}/${section.id}`} className="weak-strength-row">
                <div className="weak-strength-head">
                  <span>{section.title}</span>
                  <span className="weak-strength-value">
                    {percent(strength.meanRecall)}
                    {strength.weak > 0 && ` · ${strength.weak} weak`}
                  </span>
                </div>
                <div
                  className="weak-meter"
                  role="meter"
                  aria-label={`${section.title}: average predicted recall`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(strength.meanRecall * 100)}
                >
                  <span style={{ width: percent(strength.meanRecall) }} />
                </div>
                <a href={studyHref(deck.id, { kind: 'section', sectionId: section.id })}>
                  Study {section.title}
                </a>
              </li>
            ) : null,
          )}
        </ol>
      </section>
    </section>
  );
}
