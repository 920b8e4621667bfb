import { useId } from 'react';
import { InterviewDateInput } from '../../components/interview-date-input.tsx';
import type { DeckOutline } from '../../deck/types.ts';
import { useNow } from '../../hooks/use-now.ts';
import { newPerDayNeeded } from '../../srs/planner.ts';
import { useProgress } from '../../store/progress/index.ts';
import { findDeck } from '../../store/decks/index.ts';
import { useCoveredDecks } from '../../hooks/use-covered-decks.ts';
import {
  useCountdown,
  type AfterInterview,
  type Countdown,
  type InterviewDay,
} from './use-countdown.ts';
import { percent } from '../../lib/format.ts';
import { plural } from '../../lib/plural.ts';
import '../../components/summary.css';
import { PlanAction, WarmUpLink } from './plan-links.tsx';
import './countdown-panel.css';

export const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
export const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "My interview is on the 12th: am I ready, and what do I do today?", for one deck. */
export default function CountdownPanel({ deck }: { deck: DeckOutline }) {
  const time = useNow(60_000);
  const countdown = useCountdown(deck, time);
  const others = useCoveredDecks().filter((id) => id !== deck.id);
  if (!countdown) return null;
  return (
    <>
      {countdown.phase === 'day' ? (
        <DayOf deck={deck} day={countdown} />
      ) : countdown.phase === 'after' ? (
        <After after={countdown} />
      ) : (
        <Plan deck={deck} countdown={countdown} />
      )}
      {/* The decks sharing the daily budget make their plans too, to share it with this one. */}
      {others.map((id) => {
        const other = findDeck(id);
        return other && <SharedPlan key={id} deck={other} time={time} />;
      })}
    </>
  );
}

/** Another covered deck's plan, made only for the budget it shares: nothing is drawn. */
function SharedPlan({ deck, time }: { deck: DeckOutline; time: number }) {
  useCountdown(deck, time);
  return null;
}

