// End-to-end encryption of what sync sends: the server stores ciphertext and ids it cannot
// read. Keys come from the user's passphrase (PBKDF2), which never leaves the browser.

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023): a few hundred ms once per device. */
const KEY_ITERATIONS = 600_000;

/** The two keys of one passphrase: one seals documents, the other names them. */
export interface SyncKeys {
  readonly cipher: CryptoKey;
  readonly names: CryptoKey;
}

/**
 * What the server keeps so that every device derives the same keys and can tell a wrong
 * passphrase: the salt, the work factor, and a known text sealed with the key.
 */
export interface KeyCheck {
  /**
   * How the keys are made and the data sealed: a later version that changes either writes a
   * higher one, which this version refuses to guess at (absent on the first databases: 1).
   */
  readonly format?: number;
  readonly salt: string;
  readonly iterations: number;
  readonly check: string;
}

/** The format this version writes and reads. */
const KEY_FORMAT = 1;

const CHECK_TEXT = 'prepdeck sync key check';

/** The server's data was set up by a newer version of PrepDeck than this one. */
export class NewerFormatError extends Error {
  constructor() {
    super(
      'The data on the server was set up by a newer version of PrepDeck: update PrepDeck (reload this page) to sync with it.',
    );
    this.name = 'NewerFormatError';
  }
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('This passphrase does not open the data on the server (it was set with another one).');
    this.name = 'WrongPassphraseError';
  }
}

export async function deriveKeys(
  passphrase: string,
  salt: string,
  iterations: number,
): Promise<SyncKeys> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
      material,
      512,
    ),
  );
  // Not extractable: kept in IndexedDB, a key can be used by this app but never read out.
  const [cipher, names] = await Promise.all([
    crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]),
  ]);
  return { cipher, names };
}

/** A new passphrase's check, for the first device that syncs to an empty database. */
export async function newKeyCheck(
  passphrase: string,
  iterations = KEY_ITERATIONS,
): Promise<{ keys: SyncKeys; check: KeyCheck }> {
  const salt = toBase64(crypto.getRandomValues(new Uint8Array(16)));
  const keys = await deriveKeys(passphrase, salt, iterations);
  return {
    keys,
    check: { format: KEY_FORMAT, salt, iterations, check: await seal(keys, CHECK_TEXT) },
  };
}

/**
 * The keys of a passphrase that opens `check`; throws `WrongPassphraseError` otherwise, and
 * `NewerFormatError` for a check made by a newer version.
 */
export async function keysFor(passphrase: string, check: KeyCheck): Promise<SyncKeys> {
  if ((check.format ?? 1) > KEY_FORMAT) throw new NewerFormatError();
  const keys = await deriveKeys(passphrase, check.salt, check.iterations);
  const opened = await open(keys, check.check).catch(() => null);
  if (opened !== CHECK_TEXT) throw new WrongPassphraseError();
  return keys;
}

/** JSON sealed with AES-GCM: base64 of a fresh 12-byte IV and the ciphertext with its tag. */
export async function seal(keys: SyncKeys, value: unknown): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.cipher, plain),
  );
  const out = new Uint8Array(iv.length + sealed.length);
  out.set(iv);
  out.set(sealed, iv.length);
  return toBase64(out);
}

/** The value `seal` sealed; rejects when the key is not the one or the text was changed. */
export async function open(keys: SyncKeys, sealed: string): Promise<unknown> {
  const bytes = fromBase64(sealed);
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.slice(0, 12) },
    keys.cipher,
    bytes.slice(12),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

/**
 * A name for content that says nothing of it to the server (HMAC-SHA256, hex, 32 characters):
 * the same content gets the same name on every device with the same passphrase.
 */
export async function contentName(keys: SyncKeys, text: string): Promise<string> {
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', keys.names, new TextEncoder().encode(text)),
  );
  return Array.from(mac.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
