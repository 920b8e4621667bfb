import { useState } from 'react';
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
import { FollowUp } from '../../components/follow-up.tsx';
import { RevealCard } from '../../components/reveal-card.tsx';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import { useShortcuts } from '../../hooks/use-shortcuts.ts';
import { useScreenShortcuts, type ShortcutRow } from '../../hooks/use-screen-shortcuts.ts';
import { ShortcutsButton } from '../../components/shortcuts-button.tsx';
import { GRADE_NAMES } from '../../srs/types.ts';
import { findCard } from '../../store/decks/index.ts';
import { parseNumber } from '../../lib/parse-field.ts';
import { useUiPrefs } from '../../store/prefs/index.ts';
import {
  FavourWeakOption,
  QUESTION_COUNT,
  useQuestionDraw,
} from '../../components/question-draw.tsx';
import type { QuizAnswer } from './quiz.ts';
import './quiz.css';

type Stage =
  | { readonly kind: 'setup' }
  | {
      readonly kind: 'asking';
      readonly keys: readonly string[];
      readonly answers: readonly QuizAnswer[];
      readonly revealed: boolean;
    }
  | { readonly kind: 'done'; readonly answers: readonly QuizAnswer[] };

/**
 * Study's grade words, keys and colours, two of them: Again (1) for an answer not known, Good
 * (3) for one known. A quiz changes no schedule, so Hard and Easy would mean nothing more.
 */
const QUIZ_SCORES: readonly GradeOption<boolean>[] = [
  { value: false, label: GRADE_NAMES[1], keyHint: '1', className: 'grade-again' },
  { value: true, label: GRADE_NAMES[3], keyHint: '3', className: 'grade-good' },
];

const QUIZ_KEYS: readonly ShortcutRow[] = [
  ['Space or Enter', 'Show the answer'],
  ['1', 'Again: did not know it'],
  ['3', 'Good: knew it'],
];

/**
 * A quick self-test: N random cards from chosen sections, scored right or wrong. The schedule is
 * untouched. `deck` (from the URL: `#/quiz?deck=go-notes`) starts with only its sections ticked,
 * `tag` (`&tag=networking`) with only the cards of that tag.
 */
export function QuizPage({ deck = '', tag = '' }: { deck?: string; tag?: string }) {
  const [stage, setStage] = useState<Stage>({ kind: 'setup' });
  if (stage.kind === 'setup') {
    return (
      <QuizSetup
        deck={deck}
        tag={tag}
        onStart={(keys) => setStage({ kind: 'asking', keys, answers: [], revealed: false })}
      />
    );
  }
  if (stage.kind === 'done')
    return <QuizSummary answers={stage.answers} onRestart={() => setStage({ kind: 'setup' })} />;
  return (
    <QuizQuestion
      key={stage.answers.length}
      keys={stage.keys}
      index={stage.answers.length}
      onAnswer={(right) => {
        const key = stage.keys[stage.answers.length] ?? '';
        const answers = [...stage.answers, { key, right }];
        setStage(
          answers.length >= stage.keys.length ? { kind: 'done', answers } : { ...stage, answers },
        );
      }}
    />
  );
}

function QuizSetup({
  deck,
  tag: firstTag,
  onStart,
}: {
  deck: string;
  tag: string;
  onStart: (keys: string[]) => void;
}) {
  const { chosen, setChosen, tags, tag, setTag, pool } = useSectionChoice(deck, firstTag);
  const [count, setCount] = useState(10);
  const { favourWeak, setFavourWeak, draw } = useQuestionDraw();

  return (
    <section aria-labelledby="quiz-title">
      <h1 id="quiz-title">Quiz</h1>
      <p className="lead">
        Random questions, one at a time. Answer in your head, reveal, and score yourself. Your study
        schedule is not changed.
      </p>
      <p className="hint">
        A quiz goes at your own pace; a <a href="#/mock">mock interview</a> is timed and answered
        aloud.
      </p>
      <form
        className="panel form-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onStart(draw(pool, count));
        }}
      >
        <CommitField
          label="Number of questions"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, pool.length)}
          saved={String(count)}
          parse={(text) => parseNumber(text, QUESTION_COUNT)}
          onCommit={(value) => value !== null && setCount(value)}
          live
        />
        <SectionPicker chosen={chosen} onChange={setChosen} />
        <TagPicker tags={tags} value={tag} onChange={setTag} />
        <FavourWeakOption checked={favourWeak} onChange={setFavourWeak} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pool.length === 0}>
            Start a quiz of {Math.min(count, pool.length)}
          </button>
        </div>
      </form>
    </section>
  );
}

