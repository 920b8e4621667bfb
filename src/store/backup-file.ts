import { encodeProgress, type EncodedProgress } from './codec.ts';
import { CURRENT_VERSION } from './migrations.ts';
import type { Progress } from './progress.ts';

/** A downloaded progress file. */
export interface BackupFile {
  readonly app: 'prepdeck';
  readonly kind: 'progress';
  readonly version: number;
  readonly exportedAt: string;
  readonly progress: EncodedProgress;
  /** Your own answers by card (issue 14), checked on restore; older backups have none. */
  readonly notes?: unknown;
}

export function createBackup(progress: Progress, now: number, notes?: unknown): string {
  const file: BackupFile = {
    app: 'prepdeck',
    kind: 'progress',
    version: CURRENT_VERSION,
    exportedAt: new Date(now).toISOString(),
    progress: encodeProgress(progress),
    notes,
  };
  return JSON.stringify(file);
}

export function backupFileName(now: number): string {
  return `prepdeck-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}
