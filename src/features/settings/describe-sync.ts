import { plural } from '../../lib/plural.ts';
import type { SyncState } from '../../store/sync/index.ts';

/** Sync's state in a few words, for the header and Settings. */
export function describeSync(state: SyncState, now: number): string {
  switch (state.kind) {
    case 'off':
      return 'Sync is off';
    case 'starting':
      return 'Connecting…';
    case 'syncing':
      return 'Syncing…';
    case 'synced': {
      const minutes = Math.floor((now - state.at) / 60_000);
      return minutes < 1
        ? 'Synced just now'
        : minutes < 60
          ? `Synced ${minutes} min ago`
          : `Synced ${plural(Math.floor(minutes / 60), 'hour')} ago`;
    }
    case 'offline':
      return state.waiting > 0
        ? `Offline — ${plural(state.waiting, 'change')} waiting`
        : 'Offline — sync resumes on its own';
    case 'trouble':
      return `Sync retrying: ${state.reason}${state.waiting > 0 ? ` — ${plural(state.waiting, 'change')} waiting` : ''}`;
    case 'paused':
      return `Sync paused: ${state.reason}`;
    case 'other-tab':
      return 'Syncing in another tab';
  }
}

/**
 * Why a server address cannot be used, or null: a database's address (a path after the
 * host), over HTTPS except on this computer (a password must not cross a network in clear).
 */
export function serverAddressProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'Enter the database’s full address, like https://couch.example.com/prepdeck.';
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return 'Use an https:// address (http:// only for a server on this computer).';
  }
  if (url.pathname.replace(/\/+$/, '') === '') {
    return 'Add the database’s name after the server, like https://couch.example.com/prepdeck.';
  }
  if (url.username || url.password) return 'Put the user name and password in their own fields.';
  return null;
}
