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
import { useModelAnswerMarks } from './model-answer-marks.ts';
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
        <button type="button" className="primary" onClick={onCheck}>
          Check my answer <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </div>
  );
}

interface AnswerFirstResultProps {
  readonly result: MatchResult | null;
  /** The answer as typed, shown beside the model's key points. */
  readonly typed: string;
  /** What the suggestion means here: a grade name ("Good"; Good or Again in a quiz). */
  readonly suggestion?: ReactNode;
}

const count = (result: MatchResult) =>
  `${result.covered.length} of ${result.covered.length + result.missed.length} key points`;

const shown = (point: KeyPoint) => point.whole ?? point.text;

/**
 * The check as a comparison: the typed answer, with the words that matched marked, beside the
 * model answer's key points, covered (with the words of yours that matched) and missed, in
 * full; the points are also marked in the model answer on screen.
 */
export function AnswerFirstResult({ result, typed, suggestion }: AnswerFirstResultProps) {
  const id = useId();
  useModelAnswerMarks(result);
  if (!result) return <p className="loading">Checking your answer…</p>;
  const total = result.covered.length + result.missed.length;
  const suggested =
    suggestion ?? (result.suggestedGrade ? GRADE_NAMES[result.suggestedGrade] : null);
  const matched = result.covered.flatMap((c) => c.matchedWords);
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
      <div className="answer-first-compare">
        <section className="answer-first-yours" aria-labelledby={`${id}-yours`}>
          <h3 id={`${id}-yours`} className="answer-first-subtitle">
            Your answer
          </h3>
          {typed.trim() ? (
            <p className="answer-first-typed">
              <MarkedWords text={typed} words={matched} />
            </p>
          ) : (
            <p className="hint">You wrote nothing.</p>
          )}
        </section>
        <section className="answer-first-points" aria-labelledby={`${id}-points`}>
          <h3 id={`${id}-points`} className="answer-first-subtitle">
            From the model answer
          </h3>
          {result.covered.length > 0 && (
            <>
              <h4 className="answer-first-subtitle">Covered ({result.covered.length})</h4>
              <ul className="answer-first-covered">
                {result.covered.map(({ point, matchedWords }) => (
                  <li key={point.id}>
                    {shown(point)}{' '}
                    <span className="answer-first-words">
                      (you wrote: {matchedWords.join(', ')})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.missed.length > 0 && (
            <>
              <h4 className="answer-first-subtitle">Missed ({result.missed.length})</h4>
              <ul className="answer-first-missed">
                {result.missed.map((point) => (
                  <li key={point.id}>{shown(point)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </section>
  );
}

/** The text with each of `words` marked wherever it stands as a whole word, case aside. */
function MarkedWords({ text, words }: { text: string; words: readonly string[] }) {
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  if (wanted.size === 0) return <>{text}</>;
  const parts = text.split(/([\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}])/u);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && wanted.has(part.toLowerCase()) ? <mark key={i}>{part}</mark> : part,
      )}
    </>
  );
}
