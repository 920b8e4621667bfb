import type { CardEdits } from '../../deck/edits/card-edit.ts';
import { savedDecks, savedEdits, type StoredDeck } from '../decks/index.ts';
import {
  CURRENT_VERSION,
  encodeProgress,
  type EncodedProgress,
  type Progress,
} from '../progress/saved-format.ts';

/** A downloaded progress file. */
export interface BackupFile {
  readonly app: 'prepdeck';
  readonly kind: 'progress';
  readonly version: number;
  readonly exportedAt: string;
  readonly progress: EncodedProgress;
  /** Your own answers by card (issue 14), checked on restore; older backups have none. */
  readonly notes?: unknown;
  /** The user's own decks, whole (issue 12), checked on restore; older backups have none. */
  readonly decks?: readonly StoredDeck[];
  /** Reviews the browser held but could not read into this file, and why: it is not whole. */
  readonly missing?: MissingReviews;
  /** The user's card edits by card key (issue 19), checked on restore; older backups have none. */
  readonly edits?: CardEdits;
}

export interface MissingReviews {
  readonly reviews: number;
  readonly reason: string;
}

export function createBackup(
  progress: Progress,
  now: number,
  notes?: unknown,
  decks?: readonly StoredDeck[],
  missing?: MissingReviews | null,
  edits?: CardEdits,
): string {
  const file: BackupFile = {
    app: 'prepdeck',
    kind: 'progress',
    version: CURRENT_VERSION,
    exportedAt: new Date(now).toISOString(),
    progress: encodeProgress(progress),
    notes,
    decks: decks?.length ? decks : undefined,
    missing: missing ?? undefined,
    edits: edits && Object.keys(edits).length > 0 ? edits : undefined,
  };
  return JSON.stringify(file);
}

export function backupFileName(now: number): string {
  return `prepdeck-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** The user's decks for a backup, as saved; without them if IndexedDB cannot be read. */
export async function decksForBackup(): Promise<StoredDeck[] | undefined> {
  try {
    return await savedDecks();
  } catch (error) {
    console.error('The deck library could not be read for the backup', error);
    return undefined;
  }
}

/** The user's card edits for a backup, as saved; without them if IndexedDB cannot be read. */
export async function editsForBackup(): Promise<CardEdits | undefined> {
  try {
    // Records as found, those that fail the checks too: a restore checks them again and names
    // what it skips, so nothing saved here is left out of the file.
    return (await savedEdits()).found as CardEdits;
  } catch (error) {
    console.error('Your card edits could not be read for the backup', error);
    return undefined;
  }
}
