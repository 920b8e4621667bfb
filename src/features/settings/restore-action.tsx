import { useState, type ChangeEvent } from 'react';
import { useProgress } from '../../store/progress/index.ts';
import {
  deckPlanLine,
  hasProgress,
  editsIn,
  ownAnswersIn,
  planRestore,
  restore,
  type RestorePlan,
} from '../../store/backup/index.ts';
import { FileButton } from './file-button.tsx';
import { chosenBackup, restoreRoom } from './storage-room.ts';
import { plural } from '../../lib/plural.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Restore (replace) from a backup file, after a dry-run summary of what it holds. */
export function RestoreAction({ onRestored }: { onRestored: () => void }) {
  const [plan, setPlan] = useState<(RestorePlan & { fileName: string }) | null>(null);
  const [result, setResult] = useState('');

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
    setResult('Restoring…');
    setResult(await restore(plan));
    onRestored();
  };

  return (
    <li>
      <FileButton label="Restore from a file…" onFile={onFile} />
      <p className="hint">
        Replaces what is here with a backup file; what is here is kept as a copy first.
      </p>
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
            {ownAnswersIn(plan.notes) > 0 &&
              ` It also holds ${plural(ownAnswersIn(plan.notes), 'own answer')}, merged with yours: for each card the newer edit is kept.`}
            {editsIn(plan.edits) > 0 &&
              ` It holds edits of ${plural(editsIn(plan.edits), 'card')} (text, tags, suspensions), merged with yours: the later change of each wins.`}
            {plan.decks.total > 0 && ` It holds ${deckPlanLine(plan.decks, 'restore')}`}
            {plan.summary.missingReviews > 0 &&
              ` It is not whole: it lacks ${plural(plan.summary.missingReviews, 'older review')} the browser it came from could not read.`}
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
    </li>
  );
}
