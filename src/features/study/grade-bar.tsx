import { useId } from 'react';
import { type CardState, type Grade, GRADE_NAMES, GRADES } from '../../srs/types.ts';
import { describeInterval, formatInterval } from '../../srs/format-interval.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import { useProgress } from '../../store/progress/index.ts';
import '../../components/grade.css';

interface GradeBarProps {
  readonly state: CardState | null;
  readonly time: number;
  readonly onGrade: (grade: Grade) => void;
  /** Cramming changes no schedule, so no interval is shown. */
  readonly cram?: boolean;
  /** The grade an answer-first check suggests: marked, never chosen for the user. */
  readonly suggested?: Grade | null;
}

/** Again, Hard, Good, Easy, each with the interval it would give; keys 1–4. */
export function GradeBar({ state, time, onGrade, cram = false, suggested = null }: GradeBarProps) {
  const suggestedId = useId();
  const settings = useProgress((s) => s.settings);
  const preview = schedulerFor(settings.desiredRetention).preview(state, time);
  return (
    <div className="grade-bar" role="group" aria-label="How well did you know it?">
      {GRADES.map((grade) => {
        const interval = preview[grade].interval;
        return (
          <button
            key={grade}
            type="button"
            className={`grade grade-${GRADE_NAMES[grade].toLowerCase()}${grade === suggested ? ' grade-suggested' : ''}`}
            onClick={() => onGrade(grade)}
            aria-describedby={grade === suggested ? suggestedId : undefined}
            aria-label={
              cram
                ? `${GRADE_NAMES[grade]} (key ${grade})`
                : `${GRADE_NAMES[grade]}, next review in ${describeInterval(interval)} (key ${grade})`
            }
          >
            {!cram && <span className="grade-interval">{formatInterval(interval)}</span>}
            <span className="grade-name">{GRADE_NAMES[grade]}</span>
            <kbd aria-hidden="true">{grade}</kbd>
            {grade === suggested && (
              <span id={suggestedId} className="grade-suggested-badge">
                Suggested
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
