import { useId } from 'react';
import { LIMITS } from '../../srs/settings.ts';
import { useProgress } from '../../store/app-progress.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const dateValue = (time: number) => {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const timeValue = (time: number) => {
  const d = new Date(time);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Interview date (and time of day), target recall and daily budget for the countdown planner. */
export function InterviewFields() {
  const settings = useProgress((s) => s.settings);
  const update = useProgress((s) => s.updateSettings);
  const ids = { date: useId(), time: useId(), target: useId(), minutes: useId() };
  const at = settings.interviewAt;

  const setWhen = (date: string, time: string) => {
    if (!date) return update({ interviewAt: null });
    // Local wall-clock time: 09:00 unless a time is given.
    const parsed = new Date(`${date}T${time || '09:00'}`).getTime();
    if (Number.isFinite(parsed)) update({ interviewAt: parsed });
  };

  return (
    <fieldset className="panel form-grid">
      <legend>Interview countdown</legend>
      <p className="hint">
        With a date, PrepDeck plans each day so that every card is at the target recall on the day,
        and the home page shows your readiness. Leave it empty to study without a deadline.
      </p>
      <div className="filter-row">
        <div className="field">
          <label htmlFor={ids.date}>Interview date</label>
          <input
            id={ids.date}
            type="date"
            value={at === null ? '' : dateValue(at)}
            onChange={(e) => setWhen(e.target.value, at === null ? '' : timeValue(at))}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.time}>Time (optional)</label>
          <input
            id={ids.time}
            type="time"
            value={at === null ? '' : timeValue(at)}
            disabled={at === null}
            onChange={(e) => at !== null && setWhen(dateValue(at), e.target.value)}
          />
        </div>
      </div>
      <div className="filter-row">
        <div className="field">
          <label htmlFor={ids.target}>Target recall on the day</label>
          <input
            id={ids.target}
            type="number"
            min={LIMITS.targetRecall.min}
            max={LIMITS.targetRecall.max}
            step={0.01}
            value={settings.targetRecall}
            onChange={(e) => update({ targetRecall: e.target.valueAsNumber })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.minutes}>Minutes a day (optional)</label>
          <input
            id={ids.minutes}
            type="number"
            min={LIMITS.dailyMinutes.min}
            max={LIMITS.dailyMinutes.max}
            step={5}
            value={settings.dailyMinutes ?? ''}
            onChange={(e) =>
              update({ dailyMinutes: e.target.value === '' ? null : e.target.valueAsNumber })
            }
          />
        </div>
      </div>
      {at !== null && (
        <button type="button" onClick={() => update({ interviewAt: null })}>
          Clear the interview date
        </button>
      )}
    </fieldset>
  );
}
