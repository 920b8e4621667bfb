import { now } from './clock.ts';
import { createProgressStore, STORAGE_KEY } from './progress-store.ts';

/** localStorage, or null where the browser refuses it (privacy modes, blocked site data). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const backend = browserStorage();

/**
 * Saving waits for the next frame to be painted and then for the browser to be idle (at most
 * a second), so grading stays instant with a big history; a page being hidden or closed saves
 * at once.
 */
function afterPaint(write: () => void): void {
  requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(write, { timeout: 1000 });
    else setTimeout(write, 0);
  });
}

/** The app's progress, saved in this browser. */
export const useProgress = createProgressStore({ backend, now, schedule: afterPaint });

window.addEventListener('pagehide', () => useProgress.storage.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') useProgress.storage.flush();
});

// Reviews made in another tab arrive here and are merged in.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY && event.storageArea === backend) {
    useProgress.storage.syncFrom(event.newValue);
  }
});

/** Raw data that was set aside because it could not be read, for the user to download. */
export function readSetAside(key: string): string | null {
  try {
    return backend?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps a copy of the saved progress before a restore replaces it. Returns the key, or null
 * when there was nothing saved or no room for a copy (the caller then offers a download).
 */
export function keepCopyBeforeRestore(time: number): string | null {
  try {
    const raw = backend?.getItem(STORAGE_KEY);
    if (!raw || !backend) return null;
    const key = `${STORAGE_KEY}:before-restore:${new Date(time).toISOString().replace(/[:.]/g, '-')}`;
    backend.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}
