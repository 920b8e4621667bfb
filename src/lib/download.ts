import { useProgress } from '../store/app-progress.ts';
import { now } from './clock.ts';

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Offers the learner's whole progress as a backup file. The backup code (restore planning and
 * merging too) loads on demand, out of the first screen; Settings, prefetched at start-up,
 * brings it anyway, so the download is not held up.
 */
export function downloadProgress(): void {
  const time = now();
  void import('../store/backup.ts').then(({ backupFileName, createBackup }) =>
    downloadText(backupFileName(time), createBackup(useProgress.getState(), time)),
  );
}
