import { now } from '../kernel/clock.ts';
import { useSaveStatus } from '../kernel/save-status.ts';
import {
  ARCHIVE_AFTER,
  CURRENT_VERSION,
  decodeProgress,
  encodeProgress,
  migrateProgress,
  type Progress,
} from '../progress/saved-format.ts';
import type { BackupFile } from './backup-file.ts';
import {
  deckCardKeys,
  planDecks,
  readFileDecks,
  type DeckPlan,
  type FileDecks,
} from './deck-backup.ts';
import type { StoredDeck } from '../decks/index.ts';

// Only reading a backup is here, loaded with Settings; writing one (backup-file.ts) is on the
// first screen, for the "Download a backup" offered when saving fails.
export { createBackup } from './backup-file.ts';

interface RestoreSummary {
  readonly reviews: number;
  readonly cards: number;
  readonly bookmarks: number;
  /** Cards with progress in the backup that no deck here has: kept, not dropped. */
  readonly unknownCards: number;
  readonly firstReview: number | null;
  readonly lastReview: number | null;
  readonly exportedAt: string;
  /** Reviews the file says its browser could not read into it (0: it is whole). */
  readonly missingReviews: number;
  /** What the restore replaces. */
  readonly currentReviews: number;
}

/** This browser's decks, which a backup's decks are compared with. */
export interface DecksHere {
  /** The user's library, as saved. */
  readonly library: readonly StoredDeck[];
  /** Ids of the decks that come with the app: a file's deck never takes one over. */
  readonly builtInIds: ReadonlySet<string>;
  /** Ids of decks deleted here and kept in Recently deleted: a merge asks before it brings one back. */
  readonly deletedIds?: ReadonlySet<string>;
}

export const NO_DECKS_HERE: DecksHere = { library: [], builtInIds: new Set() };

export type RestorePlan =
  | {
      readonly ok: true;
      readonly progress: Progress;
      readonly summary: RestoreSummary;
      /** The file's own answers as found, checked by the notes store when merged; null if none. */
      readonly notes: unknown;
      /** The file's card edits as found, checked when merged; null if none. */
      readonly edits: unknown;
      /** The user's decks it holds, compared with this browser's. */
      readonly decks: DeckPlan;
    }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string) => ({ ok: false, reason }) as const;

/** How messages name what is read: a downloaded file, or a link that carries the same data. */
export interface BackupWords {
  /** "This file" */
  readonly source: string;
  /** "This backup" */
  readonly backup: string;
  /** What to do once the app is updated: "restore it". */
  readonly retry: string;
}

export const FILE_WORDS: BackupWords = {
  source: 'This file',
  backup: 'This backup',
  retry: 'restore it',
};

