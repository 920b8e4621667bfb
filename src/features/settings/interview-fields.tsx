import { CommitField } from '../../components/commit-field.tsx';
import { InterviewDecksInput } from '../../components/interview-decks-input.tsx';
import {
  parseDate,
  parseNumber,
  parsePercent,
  parseTime,
  toPercent,
} from '../../lib/parse-field.ts';
import { LIMITS } from '../../srs/settings.ts';
import { useProgress } from '../../store/progress/index.ts';

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
  const at = settings.interviewAt;

  const setWhen = (date: string | null, time: string) => {
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
        <CommitField
          label="Interview date"
          type="date"
          saved={at === null ? '' : dateValue(at)}
          parse={parseDate}
          onCommit={(date) => setWhen(date, at === null ? '' : timeValue(at))}
        />
        <CommitField
          label="Time (optional)"
          type="time"
          saved={at === null ? '' : timeValue(at)}
          disabled={at === null}
          parse={parseTime}
          onCommit={(time) => at !== null && setWhen(dateValue(at), time)}
        />
      </div>
      <div className="filter-row">
        <CommitField
          label="Target recall on the day (%)"
          type="number"
          inputMode="decimal"
          min={toPercent(LIMITS.targetRecall.min)}
          max={toPercent(LIMITS.targetRecall.max)}
          step={1}
          saved={String(toPercent(settings.targetRecall))}
          parse={(text) => parsePercent(text, LIMITS.targetRecall)}
          onCommit={(value) => value !== null && update({ targetRecall: value })}
        />
        <CommitField
          label="Minutes a day (optional)"
          type="number"
          inputMode="numeric"
          min={LIMITS.dailyMinutes.min}
          max={LIMITS.dailyMinutes.max}
          step={5}
          saved={settings.dailyMinutes === null ? '' : String(settings.dailyMinutes)}
          parse={(text) =>
            parseNumber(text, { ...LIMITS.dailyMinutes, integer: true, optional: true })
          }
          onCommit={(value) => update({ dailyMinutes: value })}
        />
      </div>
      <InterviewDecksInput />
      {/* Always there, like the time field: a button appearing as the date is saved (on leaving
          the field) would move what the user is clicking, and the click would be lost. */}
      <button type="button" disabled={at === null} onClick={() => update({ interviewAt: null })}>
        Clear the interview date
      </button>
    </fieldset>
  );
}
