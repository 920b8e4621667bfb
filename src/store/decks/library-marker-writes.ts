import { MARKER_KEY, marker, parseMarker, type Marker } from './library-marker.ts';

// The library marker's writes and watchers (see library-marker.ts): only the library's code,
// loaded after the first screen, changes the marker or follows other tabs' changes of it.

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
