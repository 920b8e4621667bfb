import { useEffect, type Ref } from 'react';
import { prefetchCardEditor } from '../../components/card-editor/lazy-card-editor.tsx';
import { GRADE_NAMES, GRADES, type CardState, type Grade } from '../../srs/types.ts';
import { describeInterval, formatInterval } from '../../srs/format-interval.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import { useProgress } from '../../store/progress/index.ts';
import { GradeButtons } from '../../components/grade-buttons.tsx';

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
  const settings = useProgress((s) => s.settings);
  const preview = schedulerFor(settings.desiredRetention).preview(state, time);
  const options = GRADES.map((grade) => {
    const interval = preview[grade].interval;
    const label = GRADE_NAMES[grade];
    return {
      value: grade,
      label,
      name: cram
        ? `${label} (key ${grade})`
        : `${label}, next review in ${describeInterval(interval)} (key ${grade})`,
      detail: cram ? undefined : formatInterval(interval),
      keyHint: String(grade),
      className: `grade-${label.toLowerCase()}`,
    };
  });
  return (
    <GradeButtons
      options={options}
      label="How well did you know it?"
      suggested={suggested}
      onGrade={onGrade}
    />
  );
}

interface CardActionsProps {
  readonly onEdit: () => void;
  readonly onSuspend: () => void;
  readonly onBury: () => void;
  readonly editRef: Ref<HTMLButtonElement>;
}

/** Quiet buttons under the grades, once the answer shows: edit (E), suspend (@), bury (-). */
export function CardActions({ onEdit, onSuspend, onBury, editRef }: CardActionsProps) {
  // E opens the editor at once: its code arrives while the answer is read.
  useEffect(prefetchCardEditor, []);
  return (
    <div className="study-card-actions" role="group" aria-label="This card">
      <button type="button" ref={editRef} onClick={onEdit}>
        Edit <kbd>E</kbd>
      </button>
      <button type="button" onClick={onSuspend}>
        Suspend <kbd>@</kbd>
      </button>
      <button type="button" onClick={onBury}>
        Bury until tomorrow <kbd>-</kbd>
      </button>
    </div>
  );
}