function Plan({ deck, countdown }: { deck: DeckOutline; countdown: Countdown }) {
  // One panel per deck the interview covers: ids of their own.
  const titleId = useId();
  const dailyMinutes = useProgress((s) => s.settings.dailyMinutes);
  const { today, now, onTheDay, target, assessment, sharedWith, todayTotal } = countdown;
  const { plan } = today;
  const days = plan.daysLeft;

  const problems: string[] = [];
  if (assessment && assessment.overdue > 0) {
    problems.push(
      `${plural(assessment.overdue, 'card was', 'cards were')} due on days already past: today’s plan catches ${assessment.overdue === 1 ? 'it' : 'them'} up, and the projection counts on it being done.`,
    );
  }
  if (plan.atRisk.length > 0) {
    problems.push(
      `${plural(plan.atRisk.length, 'card is', 'cards are')} too weak for one review to reach ${percent(target)} by the day: they are in today's plan, and will come back until they hold.`,
    );
  }
  // The decks an interview covers share its daily budget (srs/budget.ts).
  const decksTogether = `your ${sharedWith + 1} interview decks`;
  const minutes = plural(countdown.minutes, 'minute');
  if (dailyMinutes !== null && assessment?.todayOverBudget) {
    problems.push(
      sharedWith === 0
        ? `Today's plan needs about ${minutes}, over your ${dailyMinutes}-minute budget: giving it ${minutes} today keeps you on track; what is left over moves to tomorrow.`
        : `Today's plans for ${decksTogether} need about ${plural(todayTotal ?? 0, 'minute')} together, over your ${dailyMinutes}-minute budget: giving this deck its ${minutes} today keeps it on track; what is left over moves to tomorrow.`,
    );
  }
  if (dailyMinutes !== null && assessment && assessment.overBudgetDays > 0) {
    problems.push(
      `On ${plural(assessment.overBudgetDays, 'later day', 'later days')} ${sharedWith === 0 ? 'the plan is' : `the plans for ${decksTogether} are`} expected to need more than your ${dailyMinutes}-minute budget${sharedWith === 0 ? '' : ' together'}.`,
    );
  }
  if (onTheDay && onTheDay.below > 0) {
    const freshLeft = newPerDayNeeded(countdown.unseen, days);
    problems.push(
      `${onTheDay.below} of ${onTheDay.total} cards are expected below ${percent(target)} on the day even with the plan.${freshLeft > 0 ? ` Learning ${freshLeft} new cards a day and doing every day's plan is the fastest way to catch up.` : ' Do every day’s plan, and add study-ahead sessions for the weak sections below.'}`,
    );
  }

  return (
    <section className="panel countdown" aria-labelledby={titleId}>
      <h2 id={titleId}>Interview in {plural(days, 'day', 'days')}</h2>
      <p className="countdown-when">
        {when.format(countdown.at)} · target recall {percent(target)}
      </p>
      <dl className="summary">
        <div>
          <dt>Readiness now</dt>
          <dd>
            {percent(now.mean)} <span className="summary-sub">({now.below} below target)</span>
          </dd>
        </div>
        <div>
          <dt>Projected on the day</dt>
          <dd>
            {onTheDay ? (
              <>
                {percent(onTheDay.mean)}{' '}
                <span className="summary-sub">({onTheDay.below} below target)</span>
              </>
            ) : (
              'Working it out…'
            )}
          </dd>
        </div>
        <div>
          <dt>Today’s plan</dt>
          <dd>
            {plural(plan.reviews.length, 'review')}, {plan.fresh.length} new, about{' '}
            {plural(countdown.minutes, 'minute')}
          </dd>
        </div>
      </dl>
      <p className="hint">
        Projected: the recall to expect on the day if you do every day’s plan, counting the cards
        you will forget along the way.
      </p>
      {!assessment ? (
        <p className="hint" role="status">
          Simulating the days to come to see where the plan leads…
        </p>
      ) : problems.length > 0 ? (
        <div className="notice notice-error" role="status">
          <p>
            <strong>Behind.</strong> {problems.join(' ')}
          </p>
        </div>
      ) : (
        <p className="countdown-on-track">
          On track: follow today’s plan and every card should be at {percent(target)} or more on the
          day.
        </p>
      )}
      <div className="actions">
        <PlanAction
          deck={deck}
          today={today}
          primary
          done="Today’s plan is done. Come back tomorrow for the next one."
        />
      </div>
      <table className="countdown-readiness">
        <caption>Readiness per section: mean predicted recall now and expected on the day</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Now</th>
            <th scope="col">On the day</th>
            <th scope="col">Below target on the day</th>
          </tr>
        </thead>
        <tbody>
          {countdown.sections.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.title}</th>
              <td>{percent(s.now.mean)}</td>
              <td>{s.onTheDay ? percent(s.onTheDay.mean) : '…'}</td>
              <td>{s.onTheDay ? s.onTheDay.below : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The interview is today: a short warm-up that leaves the schedule alone, then good luck. */
function DayOf({ deck, day }: { deck: DeckOutline; day: InterviewDay }) {
  const titleId = useId();
  const n = day.warmUp.length;
  return (
    <section className="panel countdown" aria-labelledby={titleId}>
      <h2 id={titleId}>Interview today at {clock.format(day.at)}</h2>
      {n > 0 ? (
        <>
          <p>
            A short warm-up: your {plural(n, 'weakest card', 'weakest cards')}, as a cram round, so
            this morning’s nerves do not reschedule anything.
          </p>
          <div className="actions">
            <WarmUpLink deck={deck} cards={day.warmUp} primary />
          </div>
        </>
      ) : null}
      <p className="countdown-on-track">Good luck! You have done the work.</p>
    </section>
  );
}

/** The interview has passed: clear the date, or move it to a new one. */
export function After({ after }: { after: AfterInterview }) {
  const titleId = useId();
  const update = useProgress((s) => s.updateSettings);
  return (
    <section className="panel countdown" aria-labelledby={titleId}>
      <h2 id={titleId}>Your interview was {when.format(after.at)}</h2>
      <p>
        Hope it went well. Clear the date to study without a deadline, or move it if there is
        another round coming.
      </p>
      <div className="actions">
        <button type="button" onClick={() => update({ interviewAt: null })}>
          Clear the interview date
        </button>
      </div>
      <InterviewDateInput label="Or move it to a new date" />
    </section>
  );
}
