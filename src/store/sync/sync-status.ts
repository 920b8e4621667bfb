import { create } from 'zustand';
import {
  browserStorage,
  guardedGet,
  guardedRemove,
  guardedSet,
} from '../kernel/guarded-storage.ts';

/** Where sync stands, for the header and Settings. */
export type SyncState =
  | { readonly kind: 'off' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'syncing' }
  /** Everything sent and received, at `at` (epoch ms). */
  | { readonly kind: 'synced'; readonly at: number }
  /** The server cannot be reached: `waiting` changes are kept here until it can. */
  | { readonly kind: 'offline'; readonly waiting: number }
  /** The server answers, but with errors (or this browser cannot store): retried on its own. */
  | { readonly kind: 'trouble'; readonly reason: string; readonly waiting: number }
  /** Stopped until the user acts (a wrong password): why, in words. */
  | { readonly kind: 'paused'; readonly reason: string }
  /** Another tab of this browser syncs for every tab. */
  | { readonly kind: 'other-tab' };

export const useSyncStatus = create<{
  readonly state: SyncState;
  /** Change sets received that this version cannot read (a newer version's, or damaged). */
  readonly unreadable: number;
}>()(() => ({
  state: { kind: 'off' },
  unreadable: 0,
}));

export const setSyncState = (state: SyncState): void => useSyncStatus.setState({ state });

/**
 * Whether sync is turned on, and with which server (its address only: the password and the
 * keys are in IndexedDB, never in localStorage). Read at start-up without opening a database,
 * so that a browser that does not sync never loads its code.
 */
export const SYNC_SETTING = 'prepdeck:sync';

export function syncServer(): string | null {
  const saved = guardedGet(browserStorage(), SYNC_SETTING);
  if (!saved) return null;
  try {
    const { url } = JSON.parse(saved) as { url?: unknown };
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

export function rememberSyncServer(url: string | null): void {
  if (url === null) guardedRemove(browserStorage(), SYNC_SETTING);
  else guardedSet(browserStorage(), SYNC_SETTING, JSON.stringify({ url }));
}
