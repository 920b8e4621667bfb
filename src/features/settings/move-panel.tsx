import { useState, type ChangeEvent } from 'react';
import { now, useProgress, whenHistoryLoaded } from '../../store/progress/index.ts';
import { createBackup, type MergePlan, planMerge } from '../../store/backup/index.ts';
import { LINK_LIMIT, progressLink, type ProgressLink } from '../../lib/progress-link.ts';
import { MERGE_FILE_WORDS, MergePreview } from './merge-preview.tsx';
import { QrCode } from './qr-code.tsx';
import { FileButton } from './file-button.tsx';
import { chosenBackup, restoreRoom } from './storage-room.ts';
import './move-panel.css';

const appAddress = () => `${window.location.origin}${window.location.pathname}`;
const number = new Intl.NumberFormat('en');

/** The link and its QR code, or why there is none. */
function LinkOffer(props: { readonly link: ProgressLink }) {
  const { link } = props;
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  if (!link.ok) {
    return (
      <p className="notice" role="status">
        Your progress is too big for a link ({number.format(link.length)} characters; a link holds
        at most {number.format(LINK_LIMIT)}). Download a backup instead, and open it on the other
        device with “Merge from a file…”.
      </p>
    );
  }
  const copy = () =>
    navigator.clipboard.writeText(link.url).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  return (
    <div className="move-panel-link">
      <p>Open this link on the other device, or scan the code with its camera:</p>
      <div className="actions">
        <input
          className="move-panel-url"
          readOnly
          value={link.url}
          aria-label="Progress link"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      {copied && (
        <p className="hint" role="status">
          {copied === 'yes' ? 'Copied.' : 'Could not copy here: select the link and copy it.'}
        </p>
      )}
      <QrCode text={link.url} label="QR code of the progress link" />
      <p className="hint">
        The link holds your progress as it is now; make a new one after studying more.
      </p>
    </div>
  );
}

/** A link (and QR code) holding the backup, for a phone or another browser. */
export function LinkAction() {
  const [link, setLink] = useState<ProgressLink | null>(null);
  // The whole history, older reviews included, is what moves.
  const makeLink = async () => {
    await whenHistoryLoaded();
    const text = createBackup(useProgress.getState(), now());
    setLink(await progressLink(appAddress(), text));
  };
  return (
    <li>
      <div className="actions">
        <button type="button" onClick={() => void makeLink()}>
          Make a link
        </button>
      </div>
      <p className="hint">
        Your progress as a link and a QR code: open it on the other device to merge. Your decks and
        card edits do not fit in a link: a backup file carries them.
      </p>
      {link && <LinkOffer link={link} />}
    </li>
  );
}

/**
 * Merge (combine) a file another device sent, after a summary: the reviews made on both are
 * kept, nothing is replaced.
 */
export function MergeAction() {
  const [plan, setPlan] = useState<(MergePlan & { fileName: string }) | null>(null);
  const [result, setResult] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    setResult('');
    const chosen = await chosenBackup(event);
    if (!chosen) return;
    // The whole history, older reviews included, is what a summary compares.
    await whenHistoryLoaded();
    const { text, knownCards, here, name } = chosen;
    setPlan({
      ...planMerge(text, knownCards, useProgress.getState(), MERGE_FILE_WORDS, restoreRoom(), here),
      fileName: name,
    });
  };

  return (
    <li>
      <FileButton label="Merge from a file…" onFile={onFile} />
      <p className="hint">
        Combines a backup from another device with what is here: the reviews made on both are kept,
        nothing is replaced.
      </p>
      {plan && !plan.ok && (
        <p className="notice notice-error" role="alert">
          Not merged, nothing changed: {plan.reason}
        </p>
      )}
      {plan?.ok && (
        <MergePreview
          from={plan.fileName}
          progress={plan.progress}
          summary={plan.summary}
          decks={plan.decks}
          edits={plan.edits}
          onDone={(message) => {
            setPlan(null);
            setResult(message);
          }}
          onCancel={() => {
            setPlan(null);
            setResult('Not merged: nothing was changed.');
          }}
        />
      )}
      {result && (
        <p className="notice" role="status">
          {result}
        </p>
      )}
    </li>
  );
}
