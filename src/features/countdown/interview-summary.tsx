import { useId } from 'react';
import { useCoveredDecks } from '../../hooks/use-covered-decks.ts';
import { useNow } from '../../hooks/use-now.ts';
import type { DeckOutline } from '../../deck/types.ts';
import { percent } from '../../lib/format.ts';
import { plural } from '../../lib/plural.ts';
import { deckHref } from '../../lib/route.ts';
import { interviewPhase } from '../../srs/interview-day.ts';
import { studyDay } from '../../srs/study-day.ts';
import { findDeck } from '../../store/decks/index.ts';
import { localUtcOffset, useProgress } from '../../store/progress/index.ts';
import { After, clock, when } from './countdown-panel.tsx';
import { PlanAction, WarmUpLink } from './plan-links.tsx';
import { useCountdown } from './use-countdown.ts';
import '../../components/summary.css';
import './countdown-panel.css';

/**
 * The interview once, on Home: when it is, and for each deck it covers today's plan (or the
 * day's warm-up) with its study link. Each deck's page holds the plan in full.
 */
export default function InterviewSummary() {
  const titleId = useId();
  const time = useNow(60_000);
  const at = useProgress((s) => s.settings.interviewAt);
  const target = useProgress((s) => s.settings.targetRecall);
  const dayStartHour = useProgress((s) => s.settings.dayStartHour);
  const covered = useCoveredDecks().flatMap((id) => findDeck(id) ?? []);
  if (at === null) return null;
  const phase = interviewPhase(at, time, localUtcOffset, dayStartHour);
  if (phase === 'after') return <After after={{ phase, at }} />;
  const days =
    studyDay(at, localUtcOffset, dayStartHour) - studyDay(time, localUtcOffset, dayStartHour);
  return (
    <section className="panel countdown" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {phase === 'day'
          ? `Interview today at ${clock.format(at)}`
          : `Interview in ${plural(days, 'day', 'days')}`}
      </h2>
      <p className="countdown-when">
        {when.format(at)} · target recall {percent(target)}
      </p>
      {covered.length === 0 ? (
        <p>It covers none of your decks: choose them in Settings.</p>
      ) : (
        <ul className="countdown-decks">
          {covered.map((deck) => (
            <DeckPlan key={deck.id} deck={deck} time={time} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One covered deck: readiness and today's plan (or warm-up), with its link. */
function DeckPlan({ deck, time }: { deck: DeckOutline; time: number }) {
  const countdown = useCountdown(deck, time);
  const title = <a href={deckHref(deck.id)}>{deck.title}</a>;
  if (!countdown || countdown.phase === 'after') return null;
  if (countdown.phase === 'day') {
    const n = countdown.warmUp.length;
    return (
      <li className="countdown-deck">
        <p className="countdown-deck-title">{title}</p>
        {n > 0 ? (
          <WarmUpLink deck={deck} cards={countdown.warmUp} />
        ) : (
          <p className="countdown-on-track">Nothing to warm up. Good luck!</p>
        )}
      </li>
    );
  }
  return (
    <li className="countdown-deck">
      <p className="countdown-deck-title">{title}</p>
      <p className="countdown-deck-readiness">
        Ready now {percent(countdown.now.mean)}
        {countdown.onTheDay && <> · on the day {percent(countdown.onTheDay.mean)}</>}
      </p>
      <PlanAction deck={deck} today={countdown.today} />
    </li>
  );
}
