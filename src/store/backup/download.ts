import { librarySaved } from '../decks/index.ts';
import { notesForBackup } from '../notes/index.ts';
import { now, useProgress, whenHistoryLoaded } from '../progress/index.ts';
import { downloadBlob } from '../../lib/download-blob.ts';

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * Offers the learner's whole progress as a backup file, older history, own answers and own
 * decks included. The backup code loads on demand: the first screen only needs this button.
 * Resolves to a warning when the user's decks exist but could not be read into it (another tab
 * holding their database), else null.
 */
export function downloadProgress(): Promise<string | null> {
  return Promise.all([whenHistoryLoaded(), import('./backup-file.ts')]).then(
    async ([, { backupFileName, createBackup, decksForBackup }]) => {
      const decks = await decksForBackup();
      const time = now();
      downloadText(
        backupFileName(time),
        createBackup(useProgress.getState(), time, notesForBackup(), decks),
      );
      return decks === undefined && librarySaved()
        ? 'Downloaded without your own decks: they could not be read (close other PrepDeck tabs, then download again).'
        : null;
    },
  );
}
