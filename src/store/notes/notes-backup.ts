import type { OwnAnswers } from '../../deck/key-points/own-answer.ts';
import { browserStorage, guardedGet } from '../kernel/guarded-storage.ts';

/** Your own answers, under their own key: a note never risks the review progress, nor it them. */
export const NOTES_STORAGE_KEY = 'prepdeck:notes';

// Set once the notes store has loaded (it loads on demand, with the screens that show notes).
let loaded: (() => OwnAnswers) | null = null;

/** The notes store hands over its answers: those in memory, also any storage refused. */
export function provideNotes(source: () => OwnAnswers): void {
  loaded = source;
}

/**
 * Own answers for a backup: the notes store's once loaded, else as saved (checked on restore).
 * Read here rather than by loading the store, so the first screen carries no notes code.
 */
export function notesForBackup(): unknown {
  if (loaded) return loaded();
  const raw = guardedGet(browserStorage(), NOTES_STORAGE_KEY);
  try {
    return raw === null ? undefined : (JSON.parse(raw) as { answers?: unknown } | null)?.answers;
  } catch {
    return undefined; // unreadable: the notes store keeps it aside when it loads
  }
}
