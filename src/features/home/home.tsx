import { Suspense, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ProgressBar } from '../../components/progress-bar.tsx';
import type { DeckOutline } from '../../deck/types.ts';
import { useDeckQueue } from '../../hooks/use-deck-queue.ts';
import { useNow } from '../../hooks/use-now.ts';
import { plural } from '../../lib/plural.ts';
import { deckHref, studyAllHref, studyHref } from '../../lib/route.ts';
import { tally } from '../../srs/insights.ts';
import type { StudyQueue } from '../../srs/queue.ts';
import {
  ALL_DECKS,
  awaitedDecks,
  deckEntries,
  decks,
  subscribeDecks,
} from '../../store/decks/index.ts';
import { localUtcOffset, useProgress } from '../../store/progress/index.ts';
import './home.css';

/**
 * Home, a library: one "Study now" over today's cards of every deck, the first visit's welcome
 * under it (`welcome`), the interview once (when a date is set; `interview` is that feature's
 * panel), then one row per deck leading to its page. "Study now" comes first so that on a
 * phone it is on the first screen, welcome or not.
 * Every count is the count its study link gives: new cards are limited per day across all
 * decks, so a deck's "new" is what is left of that shared limit, not its share of a sum.
 */
export function Home({ welcome, interview }: { welcome?: ReactNode; interview?: ReactNode }) {
  const time = useNow(60_000);
  const { counts } = useDeckQueue(ALL_DECKS, time);
  const interviewAt = useProgress((s) => s.settings.interviewAt);
  const newPerDay = useProgress((s) => s.settings.newPerDay);
  const due = total(counts);
  const awaited = useSyncExternalStore(subscribeDecks, awaitedDecks);
  const deckCount = decks.length + awaited;
  const several = deckCount > 1;
  return (
    <div className="home">
      <section className="home-today" aria-labelledby="home-today">
        <h1 id="home-today">Today</h1>
        <div className="home-study">
          <a className="button-link primary" href={studyAllHref()}>
            {due > 0 ? `Study now · ${plural(due, 'card')}` : 'Study'}
          </a>
          <Counts counts={counts} />
        </div>
        <p className="hint">
          {several ? `From all ${deckCount} decks, with ` : 'With '}
          {newPerDay > 0
            ? `up to ${plural(newPerDay, 'new card')} a day${several ? ' across them' : ''}`
            : 'no new cards a day'}{' '}
          (<a href="#/settings">change the daily limit</a>).
        </p>
      </section>
      {welcome}
      {interviewAt !== null && (
        <Suspense fallback={<p className="loading">Planning…</p>}>{interview}</Suspense>
      )}
      <section className="home-library" aria-labelledby="home-decks">
        <h2 id="home-decks">{several ? 'Your decks' : 'Your deck'}</h2>
        <ul className="home-decks">
          {decks.map((deck) => (
            <DeckRow key={deck.id} deck={deck} time={time} />
          ))}
          {Array.from({ length: awaited }, (_, i) => (
            <AwaitedDeckRow key={i} />
          ))}
        </ul>
        <p className="home-add">
          Your own notes, an interview README or an Anki export:{' '}
          <a href="#/add-deck">import them as a deck</a>.
        </p>
      </section>
    </div>
  );
}

const total = (counts: StudyQueue['counts']) => counts.new + counts.learning + counts.review;

function Counts({ counts }: { counts: StudyQueue['counts'] }) {
  return (
    <p className="home-counts">
      <span className="home-count-new">{counts.new} new</span> ·{' '}
      <span className="home-count-learning">{counts.learning} learning</span> ·{' '}
      <span className="home-count-review">{counts.review} to review</span>
    </p>
  );
}

/** One deck: its name (to its page), its progress, what its own study gives today. */
function DeckRow({ deck, time }: { deck: DeckOutline; time: number }) {
  const { counts } = useDeckQueue(deck.id, time);
  const states = useProgress((s) => s.cards);
  const dayStartHour = useProgress((s) => s.settings.dayStartHour);
  const minute = Math.floor(time / 60_000);
  const progress = useMemo(
    () =>
      tally(
        deckEntries(deck.id).map((e) => e.key),
        states,
        minute * 60_000,
        localUtcOffset,
        dayStartHour,
      ),
    [deck, states, dayStartHour, minute],
  );
  const due = total(counts);
  const titleId = `home-deck-${deck.id}`;
  return (
    <li>
      <section className="home-deck" aria-labelledby={titleId}>
        <h3 id={titleId} className="home-deck-title">
          <a href={deckHref(deck.id)}>{deck.title}</a>
        </h3>
        <p className="home-deck-size">
          {plural(progress.total, 'card')} · {progress.learned} learned
        </p>
        <ProgressBar tally={progress} label={`${deck.title}: progress`} />
        <div className="home-deck-study">
          <Counts counts={counts} />
          <a className="button-link" href={studyHref(deck.id)}>
            {due > 0 ? `Study · ${plural(due, 'card')}` : 'Study'}
          </a>
        </div>
      </section>
    </li>
  );
}

/**
 * The room of a deck of the user's that is still being read (IndexedDB, after the first
 * drawing): a row's outline, its text hidden, so that the deck takes its place without moving
 * what is below it.
 */
function AwaitedDeckRow() {
  return (
    <li aria-hidden="true">
      <section className="home-deck home-deck-awaited">
        <p className="home-deck-title">
          <span className="home-deck-title-room">Your deck</span>
        </p>
        <p className="home-deck-size">Cards</p>
        <div className="progress-bar" />
        <div className="home-deck-study">
          <p className="home-counts">New</p>
          <span className="button-link">Study</span>
        </div>
      </section>
    </li>
  );
}
