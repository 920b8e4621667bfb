import type { IDBPDatabase } from 'idb';
import { decodeOwnAnswers, type OwnAnswers } from '../../deck/key-points/own-answer.ts';
import { openDatabase } from '../kernel/database.ts';

/**
 * Own answers, also in IndexedDB. localStorage reaches the disk seconds after each keystroke
 * (a browser killed in between loses the words typed last); a committed IndexedDB write
 * survives such a kill. Each answer is kept under its card key, with its edit time, so the
 * two copies merge as two tabs do: the newer edit of each card wins.
 */
export interface NotesMirror {
  /** Writes these answers (the ones just changed); resolves true once on disk. */
  put(answers: OwnAnswers): Promise<boolean>;
  /** Every answer kept, and how many entries failed the checks (left in place, untouched). */
  read(): Promise<{ answers: OwnAnswers; unreadable: number }>;
}

interface NotesDb {
  answers: { key: string; value: unknown };
}

export const NOTES_DB_NAME = 'prepdeck-notes';

/**
 * Opens the mirror; null without IndexedDB or when it cannot be opened (a newer version's
 * database, say), and then localStorage alone keeps the answers, as before. A tab of an older
 * version holding the database delays the open (`onBlocked` says so); writes wait for it.
 */
export async function openNotesMirror(
  factory: IDBFactory | null,
  onBlocked?: () => void,
): Promise<NotesMirror | null> {
  let current: Promise<IDBPDatabase<NotesDb>> | null = null;
  const open = () =>
    openDatabase<NotesDb>(
      factory,
      {
        name: NOTES_DB_NAME,
        version: 1,
        upgrade(database) {
          if (!database.objectStoreNames.contains('answers')) database.createObjectStore('answers');
        },
      },
      // Closed for a newer version (or by the browser): the next write opens it again.
      () => void (current = null),
      onBlocked,
    ).catch((error: unknown) => {
      current = null; // tried again at the next write
      throw error;
    });
  const connection = () => (current ??= open());
  try {
    await connection();
  } catch {
    return null;
  }
  return {
    async put(answers) {
      try {
        const tx = (await connection()).transaction('answers', 'readwrite');
        for (const [key, answer] of Object.entries(answers)) void tx.store.put(answer, key);
        await tx.done;
        return true;
      } catch {
        return false;
      }
    },
    async read() {
      try {
        const tx = (await connection()).transaction('answers');
        const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
        const found = Object.fromEntries(keys.map((key, i) => [key, values[i]]));
        const { answers, rejected } = decodeOwnAnswers(found);
        return { answers, unreadable: rejected.length };
      } catch {
        return { answers: {}, unreadable: 0 };
      }
    },
  };
}
