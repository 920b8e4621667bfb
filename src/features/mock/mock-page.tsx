import { useEffect, useId, useState } from 'react';
import { SectionPicker, useSectionChoice } from '../../components/section-picker.tsx';
import { FollowUp } from '../../components/follow-up.tsx';
import { RevealCard } from '../../components/reveal-card.tsx';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useShortcuts } from '../../hooks/use-shortcuts.ts';
import { now } from '../../lib/clock.ts';
import { findCard } from '../../lib/decks.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import type { Grade } from '../../srs/types.ts';
import { useProgress } from '../../store/app-progress.ts';
import { sample } from '../../lib/sample.ts';

type Score = 'nailed' | 'partial' | 'missed';

const SCORES: readonly {
  score: Score;
  label: string;
  key: string;
  grade: Grade;
  className: string;
}[] = [
  { score: 'missed', label: 'Missed', key: '1', grade: 1, className: 'grade-again' },
  { score: 'partial', label: 'Partial', key: '2', grade: 2, className: 'grade-hard' },
  { score: 'nailed', label: 'Nailed', key: '3', grade: 3, className: 'grade-good' },
];

interface Setup {
  readonly keys: readonly string[];
  readonly seconds: number;
  readonly countAsReviews: boolean;
}

/**
 * A mock interview: N random questions, one at a time against a timer, answered aloud, then
 * revealed and self-scored. It changes the schedule only if "count these as reviews" is ticked.
 */
export function MockPage() {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [scores, setScores] = useState<readonly Score[]>([]);
  if (!setup) return <MockSetup onStart={(s) => setSetup(s)} />;
  if (scores.length >= setup.keys.length) {
    return (
      <MockSummary
        setup={setup}
        scores={scores}
        onRestart={() => {
          setSetup(null);
          setScores([]);
        }}
      />
    );
  }
  return (
    <MockQuestion
      key={scores.length}
      setup={setup}
      index={scores.length}
      onScore={(score) => setScores((s) => [...s, score])}
    />
  );
}

