import { create, type StoreApi, type UseBoundStore } from 'zustand';
import {
  decodeOwnAnswers,
  mergeOwnAnswers,
  ownAnswerProblem,
  setOwnAnswer,
  type OwnAnswer,
  type OwnAnswers,
} from '../../deck/key-points/own-answer.ts';
import { NOTES_STORAGE_KEY, provideNotes } from './notes-backup.ts';
import { NOTES_DB_NAME, openNotesMirror, type NotesMirror } from './notes-mirror.ts';
import {
  browserIndexedDb,
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

/** Answers as saved in `raw`; none when it cannot be read (load() has kept such text aside). */
function answersIn(raw: string | null): OwnAnswers {
  if (raw === null) return {};
  try {
    return decodeOwnAnswers((JSON.parse(raw) as { answers?: unknown } | null)?.answers).answers;
  } catch {
    return {};
  }
}

/** The entries of `next` that `before` does not hold as they are. */
const changedIn = (next: OwnAnswers, before: OwnAnswers): OwnAnswers =>
  Object.fromEntries(Object.entries(next).filter(([key, answer]) => before[key] !== answer));

/**
 * A notes store over `backend` (localStorage in the app, a stand-in in tests) and, once it has
 * opened, `mirror` (IndexedDB: what a killed browser had not written to disk yet).
 */
export function createNotesStore(
  backend: Storage | null,
  mirror: Promise<NotesMirror | null> = Promise.resolve(null),
): NotesStore {
  const loaded = load(backend);
  const { blocked } = loaded;
  /** What this tab last wrote: anything else in storage came from another tab. */
  let known: string | null = null;
  /**
   * Saves `answers` merged with what another tab saved meanwhile (its `storage` event may not
   * have arrived yet), so neither tab writes over the other's edits; returns what is now held.
   */
  const save = (answers: OwnAnswers): { answers: OwnAnswers; unsaved: WriteFailure | null } => {
    if (blocked) return { answers, unsaved: 'quota' };
    const current = guardedGet(backend, NOTES_STORAGE_KEY);
    const merged = current === known ? answers : mergeOwnAnswers(answers, answersIn(current));
    const json = JSON.stringify({ version: VERSION, answers: merged });
    const unsaved = guardedSet(backend, NOTES_STORAGE_KEY, json);
    if (!unsaved) known = json;
    return { answers: merged, unsaved };
  };
  /** Until the mirror has been read, changes wait in memory: the merge below writes them. */
  let mirrorRead = false;
  const mirrored = (answers: OwnAnswers) => {
    if (mirrorRead) void mirror.then((m) => m?.put(answers));
  };

  const store = create<NotesState>()((set, get) => ({
    answers: loaded.answers,
    unsaved: blocked ? 'quota' : null,
    setAside: loaded.setAside,
    write(key, text, time) {
      const problem = ownAnswerProblem(text);
      if (problem) return problem;
      const answers = setOwnAnswer(get().answers, key, text, time);
      mirrored({ [key]: answers[key] as OwnAnswer });
      set(save(answers));
      return null;
    },
    merge(incoming) {
      const before = get().answers;
      const next = save(mergeOwnAnswers(before, incoming));
      mirrored(changedIn(next.answers, before));
      set(next);
    },
    restore(found) {
      const { answers, rejected } = decodeOwnAnswers(found);
      get().merge(answers);
      return { answers: countAnswers(answers), unreadable: rejected.length };
    },
  }));

  // Once open, the mirror and this tab's answers take in each other's newer edits.
  void mirror.then(async (opened) => {
    if (!opened) return;
    const kept = await opened.read();
    // From here each change is written as it is made; before, it is in this tab's answers,
    // and this one write (issued first) holds the newest of each.
    mirrorRead = true;
    const { answers } = store.getState();
    const merged = mergeOwnAnswers(answers, kept.answers);
    void opened.put(changedIn(merged, kept.answers));
    if (Object.keys(changedIn(merged, answers)).length > 0) {
      store.setState(save(merged));
    }
    if (kept.unreadable > 0 && !store.getState().setAside) {
      const count = kept.unreadable === 1 ? '1 answer' : `${kept.unreadable} answers`;
      const reason = `${count} in IndexedDB failed the checks`;
      store.setState({ setAside: { key: `IndexedDB ${NOTES_DB_NAME}`, reason } });
    }
  });
  return store;
}

export { NOTES_STORAGE_KEY };

/** Your own answers in this browser. */
export const useNotes = createNotesStore(browserStorage(), openNotesMirror(browserIndexedDb()));

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
