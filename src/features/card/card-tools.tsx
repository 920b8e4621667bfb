import { useEffect, type Ref } from 'react';
import { setAside } from '../../components/card-editor/set-aside.ts';
import { prefetchCardEditor } from '../../components/card-editor/lazy-card-editor.tsx';
import { formatDayStart } from '../../lib/format-time.ts';
import type { CardEntry } from '../../store/decks/index.ts';
import { undoMyEdit } from './undo-my-edit.ts';
import type { useCardStatus } from './use-card-status.ts';
import type { Original } from './use-original.ts';

interface CardToolsProps {
  readonly entry: CardEntry;
  readonly time: number;
  readonly status: ReturnType<typeof useCardStatus>;
  readonly original: Original | null;
  readonly showOriginal: boolean;
  readonly onShowOriginal: (show: boolean) => void;
  readonly onEdit: () => void;
  readonly editRef: Ref<HTMLButtonElement>;
}

/**
 * What the user can do to a card beyond studying it: edit, suspend, bury, and for an edited
 * card see or go back to the deck's text. Each says what it did, with an Undo.
 */
export function CardTools({
  entry,
  time,
  status,
  original,
  showOriginal,
  onShowOriginal,
  onEdit,
  editRef,
}: CardToolsProps) {
  const { card } = entry;
  const buried = (card.buriedUntil ?? 0) > time;
  const { busy, run } = status;
  // Edit opens at once: the editor's code arrives while the page is read.
  useEffect(prefetchCardEditor, []);
  return (
    <div className="card-page-tools">
      {(card.edited || card.suspended || buried) && (
        <ul className="card-page-states" aria-label="State">
          {card.edited && <li className="badge">Edited</li>}
          {card.suspended && <li className="badge">Suspended</li>}
          {buried && (
            <li className="badge">Buried until {formatDayStart(card.buriedUntil ?? 0, time)}</li>
          )}
        </ul>
      )}
      {original?.changed && (
        <p className="notice notice-warning">
          The deck’s own text of this card changed since you edited it. Your text is shown: “Show
          the original” to compare.
        </p>
      )}
      <div className="actions card-page-actions">
        <button type="button" ref={editRef} onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          onClick={() =>
            void run(
              () => setAside(entry, card.suspended ? 'unsuspend' : 'suspend'),
              card.suspended ? 'Not unsuspended' : 'Not suspended',
            )
          }
        >
          {card.suspended ? 'Unsuspend' : 'Suspend'}
        </button>
        <button
          type="button"
          onClick={() =>
            void run(
              () => setAside(entry, buried ? 'unbury' : 'bury'),
              buried ? 'Not unburied' : 'Not buried',
            )
          }
        >
          {buried ? 'Unbury' : 'Bury until tomorrow'}
        </button>
        {card.edited && (
          <>
            <button
              type="button"
              aria-expanded={showOriginal}
              aria-controls={showOriginal ? 'card-original' : undefined}
              onClick={() => onShowOriginal(!showOriginal)}
            >
              Show the original
            </button>
            <button
              type="button"
              onClick={() => void run(() => undoMyEdit(entry.key), 'Not undone')}
            >
              Undo my edit
            </button>
          </>
        )}
      </div>
      <div className="card-page-status">
        <p role="status" className="card-page-status-line">
          {status.status && !status.status.failed ? status.status.message : ''}
        </p>
        {status.status?.undo && (
          <button type="button" onClick={status.undo} disabled={busy}>
            Undo
          </button>
        )}
      </div>
      {status.status?.failed && (
        <p role="alert" className="notice notice-error">
          {status.status.message}
        </p>
      )}
    </div>
  );
}