function MockSetup({ onStart }: { onStart: (setup: Setup) => void }) {
  const { chosen, setChosen, pool } = useSectionChoice();
  const [countText, setCountText] = useState('8');
  const [minutesText, setMinutesText] = useState('2');
  const [countAsReviews, setCountAsReviews] = useState(false);
  const ids = { count: useId(), minutes: useId(), reviews: useId() };
  const count = Math.max(1, Math.round(Number(countText)) || 8);
  const seconds = Math.max(15, Math.round((Number(minutesText) || 2) * 60));

  return (
    <section aria-labelledby="mock-title">
      <h1 id="mock-title">Mock interview</h1>
      <p className="lead">
        Questions one at a time, against the clock. Answer out loud as you would in the interview,
        then reveal the answer and score yourself honestly.
      </p>
      <form
        className="panel settings"
        onSubmit={(e) => {
          e.preventDefault();
          onStart({ keys: sample(pool, count).map((entry) => entry.key), seconds, countAsReviews });
        }}
      >
        <div className="filter-row">
          <div className="field">
            <label htmlFor={ids.count}>Questions</label>
            <input
              id={ids.count}
              type="number"
              min={1}
              value={countText}
              onChange={(e) => setCountText(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.minutes}>Minutes per question</label>
            <input
              id={ids.minutes}
              type="number"
              min={0.25}
              step={0.25}
              value={minutesText}
              onChange={(e) => setMinutesText(e.target.value)}
            />
          </div>
        </div>
        <SectionPicker chosen={chosen} onChange={setChosen} />
        <label htmlFor={ids.reviews} className="checkbox-line">
          <input
            id={ids.reviews}
            type="checkbox"
            checked={countAsReviews}
            onChange={(e) => setCountAsReviews(e.target.checked)}
          />{' '}
          Count these as reviews (nailed = Good, partial = Hard, missed = Again)
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={pool.length === 0}>
            Start: {Math.min(count, pool.length)} questions
          </button>
        </div>
      </form>
    </section>
  );
}

function MockQuestion({
  setup,
  index,
  onScore,
}: {
  setup: Setup;
  index: number;
  onScore: (score: Score) => void;
}) {
  const [revealed, setRevealed] = useState(false);
  const [started] = useState(now);
  const [elapsed, setElapsed] = useState(0);
  const entry = findCard(setup.keys[index] ?? '');
  const grade = useProgress((s) => s.grade);
  const retention = useProgress((s) => s.settings.desiredRetention);
  const left = Math.max(0, setup.seconds - elapsed);

  // The clock runs until the answer is revealed.
  useEffect(() => {
    if (revealed) return;
    const timer = setInterval(() => setElapsed(Math.floor((now() - started) / 1000)), 250);
    return () => clearInterval(timer);
  }, [revealed, started]);

  const score = (choice: (typeof SCORES)[number]) => {
    if (setup.countAsReviews && entry)
      grade(entry.key, choice.grade, now(), schedulerFor(retention));
    onScore(choice.score);
  };

  const show = revealed ? undefined : () => setRevealed(true);
  useShortcuts({
    ' ': show,
    Enter: show,
    ...Object.fromEntries(SCORES.map((s) => [s.key, revealed ? () => score(s) : undefined])),
  });

  if (!entry) return null;
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, '0');
  return (
    <section aria-labelledby="mock-question">
      <p className="quiz-progress">
        Question {index + 1} of {setup.keys.length}
        {!setup.countAsReviews && (
          <>
            {' '}
            · <span className="badge">Schedule not changed</span>
          </>
        )}
      </p>
      <p
        className={left === 0 ? 'mock-timer mock-timer-over' : 'mock-timer'}
        role="timer"
        aria-label="Time left"
      >
        {left === 0 ? 'Time is up' : `${minutes}:${seconds}`}
      </p>
      <RevealCard
        entry={entry}
        level={1}
        meta={entry.section.title}
        headingId="mock-question"
        revealed={revealed}
        onReveal={() => setRevealed(true)}
        revealLabel="I have answered: show the answer"
      />
      {revealed && (
        <div className="grade-bar mock-scores" role="group" aria-label="How did you do?">
          {SCORES.map((choice) => (
            <button
              key={choice.score}
              type="button"
              className={`grade ${choice.className}`}
              onClick={() => score(choice)}
            >
              <span className="grade-name">{choice.label}</span>
              <kbd aria-hidden="true">{choice.key}</kbd>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function MockSummary({
  setup,
  scores,
  onRestart,
}: {
  setup: Setup;
  scores: readonly Score[];
  onRestart: () => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const weak = setup.keys
    .map((key, i) => ({ entry: findCard(key), score: scores[i] }))
    .filter(
      (x): x is { entry: NonNullable<typeof x.entry>; score: Score } =>
        !!x.entry && x.score !== 'nailed',
    );
  const nailed = scores.filter((s) => s === 'nailed').length;

  return (
    <section className="panel" aria-labelledby="mock-done">
      <h1 id="mock-done" ref={heading} tabIndex={-1}>
        Mock interview done: {nailed} of {scores.length} nailed
      </h1>
      <p>
        {scores.filter((s) => s === 'partial').length} partial,{' '}
        {scores.filter((s) => s === 'missed').length} missed.
        {setup.countAsReviews
          ? ' Your answers were counted as reviews.'
          : ' Your schedule was not changed.'}
      </p>
      {weak.length > 0 && (
        <FollowUp
          title={`To work on (${weak.length})`}
          entries={weak.map((w) => w.entry)}
          notes={weak.map((w) => w.score)}
          bookmarkLabel={`Bookmark these ${weak.length}`}
        />
      )}
      <div className="actions">
        <button type="button" onClick={onRestart}>
          Another mock interview
        </button>
      </div>
    </section>
  );
}