function QuizQuestion({
  keys,
  index,
  onAnswer,
}: {
  keys: readonly string[];
  index: number;
  onAnswer: (right: boolean) => void;
}) {
  const [revealed, setRevealed] = useState(false);
  const entry = findCard(keys[index] ?? '');
  const answerFirst = useUiPrefs((s) => s.answerFirst);
  const [typed, setTyped] = useState('');
  const check = useAnswerCheck(entry, typed, answerFirst && revealed);
  // Half the key points or more suggests Good; the user still decides.
  const suggestRight = check && check.suggestedGrade !== null ? check.ratio >= 0.5 : null;

  const show = revealed ? undefined : () => setRevealed(true);
  useShortcuts({
    ' ': show,
    Enter: show,
    '1': revealed ? () => onAnswer(false) : undefined,
    '3': revealed ? () => onAnswer(true) : undefined,
  });
  useScreenShortcuts('Quiz', QUIZ_KEYS);

  if (!entry) return null;
  return (
    <section aria-labelledby="quiz-question">
      <p className="quiz-progress">
        Question {index + 1} of {keys.length} ·{' '}
        <span className="badge">Quiz: schedule not changed</span> <AnswerFirstToggle />{' '}
        <ShortcutsButton />
      </p>
      <progress
        className="session-progress"
        max={keys.length}
        value={index}
        aria-label={`Quiz progress: ${index} of ${keys.length} answered`}
      />
      <RevealCard
        entry={entry}
        level={1}
        meta={entry.section.title}
        headingId="quiz-question"
        revealed={revealed}
        onReveal={() => setRevealed(true)}
        revealLabel="Show answer"
        quietReveal={answerFirst}
      />
      {answerFirst && !revealed && (
        <AnswerFirstInput value={typed} onChange={setTyped} onCheck={() => setRevealed(true)} />
      )}
      {answerFirst && revealed && (
        <AnswerFirstResult
          result={check}
          typed={typed}
          suggestion={suggestRight === null ? null : GRADE_NAMES[suggestRight ? 3 : 1]}
        />
      )}
      {revealed && (
        <GradeButtons
          options={QUIZ_SCORES}
          label="How well did you know it?"
          className="quiz-score-bar"
          suggested={suggestRight}
          onGrade={onAnswer}
        />
      )}
    </section>
  );
}

function QuizSummary({
  answers,
  onRestart,
}: {
  answers: readonly QuizAnswer[];
  onRestart: () => void;
}) {
  const missed = answers
    .filter((a) => !a.right)
    .map((a) => findCard(a.key))
    .filter((e) => e !== undefined);
  const right = answers.length - missed.length;
  const heading = useFocusOnMount<HTMLHeadingElement>();

  return (
    <section className="panel" aria-labelledby="quiz-done">
      <h1 id="quiz-done" ref={heading} tabIndex={-1}>
        Quiz done: {right} of {answers.length} Good
      </h1>
      {missed.length === 0 ? (
        <p>Nothing missed. Well done.</p>
      ) : (
        <FollowUp
          title={`Again (${missed.length})`}
          entries={missed}
          bookmarkLabel={
            missed.length === 1
              ? 'Bookmark the missed card'
              : `Bookmark the ${missed.length} missed cards`
          }
        />
      )}
      <div className="actions">
        <button type="button" onClick={onRestart}>
          New quiz
        </button>
      </div>
    </section>
  );
}
