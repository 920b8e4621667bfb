import { useId, useState } from 'react';
import { now, useProgress } from '../store/progress/index.ts';
import { dateInputValue, parseInterviewDate } from '../lib/interview-date.ts';

/**
 * The interview date, saved to the same setting the Settings page edits. Saved as soon as a
 * whole future date is typed; a past or incomplete date is only flagged once the field is left,
 * so typing a year digit by digit ("2", "20", "202"…) is not interrupted by an error.
 */
export function InterviewDateInput({
  label = 'Interview date',
  onSaved,
}: {
  readonly label?: string;
  /** Called after a valid date is saved. */
  readonly onSaved?: () => void;
}) {
  const at = useProgress((s) => s.settings.interviewAt);
  const update = useProgress((s) => s.updateSettings);
  const [text, setText] = useState(at === null ? '' : dateInputValue(at));
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const commit = (value: string, final: boolean) => {
    setText(value);
    if (value === '') return setError(null);
    const parsed = parseInterviewDate(value, now());
    if ('at' in parsed) {
      setError(null);
      if (parsed.at !== at) update({ interviewAt: parsed.at });
      onSaved?.();
    } else if (final) setError(parsed.error);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => commit(e.target.value, false)}
        onBlur={(e) => commit(e.target.value, true)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
