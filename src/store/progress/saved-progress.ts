import { decodeProgress, ProgressFormatError } from './codec.ts';
import { CURRENT_VERSION, migrateProgress } from './migrations.ts';
import type { Progress } from './progress.ts';

/** Where the archived part of the history is, saved with the progress (format version 3). */
export interface HistoryPointer {
  /** The archive generation: time-sortable, so tabs settle on the newest (a restore's). */
  readonly gen: string;
  /** How many reviews it holds, for the storage report before it is read. */
  readonly count: number;
}

/** Saved progress as this version understands it. */
export interface SavedProgress {
  /** Null when a newer version's data has a shape this one no longer understands. */
  readonly progress: Progress | null;
  /** Written by a newer version of the app: used if understood, never written over. */
  readonly newer: boolean;
  readonly pointer: HistoryPointer | null;
}

const GENERATION = /^[a-z0-9]{1,12}-[a-z0-9]{1,16}$/;
const DAY = 86_400_000;
/** Reviews older than this leave localStorage for the archive (scheduling needs none of them). */
export const ARCHIVE_AFTER = 45 * DAY;

function readPointer(state: unknown): HistoryPointer | null {
  const value = (state as { history?: unknown } | null)?.history;
  if (value === undefined) return null;
  const { gen, count } = (value ?? {}) as Partial<HistoryPointer>;
  if (typeof gen !== 'string' || !GENERATION.test(gen) || !Number.isSafeInteger(count)) {
    throw new ProgressFormatError('history should name an archive generation and a count');
  }
  return { gen, count: count as number };
}

/** A generation id later than `after` (time-sortable: base-36 ms, then random). */
export function newGeneration(now: number, after: HistoryPointer | null): string {
  const previous = after ? parseInt(after.gen.split('-')[0] ?? '0', 36) : 0;
  const random = crypto.getRandomValues(new Uint32Array(2));
  const time = Math.max(now, previous + 1);
  return `${time.toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}

type Envelope = { state: unknown; version: number };

function parseEnvelope(raw: string): Envelope {
  const value: unknown = JSON.parse(raw);
  if (typeof value !== 'object' || value === null || !('state' in value) || !('version' in value)) {
    throw new Error('not a saved-progress envelope');
  }
  const { state, version } = value as Envelope;
  if (!Number.isSafeInteger(version) || version < 0) throw new Error('invalid version');
  return { state, version };
}

/**
 * Saved progress as this version understands it; throws saying why it cannot. Data from a
 * newer version is never unreadable: it is used if its shape is still understood, and
 * otherwise left alone (progress null), but it is never set aside or written over.
 */
export function readSavedProgress(raw: string): SavedProgress {
  const { state, version } = parseEnvelope(raw);
  if (version > CURRENT_VERSION) {
    try {
      return { progress: decodeProgress(state), newer: true, pointer: null };
    } catch {
      return { progress: null, newer: true, pointer: null };
    }
  }
  const migrated = migrateProgress(state, version);
  return { progress: decodeProgress(migrated), newer: false, pointer: readPointer(migrated) };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
