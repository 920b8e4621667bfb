import { useId } from 'react';
import { LIMITS } from '../../srs/settings.ts';
import { useProgress } from '../../store/app-progress.ts';
import { BackupPanel } from './backup-panel.tsx';
import { InterviewFields } from './interview-fields.tsx';

/** Study settings, and downloading or restoring progress. */
export function SettingsPage() {
  const settings = useProgress((s) => s.settings);
  const update = useProgress((s) => s.updateSettings);
  const ids = { retention: useId(), newPerDay: useId(), dayStart: useId() };

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <form className="panel form-grid" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.retention}>Desired retention</label>
          <input
            id={ids.retention}
            type="number"
            min={LIMITS.desiredRetention.min}
            max={LIMITS.desiredRetention.max}
            step={0.01}
            value={settings.desiredRetention}
            onChange={(e) => update({ desiredRetention: e.target.valueAsNumber })}
            aria-describedby={`${ids.retention}-hint`}
          />
          <p id={`${ids.retention}-hint`} className="hint">
            The chance of remembering a card when it comes back, from {LIMITS.desiredRetention.min}{' '}
            to {LIMITS.desiredRetention.max}. Higher means more reviews.
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.newPerDay}>New cards per day</label>
          <input
            id={ids.newPerDay}
            type="number"
            min={0}
            step={1}
            value={settings.newPerDay}
            onChange={(e) => update({ newPerDay: e.target.valueAsNumber })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.dayStart}>A new day starts at</label>
          <select
            id={ids.dayStart}
            value={settings.dayStartHour}
            onChange={(e) => update({ dayStartHour: Number(e.target.value) })}
            aria-describedby={`${ids.dayStart}-hint`}
          >
            {Array.from({ length: 24 }, (_, hour) => (
              <option key={hour} value={hour}>
                {String(hour).padStart(2, '0')}:00
              </option>
            ))}
          </select>
          <p id={`${ids.dayStart}-hint`} className="hint">
            Reviews before this hour count for the day before.
          </p>
        </div>
      </form>
      <InterviewFields />
      <BackupPanel />
    </section>
  );
}
