import { decodeProgress, encodeProgress, type EncodedProgress } from './codec.ts';
import { CURRENT_VERSION, migrateProgress } from './migrations.ts';
import type { Progress } from './progress.ts';

/** A downloaded progress file. */
interface BackupFile {
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

interface RestoreSummary {
  readonly reviews: number;
  readonly cards: number;
  readonly bookmarks: number;
  /** Cards with progress in the backup that no deck here has: kept, not dropped. */
  readonly unknownCards: number;
  readonly firstReview: number | null;
  readonly lastReview: number | null;
  readonly exportedAt: string;
  /** What the restore replaces. */
  readonly currentReviews: number;
}

export type RestorePlan =
  | {
      readonly ok: true;
      readonly progress: Progress;
      readonly summary: RestoreSummary;
      /** The file's own answers as found, checked by the notes store when merged; null if none. */
      readonly notes: unknown;
    }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): RestorePlan => ({ ok: false, reason });

/**
 * Checks a backup file before anything changes: what it holds, or a plain reason to refuse it
 * (not JSON, not a PrepDeck backup, from a newer version, damaged, or for other decks only).
 */
export function planRestore(
  text: string,
  knownCards: ReadonlySet<string>,
  current: Progress,
  /** Characters of storage the restored progress may take; unlimited when not given. */
  room = Infinity,
): RestorePlan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('This file is not a PrepDeck backup: it is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('This file is not a PrepDeck backup.');
  }
  if (Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'constructor')) {
    return refuse('This file is not a safe PrepDeck backup: it has forbidden keys.');
  }
  const file = value as Partial<Record<keyof BackupFile, unknown>>;
  if (file.app !== 'prepdeck' || file.kind !== 'progress') {
    return refuse('This file is not a PrepDeck progress backup.');
  }
  if (typeof file.version !== 'number' || !Number.isSafeInteger(file.version) || file.version < 1) {
    return refuse('This backup has no valid format version.');
  }
  if (file.version > CURRENT_VERSION) {
    return refuse(
      `This backup was made by a newer version of PrepDeck (format ${file.version}); this one reads up to format ${CURRENT_VERSION}. Update the app, then restore it.`,
    );
  }
  let progress: Progress;
  try {
    progress = decodeProgress(migrateProgress(file.progress, file.version));
  } catch (error) {
    return refuse(
      `This backup is damaged: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }

  const keys = new Set([...Object.keys(progress.cards), ...progress.log.map((r) => r.card)]);
  const unknown = [...keys].filter((key) => !knownCards.has(key));
  if (keys.size > 0 && unknown.length === keys.size) {
    const decks = [...new Set(unknown.map((key) => key.split('/')[0]))].join(', ');
    return refuse(
      `This backup holds progress for other decks only (${decks}): none of its cards are here.`,
    );
  }
  // Checked before anything is replaced: a restore that cannot be saved would leave the
  // progress in memory only.
  const needed = JSON.stringify({
    state: encodeProgress(progress),
    version: CURRENT_VERSION,
  }).length;
  if (needed > room) {
    return refuse(
      `This backup needs about ${megabytes(needed)} of browser storage and there is room for about ${megabytes(Math.max(0, room))}. Nothing was changed: free some space (kept copies are listed below) and try again.`,
    );
  }
  return {
    ok: true,
    progress,
    notes: file.notes ?? null,
    summary: {
      reviews: progress.log.length,
      cards: keys.size,
      bookmarks: Object.values(progress.bookmarks).filter((b) => b.on).length,
      unknownCards: unknown.length,
      firstReview: progress.log[0]?.time ?? null,
      lastReview: progress.log.at(-1)?.time ?? null,
      exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
      currentReviews: current.log.length,
    },
  };
}

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/** Plans restoring a copy this browser kept (saved progress as stored, with its version). */
export function planRestoreFromSaved(
  raw: string,
  knownCards: ReadonlySet<string>,
  current: Progress,
  room = Infinity,
): RestorePlan {
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return refuse('This copy is damaged: it is not JSON.');
  }
  const { state, version } = (saved ?? {}) as { state?: unknown; version?: unknown };
  const file = { app: 'prepdeck', kind: 'progress', version, exportedAt: '', progress: state };
  return planRestore(JSON.stringify(file), knownCards, current, room);
}
