import { useId } from 'react';
import './grade.css';

/** What a grade button stands for: a study grade, a quiz's right or wrong, a mock's score. */
type GradeValue = string | number | boolean;

export interface GradeOption<T extends GradeValue> {
  readonly value: T;
  /** The word on the button. */
  readonly label: string;
  /** The button's name, where the word alone says too little (study adds the interval and key). */
  readonly name?: string;
  /** A line above the word: study's next interval. */
  readonly detail?: string;
  /** The shortcut shown on the button; the page binds the key itself. */
  readonly keyHint?: string;
  /** The grade's colour: grade-again, grade-hard, grade-good or grade-easy. */
  readonly className?: string;
}

interface GradeButtonsProps<T extends GradeValue> {
  readonly options: readonly GradeOption<T>[];
  /** The group's name: the question the buttons answer. */
  readonly label: string;
  /** The bar's layout: grade-bar (four columns), grade-bar grade-bar-three, quiz-score-bar. */
  readonly className?: string;
  /** The grade an answer-first check suggests: marked, never chosen for the user. */
  readonly suggested?: T | null;
  /** Every button off, for a page that cannot take a grade yet. */
  readonly disabled?: boolean;
  readonly onGrade: (value: T) => void;
}

/** The row of grade buttons under a revealed answer, in study, quiz and mock interview. */
export function GradeButtons<T extends GradeValue>({
  options,
  label,
  className = 'grade-bar',
  suggested = null,
  disabled = false,
  onGrade,
}: GradeButtonsProps<T>) {
  const suggestedId = useId();
  return (
    <div className={className} role="group" aria-label={label}>
      {options.map((option) => {
        const isSuggested = option.value === suggested;
        return (
          <button
            key={String(option.value)}
            type="button"
            className={`grade${option.className ? ` ${option.className}` : ''}${isSuggested ? ' grade-suggested' : ''}`}
            disabled={disabled}
            onClick={() => onGrade(option.value)}
            aria-label={option.name}
            aria-describedby={isSuggested ? suggestedId : undefined}
          >
            {option.detail !== undefined && <span className="grade-interval">{option.detail}</span>}
            <span className="grade-name">{option.label}</span>
            {option.keyHint !== undefined && <kbd aria-hidden="true">{option.keyHint}</kbd>}
            {isSuggested && (
              // The button's description, not part of its name.
              <span id={suggestedId} className="grade-suggested-badge" aria-hidden="true">
                Suggested
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
