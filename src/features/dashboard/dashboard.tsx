import { lazy, Suspense, useMemo } from 'react';
import { useDeckQueue } from '../../hooks/use-deck-queue.ts';
import { localUtcOffset } from '../../lib/clock.ts';
import { deckEntries } from '../../lib/decks.ts';
import { browseHref, sectionHref, studyHref } from '../../lib/route.ts';
import { useNow } from '../../lib/use-now.ts';
import { tally, type Tally } from '../../srs/insights.ts';
import { interviewPhase } from '../../srs/interview-day.ts';
import { useProgress } from '../../store/app-progress.ts';
import type { DeckOutline } from '../../deck/types.ts';

// The countdown needs FSRS and the planner: loaded only when an interview date is set.
const CountdownPanel = lazy(() => import('../countdown/countdown-panel.tsx'));

/** Home: what is due today, how far each section has come, and the ways in. */
export function Dashboard({ deck }: { deck: DeckOutline }) {
  const time = useNow(60_000);
  const { counts } = useDeckQueue(deck.id, time);
  const states = useProgress((s) => s.cards);
  const bookmarks = useProgress((s) => s.bookmarks);
  const dayStartHour = useProgress((s) => s.settings.dayStartHour);
  const interviewAt = useProgress((s) => s.settings.interviewAt);
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
  const studyLabel = due > 0 ? `Study now · ${due} ${due === 1 ? 'card' : 'cards'}` : 'Study';
  const starred = deckEntries(deck.id).filter((e) => bookmarks[e.key]?.on).length;

  return (
    <section className="deck" aria-labelledby={`deck-${deck.id}`}>
      <h1 id={`deck-${deck.id}`}>{deck.title}</h1>
      {deck.description && <p className="deck-description">{deck.description}</p>}
      {phase !== null && (
        <Suspense fallback={<p className="loading">Planning…</p>}>
          <CountdownPanel deck={deck} />
        </Suspense>
      )}
      <div className="study-now">
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
        <p className="study-now-counts">
          <span className="count-new">{counts.new} new</span> ·{' '}
          <span className="count-learning">{counts.learning} learning</span> ·{' '}
          <span className="count-review">{counts.review} to review</span>
        </p>
      </div>
      <nav className="quick-links" aria-label="Focus">
        <a href={browseHref()}>Browse &amp; search</a>
        <a href="#/weak">Weak spots</a>
        <a href={browseHref({ filter: 'bookmarked' })}>Bookmarks ({starred})</a>
        <a href="#/quiz">Quiz</a>
        <a href={studyHref(deck.id, { kind: 'all' }, true)}>Cram</a>
      </nav>
      <ul className="hint choices-help">
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
      <div className="deck-total">
        <strong>{tallies.deck.total}</strong> cards in <strong>{deck.sections.length}</strong>{' '}
        sections
        <ProgressBar tally={tallies.deck} label={`${deck.title}: progress`} />
        <Legend tally={tallies.deck} />
      </div>
      <ol className="section-list">
        {deck.sections.map((section) => {
          const t = tallies.sections.get(section.id);
          return (
            <li key={section.id} className="section-row">
              <div className="section-head">
                <a className="section-title" href={sectionHref(deck.id, section.id)}>
                  {section.title}
                </a>
                <span className="section-count">
                  {section.cards.length} {section.cards.length === 1 ? 'card' : 'cards'}
                  {t && t.dueToday > 0 && <> · {t.dueToday} due</>}
                </span>
              </div>
              {t && <ProgressBar tally={t} label={`${section.title}: progress`} />}
              <div className="section-actions">
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
      className="stacked-bar"
      role="img"
      aria-label={`${label}: ${t.learned} learned, ${t.learning} learning, ${t.new} new`}
    >
      <span className="bar-learned" style={{ width: pct(t.learned) }} />
      <span className="bar-learning" style={{ width: pct(t.learning) }} />
    </div>
  );
}

function Legend({ tally: t }: { tally: Tally }) {
  return (
    <p className="legend">
      <span className="dot dot-learned" /> {t.learned} learned <span className="dot dot-learning" />{' '}
      {t.learning} learning <span className="dot dot-new" /> {t.new} new · {t.dueToday} due today
    </p>
  );
}
