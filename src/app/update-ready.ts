import { useSyncExternalStore } from 'react';

/** Switches to the waiting version: its service worker takes over, then the page reloads. */
export type ActivateUpdate = () => Promise<void>;

let waiting: ActivateUpdate | null = null;
const listeners = new Set<() => void>();

/** Called when a new version has been downloaded whole and waits for the learner's go. */
export function offerUpdate(activate: ActivateUpdate): void {
  waiting = activate;
  for (const listener of listeners) listener();
}

/** The waiting version's switch, if there is one. */
export const waitingUpdate = (): ActivateUpdate | null => waiting;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders when a new version is ready. */
export function useWaitingUpdate(): ActivateUpdate | null {
  return useSyncExternalStore(subscribe, waitingUpdate, () => null);
}
