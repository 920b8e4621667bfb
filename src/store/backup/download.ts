import { librarySaved } from '../decks/index.ts';
import { notesForBackup } from '../notes/index.ts';
import { now, useProgress, useSaveStatus, whenHistoryLoaded } from '../progress/index.ts';
import { downloadBlob } from '../../lib/download-blob.ts';
import { plural } from '../../lib/plural.ts';

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/**
 * Offers the learner's whole progress as a backup file, older history, own answers and own
 * decks included. The backup code loads on demand: the first screen only needs this button.
 * Resolves to what the file lacks, said on screen as the file says it too: older reviews this
 * browser could not read, or the user's decks (another tab holding their database); else null.
 */
export function downloadProgress(): Promise<string | null> {
  return Promise.all([whenHistoryLoaded(), import('./backup-file.ts')]).then(
    async ([, { backupFileName, createBackup, decksForBackup, editsForBackup }]) => {
      const [decks, edits] = await Promise.all([decksForBackup(), editsForBackup()]);
      const time = now();
      const unreadable = useSaveStatus.getState().history.unreadable;
      const missing = unreadable && { reviews: unreadable.count, reason: unreadable.reason };
      downloadText(
        backupFileName(time),
        createBackup(useProgress.getState(), time, notesForBackup(), decks, missing, edits),
      );
      const lacks = [
        missing
          ? `Downloaded without ${plural(missing.reviews, 'older review')}: this browser could not read them (${missing.reason}). They are still saved here; the file says it lacks them. Close other PrepDeck tabs or reload, then download again.`
          : '',
        decks === undefined && librarySaved()
          ? 'Downloaded without your own decks: they could not be read (close other PrepDeck tabs, then download again).'
          : '',
        edits === undefined && librarySaved()
          ? 'Downloaded without your card edits: they could not be read (close other PrepDeck tabs, then download again).'
          : '',
      ].filter(Boolean);
      return lacks.length > 0 ? lacks.join(' ') : null;
    },
  );
}
