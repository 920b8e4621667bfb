import type { DBSchema } from 'idb';
import { openDatabase } from '../kernel/database.ts';
import { browserIndexedDb } from '../kernel/guarded-storage.ts';
import { open, seal, type SyncKeys } from './sync-crypto.ts';

/** The server and the account on it that this browser syncs with. */
export interface SyncAccount {
  /** The database's address, e.g. `https://couch.example.com/prepdeck-ada`. */
  readonly url: string;
  readonly user: string;
  readonly password: string;
}

/** As kept: the password sealed with the passphrase's key, the keys themselves not extractable. */
interface SavedAccount {
  readonly url: string;
  readonly user: string;
  readonly password: string;
  readonly keys: SyncKeys;
}

interface AccountSchema extends DBSchema {
  account: { key: 'current'; value: SavedAccount };
}

const openAccounts = () =>
  openDatabase<AccountSchema>(browserIndexedDb(), {
    name: 'prepdeck-sync-account',
    version: 1,
    upgrade(database) {
      if (!database.objectStoreNames.contains('account')) database.createObjectStore('account');
    },
  });

export async function saveAccount(account: SyncAccount, keys: SyncKeys): Promise<void> {
  const database = await openAccounts();
  try {
    const password = await seal(keys, account.password);
    await database.put(
      'account',
      { url: account.url, user: account.user, password, keys },
      'current',
    );
  } finally {
    database.close();
  }
}

/** The saved account and its keys, or null when sync was never set up (or was turned off). */
export async function loadAccount(): Promise<{ account: SyncAccount; keys: SyncKeys } | null> {
  const database = await openAccounts();
  try {
    const saved = await database.get('account', 'current');
    if (!saved) return null;
    const password = await open(saved.keys, saved.password);
    if (typeof password !== 'string') return null;
    return { account: { url: saved.url, user: saved.user, password }, keys: saved.keys };
  } finally {
    database.close();
  }
}

export async function forgetAccount(): Promise<void> {
  const database = await openAccounts();
  try {
    await database.delete('account', 'current');
  } finally {
    database.close();
  }
}
