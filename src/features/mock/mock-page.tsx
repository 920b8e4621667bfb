import { useEffect, useState } from 'react';
import { Checkbox } from '../../components/checkbox.tsx';
import {
  AnswerFirstInput,
  AnswerFirstResult,
  AnswerFirstToggle,
  useAnswerCheck,
} from '../../components/answer-first.tsx';
import { CommitField } from '../../components/commit-field.tsx';
import { GradeButtons, type GradeOption } from '../../components/grade-buttons.tsx';
import { SectionPicker, useSectionChoice } from '../../components/section-picker.tsx';
import { TagPicker } from '../../components/tag-picker.tsx';
import { RecordingsSlot, withTranscript } from '../../components/recording/recordings-slot.tsx';
import { MAX_TYPED_CHARS } from '../../deck/key-points/index.ts';
import { RevealCard } from '../../components/reveal-card.tsx';
import { useShortcuts } from '../../hooks/use-shortcuts.ts';
import { useScreenShortcuts, type ShortcutRow } from '../../hooks/use-screen-shortcuts.ts';
import { ShortcutsButton } from '../../components/shortcuts-button.tsx';
import { grade, now, useProgress } from '../../store/progress/index.ts';
import { findCard } from '../../store/decks/index.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import type { Grade } from '../../srs/types.ts';
import { plural } from '../../lib/plural.ts';
import { parseNumber } from '../../lib/parse-field.ts';
import { type MockRun, type MockScore, useMock, useUiPrefs } from '../../store/prefs/index.ts';
import {
  FavourWeakOption,
  QUESTION_COUNT,
  useQuestionDraw,
} from '../../components/question-draw.tsx';
import { MockHistory } from './mock-history.tsx';
import { SCORE_NAMES } from './score-names.ts';
import { MockSummary } from './mock-summary.tsx';
import './mock.css';

type Score = MockScore;

/**
 * Study's grade words, keys and colours for Again, Hard and Good (1–3), each counting as that
 * grade when the interview counts as reviews. A mock has no Easy: an answer given aloud in
 * time is Good at best.
 */
const SCORES: readonly (GradeOption<Score> & {
  readonly keyHint: string;
  readonly grade: Grade;
})[] = [
  { value: 'missed', label: SCORE_NAMES.missed, keyHint: '1', grade: 1, className: 'grade-again' },
  { value: 'partial', label: SCORE_NAMES.partial, keyHint: '2', grade: 2, className: 'grade-hard' },
  { value: 'nailed', label: SCORE_NAMES.nailed, keyHint: '3', grade: 3, className: 'grade-good' },
];

const MOCK_KEYS: readonly ShortcutRow[] = [
  ['Space or Enter', 'Show the answer (when you have answered)'],
  ['1', 'Again: missed it'],
  ['2', 'Hard: part of it'],
  ['3', 'Good: answered it'],
];

const MINUTES = Object.freeze({ min: 0.25, max: 60 });

/**
 * A mock interview: N random questions, one at a time against a timer, answered aloud, then
 * revealed and self-scored. It changes the schedule only if "count these as reviews" is ticked.
 * The interview in progress survives a reload, and finished ones are kept in a history.
 */
export function MockPage({ deck = '', tag = '' }: { deck?: string; tag?: string }) {
  const run = useMock((s) => s.run);
  if (!run) return <MockSetup deck={deck} tag={tag} />;
  if (run.scores.length >= run.keys.length) return <MockSummary run={run} />;
  return <MockQuestion key={run.scores.length} run={run} index={run.scores.length} />;
}

/**
 * A new interview's choices; `deck` (`#/mock?deck=go-notes`) starts with its sections only,
 * `tag` (`&tag=networking`) with that tag's cards only.
 */
function MockSetup({ deck, tag: firstTag }: { deck: string; tag: string }) {
  const { chosen, setChosen, tags, tag, setTag, pool } = useSectionChoice(deck, firstTag);
  const [count, setCount] = useState(8);
  const [minutes, setMinutes] = useState(2);
  const [countAsReviews, setCountAsReviews] = useState(false);
  const { favourWeak, setFavourWeak, draw } = useQuestionDraw();
  const seconds = Math.max(15, Math.round(minutes * 60));

  return (
    <section aria-labelledby="mock-title">
      <h1 id="mock-title">Mock interview</h1>
      <p className="lead">
        Questions one at a time, against the clock. Answer out loud as you would in the interview,
        then reveal the answer and score yourself honestly.
      </p>
      <p className="hint">
        A mock is timed and answered aloud; a <a href="#/quiz">quiz</a> is a quick round at your own
        pace.
      </p>
      <form
        className="panel form-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          useMock.getState().start({ keys: draw(pool, count), seconds, countAsReviews }, now());
        }}
      >
        <div className="filter-row">
          <CommitField
            label="Questions"
            type="number"
            inputMode="numeric"
            min={1}
            saved={String(count)}
            parse={(text) => parseNumber(text, QUESTION_COUNT)}
            onCommit={(value) => value !== null && setCount(value)}
            live
          />
          <CommitField
            label="Minutes per question"
            type="number"
            inputMode="decimal"
            min={MINUTES.min}
            max={MINUTES.max}
            step={0.25}
            saved={String(minutes)}
            parse={(text) => parseNumber(text, MINUTES)}
            onCommit={(value) => value !== null && setMinutes(value)}
            live
          />
        </div>
        <SectionPicker chosen={chosen} onChange={setChosen} />
        <TagPicker tags={tags} value={tag} onChange={setTag} />
        <Checkbox className="checkbox-line" checked={countAsReviews} onChange={setCountAsReviews}>
          Count these as reviews (each grade as in study)
        </Checkbox>
        <FavourWeakOption checked={favourWeak} onChange={setFavourWeak} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pool.length === 0}>
            Start: {plural(Math.min(count, pool.length), 'question')}
          </button>
        </div>
      </form>
      <MockHistory />
    </section>
  );
}

