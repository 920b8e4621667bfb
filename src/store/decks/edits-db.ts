import type { DBSchema, IDBPDatabase } from 'idb';
import { decodeEdits } from '../../deck/edits/decode-edits.ts';
import { mergeEdit, type CardEdit, type CardEdits } from '../../deck/edits/card-edit.ts';
import { openDatabase } from '../kernel/database.ts';
import { browserIndexedDb } from '../kernel/guarded-storage.ts';

/**
 * The user's card edits (text, tags, suspensions, burials), one record per card key, in an
 * IndexedDB database of their own: a committed write survives a browser killed the next
 * moment, so the editor closes only once its edit is here.
 */
const EDITS_DB = 'prepdeck-edits';

interface EditsSchema extends DBSchema {
  edits: { key: string; value: unknown };
}

let connection: Promise<IDBPDatabase<EditsSchema>> | null = null;
function open(): Promise<IDBPDatabase<EditsSchema>> {
  const opening = (connection ??= openDatabase<EditsSchema>(
    browserIndexedDb(),
    {
      name: EDITS_DB,
      version: 1,
      upgrade(database) {
        if (!database.objectStoreNames.contains('edits')) database.createObjectStore('edits');
      },
    },
    // Closed for a newer version, or by the browser: the next use opens it again.
    () => {
      if (connection === opening) connection = null;
    },
  ));
  opening.catch(() => {
    if (connection === opening) connection = null; // tried again next time
  });
  return opening;
}

/**
 * Writes these cards' edits in one transaction, each merged with what is on disk (another tab
 * may have changed the card since this one read it: the later change of each part wins), and
 * resolves once on disk with the records as written. A record on disk that cannot be read is
 * never written over: the write is refused, nothing changed.
 */
export async function putEdits(edits: CardEdits): Promise<CardEdits> {
  const tx = (await open()).transaction('edits', 'readwrite');
  const written: Record<string, CardEdit> = {};
  try {
    for (const [key, edit] of Object.entries(edits)) {
      const found: unknown = await tx.store.get(key);
      const disk = decodeEdits(found === undefined ? {} : { [key]: found });
      if (disk.rejected.length > 0)
        throw new Error('the edit saved for this card could not be read; it is kept as it was');
      const kept = disk.edits[key];
      written[key] = kept ? mergeEdit(edit, kept, true) : edit;
      void tx.store.put(written[key], key);
    }
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return written;
}

export interface KeptEdits {
  readonly edits: CardEdits;
  /** Records that failed the checks, by key: left in place untouched, and reported. */
  readonly unreadable: readonly { readonly key: string; readonly reason: string }[];
  /** Every record as found, readable or not (a backup carries them all). */
  readonly found: Readonly<Record<string, unknown>>;
}

/** Every edit kept; throws when the database cannot be read (the caller says so). */
export async function readEdits(): Promise<KeptEdits> {
  const tx = (await open()).transaction('edits');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const found: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    if (key !== '__proto__') found[String(key)] = values[i];
  });
  const { edits, rejected } = decodeEdits(found);
  return { edits, unreadable: rejected.map(({ key, reason }) => ({ key, reason })), found };
}
