import { useProgress, whenHistoryLoaded } from '../store/app-progress.ts';
import { notesForBackup } from '../store/notes-backup.ts';
import { now } from './clock.ts';
import { downloadBlob } from './download-blob.ts';

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * Offers the learner's whole progress as a backup file, older history, own answers and own
 * decks included. The backup code loads on demand: the first screen only needs this button.
 */
export function downloadProgress(): void {
  void Promise.all([whenHistoryLoaded(), import('../store/backup-file.ts')]).then(
    async ([, { backupFileName, createBackup, decksForBackup }]) => {
      const decks = await decksForBackup();
      const time = now();
      downloadText(
        backupFileName(time),
        createBackup(useProgress.getState(), time, notesForBackup(), decks),
      );
    },
  );
}
