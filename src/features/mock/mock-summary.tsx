import { FollowUp } from '../../components/follow-up.tsx';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { plural } from '../../lib/plural.ts';
import { findCard } from '../../store/decks/index.ts';
import { type MockCoverage, type MockRun, useMock } from '../../store/prefs/index.ts';
import { formatSeconds } from './mock-history.tsx';
import { answersToRevisit } from './revisit.ts';
import { SCORE_NAMES } from './score-names.ts';

/** The end of a mock interview: the scores, the time, and the answers to work on first. */
export function MockSummary({ run }: { run: MockRun }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { scores, times } = run;
  const coverage = run.coverage ?? [];
  const answers = scores.map((score, i) => ({
    key: run.keys[i] ?? '',
    score,
    time: times[i] ?? 0,
    coverage: coverage[i] ?? null,
  }));
  const revisit = answersToRevisit(answers, run.seconds * 1000).flatMap((answer) => {
    const entry = findCard(answer.key);
    return entry ? [{ ...answer, entry }] : [];
  });
  const checked = coverage.filter((c) => c !== null);
  const nailed = scores.filter((s) => s === 'nailed').length;

  return (
    <section className="panel" aria-labelledby="mock-done">
      <h1 id="mock-done" ref={heading} tabIndex={-1}>
        Mock interview done: {nailed} of {scores.length} {SCORE_NAMES.nailed}
      </h1>
      <p>
        {scores.filter((s) => s === 'partial').length} {SCORE_NAMES.partial},{' '}
        {scores.filter((s) => s === 'missed').length} {SCORE_NAMES.missed}, in{' '}
        {formatSeconds(times.reduce((a, b) => a + b, 0))}.
        {run.countAsReviews
          ? ' Your answers were counted as reviews.'
          : ' Your schedule was not changed.'}
      </p>
      {checked.length > 0 && (
        <p>
          Key points in your {plural(checked.length, 'typed answer')}:{' '}
          {checked.reduce((a, c) => a + c.covered, 0)} of {checked.reduce((a, c) => a + c.total, 0)}
          .
        </p>
      )}
      {revisit.length > 0 && (
        <FollowUp
          title={`To work on (${revisit.length})`}
          entries={revisit.map((w) => w.entry)}
          notes={revisit.map(
            (w) =>
              `${SCORE_NAMES[w.score]}, ${formatSeconds(w.time)}${w.over > 0 ? ` (${formatSeconds(w.over)} over)` : ''}${w.coverage?.total ? `, ${pointsNote(w.coverage)}` : ''}`,
          )}
          bookmarkLabel={
            revisit.length === 1 ? 'Bookmark this card' : `Bookmark these ${revisit.length} cards`
          }
        />
      )}
      {revisit.length > 0 && (
        <p className="hint">
          Weakest first: fewest key points covered, then furthest over the{' '}
          {formatSeconds(run.seconds * 1000)} allowed, then your own score.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => useMock.getState().clear()}>
          Another mock interview
        </button>
      </div>
    </section>
  );
}

/** "4 of 6 key points". */
const pointsNote = (c: MockCoverage) => `${c.covered} of ${c.total} key points`;
