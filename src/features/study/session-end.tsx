import { useId } from 'react';
import { plural } from '../../lib/plural.ts';
import { formatDayStart, formatDuration, formatWhen } from '../../lib/format-time.ts';
import type { NextUp } from '../../srs/queue.ts';
import type { Session } from './study-session.ts';
import '../../components/summary.css';

/** What comes next, said as it is: a card at a time, or a study day starting. */
function describeNext(next: NextUp, now: number): string {
  if (next.kind === 'card') return `A card is due ${formatWhen(next.at, now)}`;
  const when = formatDayStart(next.at, now);
  if (next.reviews && next.fresh) return `Reviews and new cards ${when}`;
  return next.fresh ? `New cards ${when}` : `Next reviews due ${when}`;
}

interface SessionEndProps {
  readonly session: Session;
  readonly next: NextUp | null;
  readonly time: number;
  readonly waitingForLearning: boolean;
  /** New cards past today's limit that can be learnt now (0 for a chosen set or cram). */
  readonly moreNew: number;
  readonly onLearnMore: () => void;
  /** Review cards that can be studied ahead of their day (0 for a chosen set or cram). */
  readonly ahead: number;
  readonly onStudyAhead: () => void;
}

/** The end of a sitting: what was done and when to come back; or, if nothing was due, say so. */
export function SessionEnd({
  session,
  next,
  time,
  waitingForLearning,
  moreNew,
  onLearnMore,
  ahead,
  onStudyAhead,
}: SessionEndProps) {
  const aheadHint = useId();
  const when = next === null ? null : describeNext(next, time);
  return (
    <section className="panel session-end" aria-labelledby="session-end-title">
      {session.reviewed > 0 ? (
        <>
          <h2 id="session-end-title">Session complete</h2>
          <dl className="summary">
            <div>
              <dt>Cards reviewed</dt>
              <dd>{session.reviewed}</dd>
            </div>
            <div>
              <dt>Again</dt>
              <dd>{session.again}</dd>
            </div>
            <div>
              <dt>Time spent</dt>
              <dd>{formatDuration(time - session.startedAt)}</dd>
            </div>
            <div>
              <dt>Next</dt>
              <dd>{when ?? 'Nothing scheduled'}</dd>
            </div>
          </dl>
        </>
      ) : (
        <>
          <h2 id="session-end-title">All caught up</h2>
          <p>{when ? `Nothing is due now. ${when}.` : 'Nothing is due now.'}</p>
        </>
      )}
      {waitingForLearning && (
        <p>Cards you are learning come back in a few minutes: this page will show them.</p>
      )}
      <div className="actions">
        {moreNew > 0 && (
          <button type="button" className="primary" onClick={onLearnMore}>
            Learn {plural(moreNew, 'more new card')}
          </button>
        )}
        {ahead > 0 && (
          <button type="button" onClick={onStudyAhead} aria-describedby={aheadHint}>
            Study ahead: {plural(ahead, 'review')}
          </button>
        )}
        <a className="button-link" href="#/">
          Back to decks
        </a>
      </div>
      {ahead > 0 && (
        <p id={aheadHint} className="hint">
          Studying ahead reviews cards before they are due: their next intervals will be shorter.
        </p>
      )}
    </section>
  );
}
