/**
 * A line in localStorage saying how many decks the user's library (IndexedDB) holds, how many
 * cards the user edited, and how many times either changed (`{"count":2,"edits":3,"change":7}`):
 * read synchronously at start-up, so that Home waits for the library only when there is one;
 * written after each change to the library or the edits, and watched for changes made in other
 * tabs (only `librarySaved` is part of the first screen).
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
  readonly change: number;
}

const counted = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

function marker(): Marker {
  try {
    const saved = JSON.parse(localStorage.getItem(MARKER_KEY) ?? '{}') as Record<string, unknown>;
    return {
      count: counted(saved['count']),
      edits: counted(saved['edits']),
      change: counted(saved['change']),
    };
  } catch {
    return { count: 0, edits: 0, change: 0 }; // no storage or a damaged line: counting starts again
  }
}

/**
 * Records a change (best effort: the decks and edits themselves are saved). `change` counts
 * changes, so a rename, which keeps the count, still reaches other tabs.
 */
function mark(next: Partial<Marker>): void {
  const before = marker();
  try {
    localStorage.setItem(
      MARKER_KEY,
      JSON.stringify({ ...before, ...next, change: before.change + 1 }),
    );
  } catch {
    // Full or blocked: the next start-up draws Home first and the decks join it a moment later.
  }
}

/** How many decks the marker says the library holds. */
export const markedDecks = (): number => marker().count;

/** Records the library's size after a change. */
export const markLibrary = (count: number): void => mark({ count });

/** Records how many cards carry an edit after a change of the edits. */
export const markEdits = (edits: number): void => mark({ edits });

/** Calls `listener` when another tab changed the library. */
export function onLibraryChanged(listener: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key === MARKER_KEY) listener();
  });
}
