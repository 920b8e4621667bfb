import { useId } from 'react';
import { CommitField } from '../../components/commit-field.tsx';
import { parseNumber, parsePercent, toPercent } from '../../lib/parse-field.ts';
import { LIMITS } from '../../srs/settings.ts';
import { useProgress } from '../../store/progress/index.ts';
import { SyncPanel } from './sync-panel.tsx';
import { BackupPanel } from './backup-panel.tsx';
import { DeckLimits } from './deck-limits.tsx';
import { InterviewFields } from './interview-fields.tsx';

/** Study settings, and downloading or restoring progress. */
export function SettingsPage() {
  const settings = useProgress((s) => s.settings);
  const update = useProgress((s) => s.updateSettings);
  const ids = { dayStart: useId() };

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <form className="panel form-grid" noValidate onSubmit={(e) => e.preventDefault()}>
        <CommitField
          label="Desired retention (%)"
          type="number"
          inputMode="decimal"
          step={1}
          min={toPercent(LIMITS.desiredRetention.min)}
          max={toPercent(LIMITS.desiredRetention.max)}
          saved={String(toPercent(settings.desiredRetention))}
          parse={(text) => parsePercent(text, LIMITS.desiredRetention)}
          onCommit={(value) => value !== null && update({ desiredRetention: value })}
          hint={`The chance of remembering a card when it comes back, from ${toPercent(LIMITS.desiredRetention.min)}% to ${toPercent(LIMITS.desiredRetention.max)}%. Higher means more reviews.`}
        />
        <CommitField
          label="New cards per day"
          type="number"
          inputMode="numeric"
          min={LIMITS.newPerDay.min}
          max={LIMITS.newPerDay.max}
          saved={String(settings.newPerDay)}
          parse={(text) => parseNumber(text, { ...LIMITS.newPerDay, integer: true })}
          onCommit={(value) => value !== null && update({ newPerDay: value })}
          hint="Across all decks: study takes them from each deck in turn."
        />
        <DeckLimits />
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
      <SyncPanel />
      <BackupPanel />
      <p className="hint">PrepDeck {__APP_VERSION__}</p>
    </section>
  );
}
