import { MARKER_KEY } from './library-marker.ts';

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
