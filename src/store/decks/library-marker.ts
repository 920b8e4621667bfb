/**
 * A line in localStorage saying how many decks the user's library (IndexedDB) holds and how many
 * times it changed (`{"count":2,"change":7}`): read synchronously at start-up, so that Home waits
 * for the library only when there is one. Written by library-changes.ts, which is not part of the
 * first screen.
 */
export const MARKER_KEY = 'prepdeck:decks';

/** True when this browser has saved decks of the user's (as far as the marker says). */
export function librarySaved(): boolean {
  try {
    return /"count":[1-9]/.test(localStorage.getItem(MARKER_KEY) ?? '');
  } catch {
    return false; // no storage: no library either (IndexedDB goes with it)
  }
}
