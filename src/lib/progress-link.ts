// Progress in a link: the backup file's text, deflated and base64url-encoded in the hash
// (`#/merge?p=…`), so it never reaches a server. Only small progress fits: a longer link is
// cut by chat apps and makes a QR code too dense for a phone camera.

/** The longest link offered, whole; past it the file is the way. */
export const LINK_LIMIT = 2_000;
/** The most a link may unpack to: a link is small, and a crafted one must not fill memory. */
const UNPACKED_LIMIT = 2_000_000;

export const MERGE_PATH = '#/merge';

export type ProgressLink =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly length: number };

/** A link to `base` (the app's address, without its hash) carrying `text`, if it fits. */
export async function progressLink(base: string, text: string): Promise<ProgressLink> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  const url = `${base}${MERGE_PATH}?p=${toBase64Url(packed)}`;
  return url.length <= LINK_LIMIT ? { ok: true, url } : { ok: false, length: url.length };
}

export class ProgressLinkError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ProgressLinkError';
  }
}

/** The text a link's `p=` value carries; throws `ProgressLinkError` with a plain reason. */
export async function readProgressLink(payload: string): Promise<string> {
  if (payload === '') throw new ProgressLinkError('This link carries no progress.');
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) {
    throw new ProgressLinkError(
      'This link is damaged: it has characters a progress link never has. Copy it again, whole.',
    );
  }
  let unpacked: Uint8Array;
  try {
    unpacked = await pipe(
      fromBase64Url(payload),
      new DecompressionStream('deflate-raw'),
      UNPACKED_LIMIT,
    );
  } catch (error) {
    if (error instanceof ProgressLinkError) throw error;
    throw new ProgressLinkError(
      'This link is damaged or cut short (some apps cut long links). Copy it again, whole, or use the file instead.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    throw new ProgressLinkError('This link is damaged: what it carries is not text.');
  }
}

/** Runs bytes through a (de)compression stream, refusing output past `limit` bytes. */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writes' own rejections are expected then.
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new ProgressLinkError('This link unpacks to far more than any progress: not opened.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on a length no base64 has (a link cut short). */
function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
