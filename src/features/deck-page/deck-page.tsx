import { deckNewLimit } from '../../srs/deck-limit.ts';
import { Suspense, useMemo, type ReactNode } from 'react';
import { useCoveredDecks } from '../../hooks/use-covered-decks.ts';
import { useDeckQueue } from '../../hooks/use-deck-queue.ts';
import { localUtcOffset, useProgress } from '../../store/progress/index.ts';
import { deckEntries } from '../../store/decks/index.ts';
import {
  browseHref,
  quizHref,
  mockHref,
  sectionHref,
  statsHref,
  studyHref,
  weakHref,
} from '../../lib/route.ts';
import { useNow } from '../../hooks/use-now.ts';
import { tally } from '../../srs/insights.ts';
import { interviewPhase } from '../../srs/interview-day.ts';
import type { DeckOutline } from '../../deck/types.ts';
import { plural } from '../../lib/plural.ts';
import { ProgressBar, ProgressLegend } from '../../components/progress-bar.tsx';
import { DeckActions } from './deck-actions.tsx';
import { DeckCards } from './deck-cards.tsx';
import './deck-page.css';

/**
 * One deck: what is due in it today, how far each section has come, and every way in (study,
 * read, cram, quiz, weak spots, bookmarks, export, manage). `countdown` is the interview
 * countdown for this deck (another feature), shown when a date is set and the interview
 * covers it.
 */
export function DeckPage({ deck, countdown }: { deck: DeckOutline; countdown?: ReactNode }) {
  const time = useNow(60_000);
  const { counts } = useDeckQueue(deck.id, time);
  const states = useProgress((s) => s.cards);
  const bookmarks = useProgress((s) => s.bookmarks);
  const dayStartHour = useProgress((s) => s.settings.dayStartHour);
  // A deck the interview does not cover is studied as if there were no date.
  const covered = useCoveredDecks().includes(deck.id);
  const interviewAt = useProgress((s) => (covered ? s.settings.interviewAt : null));
  // The deck's own limit, when it has one under the overall one.
  const newPerDay = useProgress((s) =>
    Math.min(s.settings.newPerDay, deckNewLimit(s.settings, deck.id) ?? Infinity),
  );
  const minute = Math.floor(time / 60_000);
  const tallies = useMemo(() => {
    const entries = deckEntries(deck.id);
    const at = minute * 60_000;
    const of = (keys: string[]) => tally(keys, states, at, localUtcOffset, dayStartHour);
    return {
      deck: of(entries.map((e) => e.key)),
      sections: new Map(
        deck.sections.map((s) => [
          s.id,
          of(entries.filter((e) => e.section.id === s.id).map((e) => e.key)),
        ]),
      ),
    };
  }, [deck, states, dayStartHour, minute]);
  const due = counts.new + counts.learning + counts.review;
  // Before the interview the countdown's plan is the one primary action; the plain queue stays.
  const phase =
    interviewAt === null ? null : interviewPhase(interviewAt, time, localUtcOffset, dayStartHour);
  const planning = phase === 'plan' || phase === 'day';
  const studyLabel = due > 0 ? `Study now · ${plural(due, 'card')}` : 'Study';
  const starred = deckEntries(deck.id).filter((e) => bookmarks[e.key]?.on).length;

  return (
    <section className="deck" aria-labelledby={`deck-${deck.id}`}>
      <p className="deck-page-up">
        <a href="#/">← All decks</a>
      </p>
      <h1 id={`deck-${deck.id}`}>{deck.title}</h1>
      {deck.description && <p className="deck-page-description">{deck.description}</p>}
      {phase !== null && (
        <Suspense fallback={<p className="loading">Planning…</p>}>{countdown}</Suspense>
      )}
      <div className="deck-page-study-now">
        {planning ? (
          <p>
            <a href={studyHref(deck.id)}>{studyLabel}</a> instead: the plain queue, what FSRS has
            due plus up to {newPerDay} new cards a day, without the interview plan.
          </p>
        ) : (
          <a className="button-link primary" href={studyHref(deck.id)}>
            {studyLabel}
          </a>
        )}
        <p className="deck-page-study-now-counts">
          <span className="deck-page-count-new">{counts.new} new</span> ·{' '}
          <span className="deck-page-count-learning">{counts.learning} learning</span> ·{' '}
          <span className="deck-page-count-review">{counts.review} to review</span>
        </p>
      </div>
      <nav className="deck-page-quick-links" aria-label="Focus">
        <a href={browseHref({ deck: deck.id })}>Browse &amp; search</a>
        <a href={weakHref(deck.id)}>Weak spots</a>
        <a href={browseHref({ deck: deck.id, filter: 'bookmarked' })}>Bookmarks ({starred})</a>
        <a href={quizHref(deck.id)}>Quiz</a>
        <a href={mockHref(deck.id)}>Mock interview</a>
        <a href={studyHref(deck.id, { kind: 'all' }, true)}>Cram</a>
        <a href={statsHref(deck.id)}>Statistics</a>
      </nav>
      <ul className="hint deck-page-choices-help">
        <li>
          <strong>Study</strong>: reveal, grade yourself Again, Hard, Good or Easy, and the card
          comes back just before you would forget it. <strong>Read</strong>: page through a
          section’s answers, no grading.
        </li>
        <li>
          <strong>Cram</strong>: go through every card without changing when they come back.{' '}
          <strong>Quiz</strong>: a quick scored round, no timer. <strong>Mock</strong> interview:
          timed questions you answer aloud, as on the day.
        </li>
      </ul>
      <div className="deck-page-total">
        <strong>{tallies.deck.total}</strong> {tallies.deck.total === 1 ? 'card' : 'cards'} in{' '}
        <strong>{deck.sections.length}</strong>{' '}
        {deck.sections.length === 1 ? 'section' : 'sections'}
        <ProgressBar tally={tallies.deck} label={`${deck.title}: progress`} />
        <ProgressLegend tally={tallies.deck} />
      </div>
      <ol className="deck-page-sections">
        {deck.sections.map((section) => {
          const t = tallies.sections.get(section.id);
          return (
            <li key={section.id} className="deck-page-section">
              <div className="deck-page-section-head">
                <a className="deck-page-section-title" href={sectionHref(deck.id, section.id)}>
                  {section.title}
                </a>
                <span className="deck-page-section-count">
                  {plural(section.cards.length, 'card')}
                  {t && t.dueToday > 0 && <> · {t.dueToday} due</>}
                </span>
              </div>
              {t && <ProgressBar tally={t} label={`${section.title}: progress`} />}
              <div className="deck-page-section-actions">
                <a href={sectionHref(deck.id, section.id)}>Read</a>
                <a href={studyHref(deck.id, { kind: 'section', sectionId: section.id })}>Study</a>
              </div>
            </li>
          );
        })}
      </ol>
      <DeckCards deck={deck} />
      <DeckActions deck={deck} />
    </section>
  );
}
