import type { DeckOutline } from '../../deck/types.ts';
import { studyHref } from '../../lib/route.ts';
import { useNow } from '../../lib/use-now.ts';
import { newPerDayNeeded } from '../../srs/planner.ts';
import { useProgress } from '../../store/app-progress.ts';
import { useCountdown } from './use-countdown.ts';
import { percent } from '../../lib/format.ts';

const when = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "My interview is on the 12th: am I ready, and what do I do today?" */
export default function CountdownPanel({ deck }: { deck: DeckOutline }) {
  const time = useNow(60_000);
  const countdown = useCountdown(deck, time);
  const dailyMinutes = useProgress((s) => s.settings.dailyMinutes);
  if (!countdown) return null;
  const { plan, now, onTheDay, target } = countdown;
  const days = plan.daysLeft;
  const studyIds = [...plan.reviews, ...plan.fresh].map((key) => key.slice(deck.id.length + 1));

  const problems: string[] = [];
  if (plan.atRisk.length > 0) {
    problems.push(
      `${plan.atRisk.length} ${plan.atRisk.length === 1 ? 'card is' : 'cards are'} too weak for one review to reach ${percent(target)} by the day: they are in today's plan, and will come back until they hold.`,
    );
  }
  if (dailyMinutes !== null && countdown.minutes > dailyMinutes) {
    problems.push(
      `Today's plan needs about ${countdown.minutes} minutes, over your ${dailyMinutes}-minute budget: giving it ${countdown.minutes} minutes today keeps you on track; what is left over moves to tomorrow.`,
    );
  }
  if (onTheDay.below > 0) {
    const freshLeft = newPerDayNeeded(countdown.unseen, days);
    problems.push(
      `${onTheDay.below} of ${onTheDay.total} cards are projected below ${percent(target)} on the day even with the plan.${freshLeft > 0 ? ` Learning ${freshLeft} new cards a day and doing every day's plan is the fastest way to catch up.` : ' Do every day’s plan, and add study-ahead sessions for the weak sections below.'}`,
    );
  }

  return (
    <section className="panel countdown" aria-labelledby="countdown-title">
      <h2 id="countdown-title">
        Interview in {days} {days === 1 ? 'day' : 'days'}
      </h2>
      <p className="countdown-when">
        {when.format(countdown.at)} · target recall {percent(target)}
      </p>
      <dl className="summary">
        <div>
          <dt>Readiness now</dt>
          <dd>
            {percent(now.mean)} <span className="sub">({now.below} below target)</span>
          </dd>
        </div>
        <div>
          <dt>Projected on the day</dt>
          <dd>
            {percent(onTheDay.mean)} <span className="sub">({onTheDay.below} below target)</span>
          </dd>
        </div>
        <div>
          <dt>Today’s plan</dt>
          <dd>
            {plan.reviews.length} reviews, {plan.fresh.length} new, about {countdown.minutes}{' '}
            minutes
          </dd>
        </div>
      </dl>
      {problems.length > 0 ? (
        <div className="notice notice-error" role="status">
          <p>
            <strong>Behind.</strong> {problems.join(' ')}
          </p>
        </div>
      ) : (
        <p className="on-track">
          On track: follow today’s plan and every card should be at {percent(target)} or more on the
          day.
        </p>
      )}
      <div className="actions">
        <a
          className="button-link primary"
          href={studyHref(deck.id, { kind: 'cards', cardIds: studyIds })}
          aria-disabled={studyIds.length === 0}
        >
          {studyIds.length > 0 ? 'Study today’s plan' : 'Nothing planned today'}
        </a>
      </div>
      <table className="readiness-table">
        <caption>Readiness per section: mean predicted recall now and on the day</caption>
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
              <td>{percent(s.onTheDay.mean)}</td>
              <td>{s.onTheDay.below}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
