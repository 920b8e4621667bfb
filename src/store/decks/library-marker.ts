/**
 * A line in localStorage saying how many decks the user's library (IndexedDB) holds, how many
 * cards the user edited, and how many times each changed
 * (`{"count":2,"edits":3,"change":7,"editsChange":4}`): read synchronously at start-up, so that
 * Home waits for the library only when there is one; written after each change to the library
 * or the edits, and watched for changes made in other tabs, each kind on its own (an edit read
 * again does not read every deck again). Only `librarySaved` is part of the first screen.
 */
const MARKER_KEY = 'prepdeck:decks';

/** True when this browser has saved decks of the user's (as far as the marker says). */
export function librarySaved(): boolean {
  try {
    return /"(count|edits)":[1-9]/.test(localStorage.getItem(MARKER_KEY) ?? '');
  } catch {
    return false; // no storage: no library either (IndexedDB goes with it)
  }
}

interface Marker {
  readonly count: number;
  readonly edits: number;
  /** Changes of the library (a rename keeps the count). */
  readonly change: number;
  /** Changes of the edits. */
  readonly editsChange: number;
}

const counted = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

function parseMarker(raw: string | null): Marker {
  try {
    const saved = JSON.parse(raw ?? '{}') as Record<string, unknown>;
    return {
      count: counted(saved['count']),
      edits: counted(saved['edits']),
      change: counted(saved['change']),
      editsChange: counted(saved['editsChange']),
    };
  } catch {
    return { count: 0, edits: 0, change: 0, editsChange: 0 }; // a damaged line: counting starts again
  }
}

function marker(): Marker {
  try {
    return parseMarker(localStorage.getItem(MARKER_KEY));
  } catch {
    return parseMarker(null); // no storage
  }
}

/** Records a change (best effort: the decks and edits themselves are saved). */
function mark(next: Partial<Marker>, kind: 'change' | 'editsChange'): void {
  const before = marker();
  try {
    localStorage.setItem(
      MARKER_KEY,
      JSON.stringify({ ...before, ...next, [kind]: before[kind] + 1 }),
    );
  } catch {
    // Full or blocked: the next start-up draws Home first and the decks join it a moment later.
  }
}

/** How many decks the marker says the library holds. */
export const markedDecks = (): number => marker().count;

/** Records the library's size after a change. */
export const markLibrary = (count: number): void => mark({ count }, 'change');

/** Records how many cards carry an edit after a change of the edits. */
export const markEdits = (edits: number): void => mark({ edits }, 'editsChange');

/** Calls `listener` when another tab changed what `kind` counts. */
function onMarked(kind: 'change' | 'editsChange', listener: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key !== MARKER_KEY) return;
    if (parseMarker(event.oldValue)[kind] !== parseMarker(event.newValue)[kind]) listener();
  });
}

/** Calls `listener` when another tab changed the library. */
export const onLibraryChanged = (listener: () => void): void => onMarked('change', listener);

/** Calls `listener` when another tab changed the card edits. */
export const onEditsMarked = (listener: () => void): void => onMarked('editsChange', listener);
