import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Checkbox } from './checkbox.tsx';
import {
  extractKeyPoints,
  matchAnswer,
  MAX_TYPED_CHARS,
  type KeyPoint,
  type MatchResult,
} from '../deck/key-points/index.ts';
import { type CardEntry, loadAnswers } from '../store/decks/index.ts';
import { GRADE_NAMES } from '../srs/types.ts';
import { useUiPrefs } from '../store/prefs/index.ts';
import './answer-first.css';

// Extraction costs up to ~30 ms on a long answer: once per card, however often it is checked.
const pointsCache = new Map<string, readonly KeyPoint[]>();
function pointsOf(entry: CardEntry, answer: string): readonly KeyPoint[] {
  let points = pointsCache.get(entry.key);
  if (!points) {
    points = extractKeyPoints(answer, { question: entry.card.questionText });
    pointsCache.set(entry.key, points);
  }
  return points;
}

/**
 * The typed answer checked against the card's key points, once `check` is true (the reveal):
 * null until then and while the deck's answers load. Typing never runs the check.
 */
export function useAnswerCheck(
  entry: CardEntry | undefined,
  typed: string,
  check: boolean,
): MatchResult | null {
  const [answer, setAnswer] = useState<{ key: string; text: string } | null>(null);
  const key = entry?.key;
  const deckId = entry?.deck.id;
  useEffect(() => {
    if (!check || !key || !deckId) return;
    let live = true;
    void loadAnswers(deckId).then((answers) => {
      if (live) setAnswer({ key, text: answers.get(key) ?? '' });
    });
    return () => {
      live = false;
    };
  }, [check, key, deckId]);
  return useMemo(
    () =>
      check && entry && answer?.key === entry.key
        ? matchAnswer(typed, pointsOf(entry, answer.text))
        : null,
    [check, entry, answer, typed],
  );
}

/** The "Answer first" switch, remembered with the other display preferences. */
export function AnswerFirstToggle() {
  const on = useUiPrefs((s) => s.answerFirst);
  return (
    <Checkbox
      className="answer-first-toggle"
      checked={on}
      onChange={(checked) => useUiPrefs.getState().setAnswerFirst(checked)}
    >
      Answer first
    </Checkbox>
  );
}

interface AnswerFirstInputProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Ctrl+Enter or the button: reveal the answer and check. */
  readonly onCheck: () => void;
}

/** The "Your answer" box shown before the reveal; study shortcuts stay off while typing in it. */
export function AnswerFirstInput({ value, onChange, onCheck }: AnswerFirstInputProps) {
  const id = useId();
  const full = value.length >= MAX_TYPED_CHARS;
  return (
    <div className="answer-first">
      <label htmlFor={id} className="answer-first-label">
        Your answer
      </label>
      <textarea
        id={id}
        className="answer-first-text"
        rows={6}
        value={value}
        maxLength={MAX_TYPED_CHARS}
        aria-describedby={`${id}-count`}
        onChange={(e) => onChange(e.target.value.slice(0, MAX_TYPED_CHARS))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onCheck();
          }
        }}
      />
      <div className="answer-first-row">
        <p
          id={`${id}-count`}
          className={full ? 'answer-first-count answer-first-full' : 'answer-first-count'}
        >
          {full
            ? `Limit reached: ${MAX_TYPED_CHARS.toLocaleString('en')} characters at most.`
            : `${value.length.toLocaleString('en')} of ${MAX_TYPED_CHARS.toLocaleString('en')} characters`}
        </p>
        <button type="button" onClick={onCheck}>
          Check my answer <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </div>
  );
}

interface AnswerFirstResultProps {
  readonly result: MatchResult | null;
  /** What the suggestion means here: a grade name ("Good"), or Right/Wrong in a quiz. */
  readonly suggestion?: ReactNode;
}

const count = (result: MatchResult) =>
  `${result.covered.length} of ${result.covered.length + result.missed.length} key points`;

/** "N of M key points": what the typed answer covered (and with which words), what it missed. */
export function AnswerFirstResult({ result, suggestion }: AnswerFirstResultProps) {
  const id = useId();
  if (!result) return <p className="loading">Checking your answer…</p>;
  const total = result.covered.length + result.missed.length;
  const suggested =
    suggestion ?? (result.suggestedGrade ? GRADE_NAMES[result.suggestedGrade] : null);
  return (
    <section className="answer-first-result" aria-labelledby={id}>
      <h2 id={id} className="answer-first-title">
        {total === 0 ? 'This answer has no key points to check' : count(result)}
      </h2>
      {suggested !== null && (
        <p className="answer-first-suggested" role="status">
          Suggested: <strong>{suggested}</strong>. Confirm or change it below.
        </p>
      )}
      {result.covered.length > 0 && (
        <>
          <h3 className="answer-first-subtitle">Covered ({result.covered.length})</h3>
          <ul className="answer-first-covered">
            {result.covered.map(({ point, matchedWords }) => (
              <li key={point.id}>
                {point.text}{' '}
                <span className="answer-first-words">(you wrote: {matchedWords.join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.missed.length > 0 && (
        <>
          <h3 className="answer-first-subtitle">Missed ({result.missed.length})</h3>
          <ul className="answer-first-missed">
            {result.missed.map((point) => (
              <li key={point.id}>{point.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