/** A backup read and checked, before anything changes; or a plain reason to refuse it. */
export type ReadBackup =
  | {
      readonly ok: true;
      readonly progress: Progress;
      readonly exportedAt: string;
      /** Reviews the file says it lacks (its browser could not read them); 0 when whole. */
      readonly missingReviews: number;
      /** Every card it has progress for. */
      readonly keys: ReadonlySet<string>;
      /** Those of `keys` no deck here has: kept, not dropped. */
      readonly unknown: readonly string[];
      /** The file's own answers as found, checked by the notes store when merged; null if none. */
      readonly notes: unknown;
      /** The file's card edits as found, checked when merged; null if none. */
      readonly edits: unknown;
      /** The user's decks it holds, checked (older backups have none). */
      readonly decks: FileDecks;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a backup's text: refuses what is not JSON, not a PrepDeck backup, from a newer version,
 * damaged, or for other decks only.
 */
export function readBackup(
  text: string,
  knownCards: ReadonlySet<string>,
  words: BackupWords = FILE_WORDS,
): ReadBackup {
  const { source, backup } = words;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(`${source} is not a PrepDeck backup: it is not JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse(`${source} is not a PrepDeck backup.`);
  }
  if (Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'constructor')) {
    return refuse(`${source} is not a safe PrepDeck backup: it has forbidden keys.`);
  }
  const file = value as Partial<Record<keyof BackupFile, unknown>>;
  if (file.app !== 'prepdeck' || file.kind !== 'progress') {
    return refuse(`${source} is not a PrepDeck progress backup.`);
  }
  if (typeof file.version !== 'number' || !Number.isSafeInteger(file.version) || file.version < 1) {
    return refuse(`${backup} has no valid format version.`);
  }
  if (file.version > CURRENT_VERSION) {
    return refuse(
      `${backup} was made by a newer version of PrepDeck (format ${file.version}); this one reads up to format ${CURRENT_VERSION}. Update the app, then ${words.retry}.`,
    );
  }
  let progress: Progress;
  try {
    progress = decodeProgress(migrateProgress(file.progress, file.version));
  } catch (error) {
    return refuse(
      `${backup} is damaged: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }

  // The file's own decks make their cards known: a backup of a user's deck alone restores.
  const decks = readFileDecks(file.decks);
  const carried = new Set(deckCardKeys(decks.decks));
  const keys = new Set([...Object.keys(progress.cards), ...progress.log.map((r) => r.card)]);
  const unknown = [...keys].filter((key) => !knownCards.has(key) && !carried.has(key));
  if (keys.size > 0 && unknown.length === keys.size) {
    const decks = [...new Set(unknown.map((key) => key.split('/')[0]))].join(', ');
    return refuse(
      `${backup} holds progress for other decks only (${decks}): none of its cards are here.`,
    );
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : '';
  const lacking = (file.missing as { reviews?: unknown } | undefined)?.reviews;
  const missingReviews =
    Number.isSafeInteger(lacking) && (lacking as number) > 0 ? (lacking as number) : 0;
  return {
    ok: true,
    progress,
    exportedAt,
    missingReviews,
    keys,
    unknown,
    notes: file.notes ?? null,
    edits: file.edits ?? null,
    decks,
  };
}

/**
 * Characters `progress` takes in localStorage once saved, to check it fits before anything
 * changes. With IndexedDB (the journal is on) reviews older than `ARCHIVE_AFTER` go there
 * first, so only recent ones count.
 */
export function savedSize(progress: Progress): number {
  const cutoff = now() - ARCHIVE_AFTER;
  const log =
    useSaveStatus.getState().journal === 'on'
      ? progress.log.filter((r) => r.time >= cutoff)
      : progress.log;
  return JSON.stringify({ state: encodeProgress({ ...progress, log }), version: CURRENT_VERSION })
    .length;
}

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
  here: DecksHere = NO_DECKS_HERE,
): RestorePlan {
  const read = readBackup(text, knownCards);
  if (!read.ok) return read;
  const { progress, keys, unknown } = read;
  // Checked before anything is replaced: a restore that cannot be saved would leave the
  // progress in memory only.
  const needed = savedSize(progress);
  if (needed > room) {
    return refuse(
      `This backup needs about ${megabytes(needed)} of browser storage and there is room for about ${megabytes(Math.max(0, room))}. Nothing was changed: free some space (kept copies are listed below) and try again.`,
    );
  }
  return {
    ok: true,
    progress,
    notes: read.notes,
    edits: read.edits,
    summary: {
      reviews: progress.log.length,
      cards: keys.size,
      bookmarks: Object.values(progress.bookmarks).filter((b) => b.on).length,
      unknownCards: unknown.length,
      firstReview: progress.log[0]?.time ?? null,
      lastReview: progress.log.at(-1)?.time ?? null,
      exportedAt: read.exportedAt,
      missingReviews: read.missingReviews,
      currentReviews: current.log.length,
    },
    decks: planDecks(read.decks, here.library, here.builtInIds, here.deletedIds),
  };
}

export const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

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
