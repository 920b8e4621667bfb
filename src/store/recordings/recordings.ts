import type { DBSchema, IDBPDatabase } from 'idb';
import { openDatabase } from '../kernel/database.ts';
import { browserIndexedDb } from '../kernel/guarded-storage.ts';
import { fitsUnderCap, MAX_RECORDINGS_BYTES } from './recording-limits.ts';

/**
 * Spoken answers, on this device only: never sent anywhere, never in backups. A database of
 * their own, so that the progress database ('prepdeck') can change its schema freely.
 */
export const RECORDINGS_DB = 'prepdeck-recordings';
const DB_VERSION = 1;

interface RecordingMeta {
  readonly id: string;
  /** The card's key (`deck/card`). */
  readonly card: string;
  readonly createdAt: number;
  readonly durationMs: number;
  /** The audio's MIME type as the recorder wrote it ("audio/webm;codecs=opus"). */
  readonly type: string;
  readonly size: number;
}

export interface Recording extends RecordingMeta {
  readonly audio: Blob;
}

interface RecordingsDb extends DBSchema {
  /** What lists and the storage cap need, without the audio. */
  meta: { key: string; value: RecordingMeta; indexes: { card: string } };
  /** The audio as bytes: an ArrayBuffer clones everywhere a Blob may not (old Safari). */
  audio: { key: string; value: ArrayBuffer };
}

/** Why a recording was not saved: the cap, the device's storage, or no IndexedDB at all. */
export type SaveFailure = 'cap' | 'full' | 'unavailable';

export class RecordingSaveError extends Error {
  constructor(readonly reason: SaveFailure) {
    super(`recording not saved: ${reason}`);
    this.name = 'RecordingSaveError';
  }
}

/** A card's recordings, and how many of its saved ones failed the checks (kept, untouched). */
interface CardRecordings {
  readonly recordings: Recording[];
  readonly unreadable: number;
}

export interface RecordingStore {
  /** A card's recordings, newest first; none when IndexedDB is unavailable. */
  list(card: string): Promise<CardRecordings>;
  /** Saves a recording, or throws a RecordingSaveError saying why not. */
  add(meta: Omit<RecordingMeta, 'size'>, audio: Blob): Promise<RecordingMeta>;
  remove(id: string): Promise<void>;
  /** Bytes used by all recordings. */
  usage(): Promise<number>;
  /** Called after each add or remove in this tab; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface RecordingStoreOptions {
  readonly indexedDB: IDBFactory | null;
  readonly cap?: number;
}

/**
 * Whether a saved recording's details are what this version writes: read back, they are checked
 * like a file, so a damaged record is left out (and counted) instead of breaking the list.
 */
function isRecordingMeta(value: unknown): value is RecordingMeta {
  if (typeof value !== 'object' || value === null) return false;
  const { id, card, createdAt, durationMs, type, size } = value as Record<string, unknown>;
  const count = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  return (
    typeof id === 'string' &&
    id !== '' &&
    typeof card === 'string' &&
    typeof type === 'string' &&
    count(createdAt) &&
    count(durationMs) &&
    Number.isSafeInteger(size) &&
    count(size)
  );
}

/** Bytes the recordings take; a damaged record counts as nothing (its size cannot be trusted). */
const usedBy = (metas: readonly unknown[]): number =>
  metas.reduce<number>((sum, meta) => sum + (isRecordingMeta(meta) ? meta.size : 0), 0);

const isQuota = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

async function openRecordingsDb(
  factory: IDBFactory | null,
  onClose: () => void,
): Promise<IDBPDatabase<RecordingsDb> | null> {
  try {
    return await openDatabase<RecordingsDb>(
      factory,
      {
        name: RECORDINGS_DB,
        version: DB_VERSION,
        upgrade(database) {
          database.createObjectStore('meta', { keyPath: 'id' }).createIndex('card', 'card');
          database.createObjectStore('audio');
        },
      },
      onClose,
    );
  } catch {
    return null;
  }
}

/** The recordings database; opened on first use. */
export function openRecordingStore(options: RecordingStoreOptions): RecordingStore {
  const cap = options.cap ?? MAX_RECORDINGS_BYTES;
  let opening: Promise<IDBPDatabase<RecordingsDb> | null> | null = null;
  const db = () => (opening ??= openRecordingsDb(options.indexedDB, () => (opening = null)));
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  const usage = async () => {
    const open = await db();
    if (!open) return 0;
    return usedBy(await open.getAll('meta'));
  };

  return {
    async list(card) {
      const open = await db();
      if (!open) return { recordings: [], unreadable: 0 };
      const tx = open.transaction(['meta', 'audio']);
      const found: unknown[] = await tx.objectStore('meta').index('card').getAll(card);
      const metas = found.filter(isRecordingMeta);
      const audio = await Promise.all(metas.map((m) => tx.objectStore('audio').get(m.id)));
      await tx.done;
      const recordings = metas
        .map((meta, i) => ({ meta, bytes: audio[i] }))
        .filter((r): r is { meta: RecordingMeta; bytes: ArrayBuffer } => r.bytes !== undefined)
        .map(({ meta, bytes }) => ({ ...meta, audio: new Blob([bytes], { type: meta.type }) }))
        .sort((a, b) => b.createdAt - a.createdAt);
      return { recordings, unreadable: found.length - recordings.length };
    },
    async add(fields, audio) {
      const open = await db();
      if (!open) throw new RecordingSaveError('unavailable');
      const bytes = await audio.arrayBuffer();
      const meta: RecordingMeta = { ...fields, size: bytes.byteLength };
      const tx = open.transaction(['meta', 'audio'], 'readwrite');
      const done = tx.done;
      // Awaited below, or rejected by the abort: never an unhandled rejection.
      done.catch(() => undefined);
      try {
        const used = usedBy(await tx.objectStore('meta').getAll());
        if (!fitsUnderCap(used, meta.size, cap)) throw new RecordingSaveError('cap');
        // One request at a time: a failing one leaves no other pending to reject unheard.
        await tx.objectStore('meta').put(meta);
        await tx.objectStore('audio').put(bytes, meta.id);
        await done;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted by the failure itself.
        }
        if (error instanceof RecordingSaveError) throw error;
        throw new RecordingSaveError(isQuota(error) ? 'full' : 'unavailable');
      }
      changed();
      return meta;
    },
    async remove(id) {
      const open = await db();
      if (!open) return;
      const tx = open.transaction(['meta', 'audio'], 'readwrite');
      void tx.objectStore('meta').delete(id);
      void tx.objectStore('audio').delete(id);
      await tx.done;
      changed();
    },
    usage,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let shared: RecordingStore | null = null;

/** This browser's recordings (the one place the app reaches IndexedDB's global for them). */
export function recordingStore(): RecordingStore {
  shared ??= openRecordingStore({
    indexedDB: browserIndexedDb(),
  });
  return shared;
}