function MockQuestion({ run, index }: { run: MockRun; index: number }) {
  const revealed = run.revealedAt !== null;
  const [tick, setTick] = useState(now);
  const entry = findCard(run.keys[index] ?? '');
  const retention = useProgress((s) => s.settings.desiredRetention);
  const answerFirst = useUiPrefs((s) => s.answerFirst);
  // Typing is optional here: the answer may be given aloud. Kept with the run, so a reload
  // mid-answer loses no keystroke.
  const typed = run.typed ?? '';
  const check = useAnswerCheck(entry, typed, answerFirst && revealed);
  const suggested = check?.suggestedGrade ? suggestedScore(check.suggestedGrade) : null;
  // Counted from when the question appeared, across a reload; it stops at the reveal.
  const elapsed = Math.max(0, Math.floor(((run.revealedAt ?? tick) - run.questionAt) / 1000));
  const left = Math.max(0, run.seconds - elapsed);

  useEffect(() => {
    if (revealed) return;
    const timer = setInterval(() => setTick(now()), 250);
    return () => clearInterval(timer);
  }, [revealed]);

  const setRevealed = () => useMock.getState().reveal(now());
  const score = (value: Score) => {
    const choice = SCORES.find((s) => s.value === value);
    if (run.countAsReviews && entry && choice)
      grade(entry.key, choice.grade, schedulerFor(retention));
    const coverage = check
      ? { covered: check.covered.length, total: check.covered.length + check.missed.length }
      : null;
    useMock.getState().score(value, now(), coverage);
  };

  const show = revealed ? undefined : setRevealed;
  useShortcuts({
    ' ': show,
    Enter: show,
    ...Object.fromEntries(
      SCORES.map((s) => [s.keyHint, revealed ? () => score(s.value) : undefined]),
    ),
  });
  useScreenShortcuts('Mock interview', MOCK_KEYS);

  if (!entry) {
    // The deck changed since this interview began (a card removed): say so, never a blank page.
    return (
      <p className="notice" role="status">
        This mock interview asks a card that is no longer in any deck.{' '}
        <button type="button" onClick={() => useMock.getState().clear()}>
          Start a new one
        </button>
      </p>
    );
  }
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, '0');
  return (
    <section aria-labelledby="mock-question">
      <p className="mock-progress">
        Question {index + 1} of {run.keys.length}
        {!run.countAsReviews && (
          <>
            {' '}
            · <span className="badge">Schedule not changed</span>
          </>
        )}{' '}
        <AnswerFirstToggle /> <ShortcutsButton />
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
        onReveal={setRevealed}
        revealLabel="I have answered: show the answer"
        quietReveal={answerFirst}
      />
      {answerFirst && !revealed && (
        <AnswerFirstInput
          value={typed}
          onChange={(text) => useMock.getState().type(text)}
          onCheck={setRevealed}
        />
      )}
      {answerFirst && revealed && (
        <AnswerFirstResult
          result={check}
          typed={typed}
          suggestion={SCORES.find((s) => s.value === suggested)?.label ?? null}
        />
      )}
      <RecordingsSlot
        key={entry.key}
        cardKey={entry.key}
        onTranscript={
          answerFirst && !revealed
            ? (heard) => useMock.getState().type(withTranscript(typed, heard, MAX_TYPED_CHARS))
            : undefined
        }
      />
      {revealed && (
        <GradeButtons
          options={SCORES}
          label="How well did you know it?"
          className="grade-bar grade-bar-three"
          suggested={suggested}
          onGrade={score}
        />
      )}
    </section>
  );
}

/** The score an answer-first grade suggests: Again, Hard, or Good for Good and Easy. */
const suggestedScore = (grade: Grade): Score =>
  grade === 1 ? 'missed' : grade === 2 ? 'partial' : 'nailed';
