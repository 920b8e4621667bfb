import { create, type StoreApi, type UseBoundStore } from 'zustand';
import {
  decodeOwnAnswers,
  mergeOwnAnswers,
  ownAnswerProblem,
  setOwnAnswer,
  type OwnAnswers,
} from '../../deck/key-points/own-answer.ts';
import { NOTES_STORAGE_KEY, provideNotes } from './notes-backup.ts';
import {
  browserStorage,
  guardedGet,
  guardedSet,
  type WriteFailure,
} from '../kernel/guarded-storage.ts';

const VERSION = 1;

/** Saved answers that could not be read, kept aside untouched under `key`. */
interface NotesSetAside {
  readonly key: string;
  readonly reason: string;
}

interface NotesState {
  readonly answers: OwnAnswers;
  /** Why the latest change is kept in this tab only (storage full or blocked); null when saved. */
  readonly unsaved: WriteFailure | null;
  readonly setAside: NotesSetAside | null;
  /** Sets one card's answer and saves at once (each keystroke): why not, when over the limit. */
  write(key: string, text: string, time: number): string | null;
  /** Folds in answers from elsewhere (a backup, another tab): the newer edit of each card wins. */
  merge(answers: OwnAnswers): void;
  /** Merges a backup's answers (as found in the file): how many it held, how many unreadable. */
  restore(found: unknown): RestoredNotes;
}

interface RestoredNotes {
  readonly answers: number;
  readonly unreadable: number;
}

export type NotesStore = UseBoundStore<StoreApi<NotesState>>;

interface Loaded {
  readonly answers: OwnAnswers;
  readonly setAside: NotesSetAside | null;
  /** The saved text could not be kept aside: it must not be written over. */
  readonly blocked: boolean;
}

function load(backend: Storage | null): Loaded {
  const raw = guardedGet(backend, NOTES_STORAGE_KEY);
  if (raw === null) return { answers: {}, setAside: null, blocked: false };
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return keepAside(backend, raw, {}, 'not JSON');
  }
  const { answers, rejected } = decodeOwnAnswers((saved as { answers?: unknown } | null)?.answers);
  const first = rejected[0];
  if (!first) return { answers, setAside: null, blocked: false };
  const more = rejected.length > 1 ? ` and ${rejected.length - 1} more` : '';
  return keepAside(backend, raw, answers, `${first.reason}${more}`);
}

// The whole saved text goes aside, so the entries that could not be read are never lost.
function keepAside(backend: Storage | null, raw: string, answers: OwnAnswers, reason: string) {
  // The first free key: an earlier unreadable copy is never written over.
  let key = `${NOTES_STORAGE_KEY}:unreadable`;
  for (let n = 2; guardedGet(backend, key) !== null; n++)
    key = `${NOTES_STORAGE_KEY}:unreadable-${n}`;
  const failed = guardedSet(backend, key, raw) !== null;
  return { answers, setAside: { key, reason }, blocked: failed };
}

/** A notes store over `backend` (localStorage in the app, a stand-in in tests). */
export function createNotesStore(backend: Storage | null): NotesStore {
  const loaded = load(backend);
  const { blocked } = loaded;
  const save = (answers: OwnAnswers): WriteFailure | null =>
    blocked
      ? 'quota'
      : guardedSet(backend, NOTES_STORAGE_KEY, JSON.stringify({ version: VERSION, answers }));

  return create<NotesState>()((set, get) => ({
    answers: loaded.answers,
    unsaved: blocked ? 'quota' : null,
    setAside: loaded.setAside,
    write(key, text, time) {
      const problem = ownAnswerProblem(text);
      if (problem) return problem;
      const answers = setOwnAnswer(get().answers, key, text, time);
      set({ answers, unsaved: save(answers) });
      return null;
    },
    merge(incoming) {
      const answers = mergeOwnAnswers(get().answers, incoming);
      set({ answers, unsaved: save(answers) });
    },
    restore(found) {
      const { answers, rejected } = decodeOwnAnswers(found);
      get().merge(answers);
      return { answers: countAnswers(answers), unreadable: rejected.length };
    },
  }));
}

export { NOTES_STORAGE_KEY };

/** Your own answers in this browser. */
export const useNotes = createNotesStore(browserStorage());

// Another tab saved its answers: take in its newer edits (ours stay if they are newer).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== NOTES_STORAGE_KEY || event.newValue === null) return;
    try {
      const { answers } = decodeOwnAnswers(
        (JSON.parse(event.newValue) as { answers?: unknown } | null)?.answers,
      );
      useNotes.setState((s) => ({ answers: mergeOwnAnswers(s.answers, answers) }));
    } catch {
      // Unreadable text from another tab: this tab keeps its own answers and reads it on load.
    }
  });
}

/** Cards with an answer written (a cleared one is kept only for merging). */
export const countAnswers = (answers: OwnAnswers): number =>
  Object.values(answers).filter((a) => a.text !== '').length;

// Backups take the answers held here, also those storage refused.
provideNotes(() => useNotes.getState().answers);
