import { useProgress } from '../store/app-progress.ts';
import { backupFileName, createBackup } from '../store/backup.ts';
import { now } from './clock.ts';
import { downloadBlob } from './download-blob.ts';

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers the learner's whole progress as a backup file. */
export function downloadProgress(): void {
  const time = now();
  downloadText(backupFileName(time), createBackup(useProgress.getState(), time));
}
