import { downloadText } from '../../lib/download.ts';
import { now } from '../../lib/clock.ts';
import { readSetAside, useProgress } from '../../store/app-progress.ts';
import { backupFileName, createBackup } from '../../store/backup.ts';
import { forgetSetAside, STORAGE_WARNING_CHARS, useSaveStatus } from '../../store/save-status.ts';

function downloadProgress() {
  const state = useProgress.getState();
  downloadText(backupFileName(now()), createBackup(state, now()));
}

/** Says plainly when progress is not being saved, and what the learner can do about it. */
export function SaveBanner() {
  const save = useSaveStatus((s) => s.save);
  const setAside = useSaveStatus((s) => s.setAside);
  const retry = useProgress((s) => s.retrySave);
  const nearlyFull = useSaveStatus(
    (s) => s.save.kind === 'saved' && s.savedChars > STORAGE_WARNING_CHARS,
  );

  return (
    <div className="banners">
      {nearlyFull && (
        <div className="banner banner-warning" role="status">
          <p>
            <strong>Browser storage is nearly full.</strong> Your progress takes most of the space
            this browser gives a site (about 5 MB). It is still saved, but download a copy now: if
            storage fills up, new reviews are kept in this tab only until there is room again.
          </p>
          <div className="actions">
            <button type="button" onClick={downloadProgress}>
              Download progress
            </button>
          </div>
        </div>
      )}
      {save.kind === 'unsaved' && (
        <div className="banner banner-error" role="alert">
          <p>
            <strong>Not saved.</strong>{' '}
            {save.reason === 'quota'
              ? 'Browser storage is full, so your latest reviews are kept in this tab only.'
              : 'This browser does not let PrepDeck save, so your reviews are kept in this tab only.'}{' '}
            Closing the tab would lose them: download your progress to keep it.
          </p>
          <div className="actions">
            <button type="button" onClick={retry}>
              Try saving again
            </button>
            <button type="button" onClick={downloadProgress}>
              Download progress
            </button>
          </div>
        </div>
      )}
      {save.kind === 'read-only' && (
        <div className="banner banner-warning" role="alert">
          <p>
            {save.reason === 'newer-version' ? (
              <>
                <strong>Read-only.</strong> Your progress was saved by a newer version of PrepDeck.
                This tab will not change it: reload the page to get the newer version.
              </>
            ) : (
              <>
                <strong>Not saved.</strong> Your saved progress could not be read and there is no
                room to set it aside, so nothing is written over it. Download it, then free some
                space.
              </>
            )}
          </p>
          <div className="actions">
            <button type="button" onClick={downloadProgress}>
              Download progress
            </button>
          </div>
        </div>
      )}
      {setAside.map((entry) => (
        <div key={entry.key} className="banner banner-warning" role="alert">
          <p>
            <strong>Saved progress could not be read</strong> ({entry.reason}). It has been kept
            aside, untouched, as <code>{entry.key}</code>, and PrepDeck started afresh.
          </p>
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `${entry.key.replace(/[:]/g, '_')}.json`,
                  readSetAside(entry.key) ?? '',
                )
              }
            >
              Download the unreadable data
            </button>
            <button type="button" onClick={() => forgetSetAside(entry.key)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
