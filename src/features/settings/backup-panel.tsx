import { useState, type ChangeEvent } from 'react';
import { now } from '../../lib/clock.ts';
import { downloadProgress } from '../../lib/download.ts';
import { keepCopyBeforeRestore, useProgress } from '../../store/app-progress.ts';
import { planRestore, type RestorePlan } from '../../store/backup.ts';
import type { Progress } from '../../store/progress.ts';
import type { StoredDeck } from '../../store/deck-library.ts';
import { countAnswers, useNotes } from '../../store/notes-store.ts';
import { decodeOwnAnswers } from '../../deck/key-points/own-answer.ts';
import { KeptCopies } from './kept-copies.tsx';
import { MovePanel } from './move-panel.tsx';
import { OrphanPanel } from './orphan-panel.tsx';
import { StoragePanel } from './storage-panel.tsx';
import { chosenBackup, knownCardKeys, restoreRoom } from './storage-room.ts';
import { deckPlanLine, deckResultLine } from './deck-summary.ts';
import { plural } from '../../lib/plural.ts';
import './backup-panel.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const hasProgress = (p: Progress) =>
  p.log.length > 0 || Object.keys(p.cards).length > 0 || Object.keys(p.bookmarks).length > 0;

/**
 * Replaces the progress with a restored one, keeping what it replaces (a copy in this
 * browser, or a download without room for one); says only what actually happened.
 */
export function applyRestore(progress: Progress, replace: (p: Progress) => void): string {
  const before = useProgress.getState();
  if (!hasProgress(before)) {
    replace(progress);
    return 'Restored.';
  }
  const copy = keepCopyBeforeRestore(now());
  if (!copy) void downloadProgress();
  replace(progress);
  return copy
    ? `Restored. Your previous progress is kept in this browser as ${copy}, listed below under “Copies kept before a restore”.`
    : 'Restored. There was no room to keep your previous progress in this browser, so it was downloaded as a file first.';
}

const notesIn = (found: unknown) => countAnswers(decodeOwnAnswers(found).answers);

/** Merges a backup's own answers into this browser's, and says what happened (if anything). */
function restoreNotes(found: unknown): string {
  if (found === null) return '';
  const { answers, unreadable } = useNotes.getState().restore(found);
  if (answers === 0 && unreadable === 0) return '';
  const skipped =
    unreadable > 0
      ? ` ${plural(unreadable, 'answer')} in the file could not be read and ${unreadable === 1 ? 'was' : 'were'} skipped.`
      : '';
  return ` ${plural(answers, 'own answer')} merged with yours.${skipped}`;
}

/** Brings a backup's decks into the library (replacing those that differ), and says so. */
async function restoreDecks(incoming: readonly StoredDeck[]): Promise<string> {
  if (incoming.length === 0) return '';
  try {
    const library = await import('../../lib/deck-library.ts');
    return deckResultLine(await library.bringDecks(incoming, true, now()));
  } catch (error) {
    return ` Your decks from the file could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); their progress is restored and kept. Try restoring again.`;
  }
}

/** Download progress as a file, and restore from one after a dry-run summary. */
export function BackupPanel() {
  const replace = useProgress((s) => s.replace);
  const [plan, setPlan] = useState<(RestorePlan & { fileName: string }) | null>(null);
  const [result, setResult] = useState('');
  const [restores, setRestores] = useState(0);
  const knownCards = knownCardKeys();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setResult('');
    const chosen = await chosenBackup(event);
    if (!chosen) return;
    const { text, knownCards: known, here, name } = chosen;
    setPlan({
      ...planRestore(text, known, useProgress.getState(), restoreRoom(), here),
      fileName: name,
    });
  };

  const apply = async () => {
    if (!plan?.ok) return;
    setPlan(null);
    const restored = applyRestore(plan.progress, replace);
    const { added, differ } = plan.decks;
    setResult(`${restored}${restoreNotes(plan.notes)}${await restoreDecks([...added, ...differ])}`);
    setRestores((n) => n + 1);
  };

  return (
    <>
      <section className="panel backup-panel" aria-labelledby="backup-title">
        <h2 id="backup-title">Your progress</h2>
        <p>
          Progress is saved in this browser only. Download it to keep a copy or move it to another
          browser.
        </p>
        <div className="actions">
          <button
            type="button"
            onClick={() => void downloadProgress().then((note) => note && setResult(note))}
          >
            Download progress
          </button>
          <label className="button-like">
            Restore from a file…
            <input
              type="file"
              accept="application/json,.json"
              onChange={onFile}
              className="visually-hidden"
            />
          </label>
        </div>
        {plan && !plan.ok && (
          <p className="notice notice-error" role="alert">
            Not restored: {plan.reason}
          </p>
        )}
        {plan?.ok && (
          <div className="notice" role="status">
            <p>
              <strong>{plan.fileName}</strong> holds {plural(plan.summary.reviews, 'review')} of{' '}
              {plural(plan.summary.cards, 'card')}
              {plan.summary.firstReview !== null && plan.summary.lastReview !== null
                ? `, from ${dateFormat.format(plan.summary.firstReview)} to ${dateFormat.format(plan.summary.lastReview)}`
                : ''}
              {plan.summary.bookmarks > 0 && `, and ${plural(plan.summary.bookmarks, 'bookmark')}`}.
              {plan.summary.unknownCards > 0 &&
                ` ${plan.summary.unknownCards} of those cards ${plan.summary.unknownCards === 1 ? 'is' : 'are'} not in any deck here; their progress is kept.`}
              {notesIn(plan.notes) > 0 &&
                ` It also holds ${plural(notesIn(plan.notes), 'own answer')}, merged with yours: for each card the newer edit is kept.`}
              {plan.decks.total > 0 && ` It holds ${deckPlanLine(plan.decks, 'restore')}`}
            </p>
            {plan.decks.bad.length > 0 && (
              <ul aria-label="Decks skipped">
                {plan.decks.bad.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <p>
              {hasProgress(useProgress.getState())
                ? `Restoring replaces your current progress (${plural(plan.summary.currentReviews, 'review')}), which is kept as a copy first.`
                : 'There is no progress in this browser yet, so nothing is replaced.'}
            </p>
            <div className="actions">
              <button type="button" className="primary" onClick={() => void apply()}>
                Restore
              </button>
              <button type="button" onClick={() => setPlan(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {result && (
          <p className="notice" role="status">
            {result}
          </p>
        )}
      </section>
      <MovePanel />
      <KeptCopies knownCards={knownCards} refresh={restores} />
      <OrphanPanel knownCards={knownCards} />
      <StoragePanel />
    </>
  );
}
