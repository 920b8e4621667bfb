/**
 * A line in localStorage saying how many decks the user's library (IndexedDB) holds and how many
 * times it changed (`{"count":2,"change":7}`): read synchronously at start-up, so that Home waits
 * for the library only when there is one; written after each change to the library, and watched
 * for changes made in other tabs (only `librarySaved` is part of the first screen).
 */
const MARKER_KEY = 'prepdeck:decks';

/** True when this browser has saved decks of the user's (as far as the marker says). */
export function librarySaved(): boolean {
  try {
    return /"count":[1-9]/.test(localStorage.getItem(MARKER_KEY) ?? '');
  } catch {
    return false; // no storage: no library either (IndexedDB goes with it)
  }
}

function changes(): number {
  try {
    const { change } = JSON.parse(localStorage.getItem(MARKER_KEY) ?? '{}') as { change?: unknown };
    return typeof change === 'number' && Number.isSafeInteger(change) ? change : 0;
  } catch {
    return 0; // no storage or a damaged line: counting starts again
  }
}

/**
 * Records the library's size after a change (best effort: the decks themselves are saved).
 * `change` counts changes, so a rename, which keeps the count, still reaches other tabs.
 */
export function markLibrary(count: number): void {
  try {
    localStorage.setItem(MARKER_KEY, JSON.stringify({ count, change: changes() + 1 }));
  } catch {
    // Full or blocked: the next start-up draws Home first and the decks join it a moment later.
  }
}

/** Calls `listener` when another tab changed the library. */
export function onLibraryChanged(listener: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key === MARKER_KEY) listener();
  });
}
