import { useState } from 'react';
import type { Progress } from '../../store/progress/index.ts';
import { plural } from '../../lib/plural.ts';
import {
  deckPlanLine,
  editsIn,
  merge as mergeProgress,
  type BackupWords,
  type DeckPlan,
  type MergeSummary,
} from '../../store/backup/index.ts';
import './move-panel.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const NO_DECKS: DeckPlan = { total: 0, added: [], deletedHere: [], differ: [], same: 0, bad: [] };

/** How a merge's refusals name a file. */
export const MERGE_FILE_WORDS: BackupWords = {
  source: 'This file',
  backup: 'This file',
  retry: 'merge it',
};

/** How they name a link. */
export const MERGE_LINK_WORDS: BackupWords = {
  source: 'This link',
  backup: 'This link',
  retry: 'open the link again',
};

const nothingNew = (s: MergeSummary, decks: DeckPlan, edits: number) =>
  edits === 0 &&
  s.newReviews === 0 &&
  s.undoneThere === 0 &&
  s.starred === 0 &&
  s.unstarred === 0 &&
  decks.added.length === 0 &&
  decks.deletedHere.length === 0;

function bookmarkLine({ starred, unstarred }: MergeSummary): string {
  if (starred === 0 && unstarred === 0) return 'Bookmarks: no change.';
  const parts = [
    starred > 0 ? `${plural(starred, 'card')} starred` : '',
    unstarred > 0 ? `${plural(unstarred, 'star')} removed` : '',
  ];
  return `Bookmarks: ${parts.filter(Boolean).join(', ')} (the later change of each card wins).`;
}

/**
 * What merging progress from another device would do, told before it does it; Merge or Cancel.
 * Merging never replaces: reviews of both devices are kept.
 */
export function MergePreview(props: {
  /** "prepdeck-progress-2026-11-27.json", or "This link". */
  readonly from: string;
  readonly progress: Progress;
  readonly summary: MergeSummary;
  /** The file's decks (a link has none). */
  readonly decks?: DeckPlan;
  /** A link: it carries progress only, never decks. */
  readonly viaLink?: boolean;
  /** The file's card edits as found (a link has none). */
  readonly edits?: unknown;
  readonly onDone: (message: string) => void;
  readonly onCancel: () => void;
}) {
  const { from, progress, summary, decks = NO_DECKS, viaLink = false, onDone, onCancel } = props;
  const edits = props.edits ?? null;
  const editCount = editsIn(edits);
  const nothing = nothingNew(summary, decks, editCount);
  const [busy, setBusy] = useState(false);
  // Decks deleted on this device stay deleted unless the user asks for them back.
  const [bringBackDeleted, setBringBackDeleted] = useState(false);
  const [error, setError] = useState('');
  const made = Date.parse(summary.exportedAt);

  const merge = async () => {
    setBusy(true);
    try {
      // Said once it is in the journal on disk, like a grade: it survives a crash from then on.
      onDone(await mergeProgress(progress, summary, decks, { bringBackDeleted, edits }));
    } catch (failure) {
      setBusy(false);
      setError(
        `Not merged, nothing changed: ${failure instanceof Error ? failure.message : String(failure)}. Try again.`,
      );
    }
  };

  return (
    <div className="notice move-panel-preview" role="status">
      <p>
        <strong>{from}</strong>
        {Number.isNaN(made) ? '' : ` (made ${dateFormat.format(made)})`}
        {nothing ? ' holds nothing new: everything in it is here already.' : ' would bring:'}
      </p>
      {nothing && decks.differ.length + decks.bad.length > 0 && (
        <p>
          Decks: {deckPlanLine(decks, 'merge')}
          {decks.bad.length > 0 && ` Skipped: ${decks.bad.join('; ')}.`}
        </p>
      )}
      {!nothing && (
        <ul className="move-panel-summary">
          <li>
            New reviews: {summary.newReviews}, of {plural(summary.cards, 'card')} affected.
          </li>
          {summary.alreadyHere > 0 && (
            <li>{plural(summary.alreadyHere, 'review is', 'reviews are')} here already.</li>
          )}
          {summary.undoneThere > 0 && (
            <li>
              {plural(summary.undoneThere, 'review')} undone on the other device, so undone here
              too.
            </li>
          )}
          <li>{bookmarkLine(summary)}</li>
          <li>Settings: this device’s are kept; the other device’s are not copied.</li>
          <li>
            Conflicts: none, by construction. Reviews are combined by id, and each card’s schedule
            is worked out again from its whole history.
          </li>
          {summary.unknownCards > 0 && (
            <li>
              {plural(summary.unknownCards, 'card is', 'cards are')} in no deck here; their progress
              is kept.
              {viaLink &&
                ' Links carry progress only, not decks: to bring the decks too, send a file from the other device (“Download a backup”) and merge it here.'}
            </li>
          )}
          {editCount > 0 && (
            <li>
              Card edits: {plural(editCount, 'card')} edited, tagged, suspended or buried there; for
              each, the later change wins, and a text that loses stays in the card’s history.
            </li>
          )}
          {decks.total > 0 && (
            <li>
              Decks: {deckPlanLine(decks, 'merge')}
              {decks.bad.length > 0 && ` Skipped: ${decks.bad.join('; ')}.`}
            </li>
          )}
        </ul>
      )}
      {decks.deletedHere.length > 0 && (
        <label className="move-panel-choice">
          <input
            type="checkbox"
            checked={bringBackDeleted}
            disabled={busy}
            onChange={(event) => setBringBackDeleted(event.target.checked)}
          />{' '}
          Bring back {plural(decks.deletedHere.length, 'deck')} I deleted on this device (
          {decks.deletedHere.map((s) => `“${s.deck.title}”`).join(', ')})
        </label>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {!nothing && (
          <button type="button" className="primary" disabled={busy} onClick={() => void merge()}>
            Merge
          </button>
        )}
        <button type="button" disabled={busy} onClick={onCancel}>
          {nothing ? 'Close' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
