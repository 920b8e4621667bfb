/**
 * A line in localStorage saying how many decks the user's library (IndexedDB) holds, how many
 * cards the user edited, and how many times each changed
 * (`{"count":2,"edits":3,"change":7,"editsChange":4}`): read synchronously at start-up, so that
 * Home keeps rows for the decks and other screens wait for them only when there are some;
 * written after each change to the library or the edits, and watched for changes made in other
 * tabs, each kind on its own (an edit read again does not read every deck again). Reading it is part of the first screen; writing and
 * watching it (`library-marker-writes.ts`) come with the library's code.
 */
export const MARKER_KEY = 'prepdeck:decks';

/** True when this browser has saved decks of the user's (as far as the marker says). */
export function librarySaved(): boolean {
  try {
    return /"(count|edits)":[1-9]/.test(localStorage.getItem(MARKER_KEY) ?? '');
  } catch {
    return false; // no storage: no library either (IndexedDB goes with it)
  }
}

export interface Marker {
  readonly count: number;
  readonly edits: number;
  /** Changes of the library (a rename keeps the count). */
  readonly change: number;
  /** Changes of the edits. */
  readonly editsChange: number;
}

const counted = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;

export function parseMarker(raw: string | null): Marker {
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

export function marker(): Marker {
  try {
    return parseMarker(localStorage.getItem(MARKER_KEY));
  } catch {
    return parseMarker(null); // no storage
  }
}

/** How many decks the marker says the library holds. */
export const markedDecks = (): number => marker().count;
