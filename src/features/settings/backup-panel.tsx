import { useState } from 'react';
import { downloadProgress } from '../../store/backup/index.ts';
import { KeptCopies } from './kept-copies.tsx';
import { LinkAction, MergeAction } from './move-panel.tsx';
import { OrphanPanel } from './orphan-panel.tsx';
import { RestoreAction } from './restore-action.tsx';
import { StoragePanel } from './storage-panel.tsx';
import { knownCardKeys } from './storage-room.ts';
import './backup-panel.css';

/**
 * "Back up and move": each way a file or link carries the user's data, said once, what it does
 * beside it: download a backup, make a link, merge (combine) and restore (replace).
 */
export function BackupPanel() {
  const [restores, setRestores] = useState(0);
  const [downloaded, setDownloaded] = useState('');
  const knownCards = knownCardKeys();

  return (
    <>
      <section className="panel backup-panel" aria-labelledby="backup-title">
        <h2 id="backup-title">Back up and move</h2>
        <p>
          Your progress, bookmarks, own answers and decks are kept in this browser only. No account
          is needed: a file or a link carries them to another device.
        </p>
        <ul className="backup-panel-actions">
          <li>
            <div className="actions">
              <button
                type="button"
                onClick={() => void downloadProgress().then((note) => note && setDownloaded(note))}
              >
                Download a backup
              </button>
            </div>
            <p className="hint">
              A file of everything here: keep it safe, or open it on another device with Merge.
            </p>
            {downloaded && (
              <p className="notice" role="status">
                {downloaded}
              </p>
            )}
          </li>
          <LinkAction />
          <MergeAction />
          <RestoreAction onRestored={() => setRestores((n) => n + 1)} />
        </ul>
      </section>
      <KeptCopies knownCards={knownCards} refresh={restores} />
      <OrphanPanel knownCards={knownCards} />
      <StoragePanel />
    </>
  );
}
