import { Suspense, useMemo, type ReactNode } from 'react';
import { useCoveredDecks } from '../../hooks/use-covered-decks.ts';
import { useDeckQueue } from '../../hooks/use-deck-queue.ts';
import { localUtcOffset, useProgress } from '../../store/progress/index.ts';
import { deckEntries } from '../../store/decks/index.ts';
import { browseHref, sectionHref, studyHref } from '../../lib/route.ts';
import { useNow } from '../../hooks/use-now.ts';
import { tally, type Tally } from '../../srs/insights.ts';
import { interviewPhase } from '../../srs/interview-day.ts';
import type { DeckOutline } from '../../deck/types.ts';
import { plural } from '../../lib/plural.ts';
import './dashboard.css';

/**
 * Home: what is due today, how far each section has come, and the ways in. `countdown` is the
 * interview countdown (another feature), shown when a date is set and the interview covers
 * this deck.
 */
export function Dashboard({ deck, countdown }: { deck: DeckOutline; countdown?: ReactNode }) {
  const time = useNow(60_000);
  const { counts } = useDeckQueue(deck.id, time);
  const states = useProgress((s) => s.cards);
  const bookmarks = useProgress((s) => s.bookmarks);
  const dayStartHour = useProgress((s) => s.settings.dayStartHour);
  // A deck the interview does not cover is studied as if there were no date.
  const covered = useCoveredDecks().includes(deck.id);
  const interviewAt = useProgress((s) => (covered ? s.settings.interviewAt : null));
  const newPerDay = useProgress((s) => s.settings.newPerDay);
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
      <h1 id={`deck-${deck.id}`}>{deck.title}</h1>
      {deck.description && <p className="dashboard-description">{deck.description}</p>}
      {phase !== null && (
        <Suspense fallback={<p className="loading">Planning…</p>}>{countdown}</Suspense>
      )}
      <div className="dashboard-study-now">
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
        <p className="dashboard-study-now-counts">
          <span className="dashboard-count-new">{counts.new} new</span> ·{' '}
          <span className="dashboard-count-learning">{counts.learning} learning</span> ·{' '}
          <span className="dashboard-count-review">{counts.review} to review</span>
        </p>
      </div>
      <nav className="dashboard-quick-links" aria-label="Focus">
        <a href={browseHref()}>Browse &amp; search</a>
        <a href="#/weak">Weak spots</a>
        <a href={browseHref({ filter: 'bookmarked' })}>Bookmarks ({starred})</a>
        <a href="#/quiz">Quiz</a>
        <a href={studyHref(deck.id, { kind: 'all' }, true)}>Cram</a>
      </nav>
      <ul className="hint dashboard-choices-help">
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
      <div className="dashboard-total">
        <strong>{tallies.deck.total}</strong> {tallies.deck.total === 1 ? 'card' : 'cards'} in{' '}
        <strong>{deck.sections.length}</strong>{' '}
        {deck.sections.length === 1 ? 'section' : 'sections'}
        <ProgressBar tally={tallies.deck} label={`${deck.title}: progress`} />
        <Legend tally={tallies.deck} />
      </div>
      <ol className="dashboard-sections">
        {deck.sections.map((section) => {
          const t = tallies.sections.get(section.id);
          return (
            <li key={section.id} className="dashboard-section">
              <div className="dashboard-section-head">
                <a className="dashboard-section-title" href={sectionHref(deck.id, section.id)}>
                  {section.title}
                </a>
                <span className="dashboard-section-count">
                  {plural(section.cards.length, 'card')}
                  {t && t.dueToday > 0 && <> · {t.dueToday} due</>}
                </span>
              </div>
              {t && <ProgressBar tally={t} label={`${section.title}: progress`} />}
              <div className="dashboard-section-actions">
                <a href={sectionHref(deck.id, section.id)}>Read</a>
                <a href={studyHref(deck.id, { kind: 'section', sectionId: section.id })}>Study</a>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Learned, learning and new as one stacked bar, with the numbers in its label. */
function ProgressBar({ tally: t, label }: { tally: Tally; label: string }) {
  const pct = (n: number) => `${t.total ? (n / t.total) * 100 : 0}%`;
  return (
    <div
      className="dashboard-bar"
      role="img"
      aria-label={`${label}: ${t.learned} learned, ${t.learning} learning, ${t.new} new`}
    >
      <span className="dashboard-bar-learned" style={{ width: pct(t.learned) }} />
      <span className="dashboard-bar-learning" style={{ width: pct(t.learning) }} />
    </div>
  );
}

function Legend({ tally: t }: { tally: Tally }) {
  return (
    <p className="dashboard-legend">
      <span className="dashboard-dot dashboard-dot-learned" /> {t.learned}
      {' learned '}
      <span className="dashboard-dot dashboard-dot-learning" /> {t.learning}
      {' learning '}
      <span className="dashboard-dot dashboard-dot-new" /> {t.new} new · {t.dueToday} due today
    </p>
  );
}
