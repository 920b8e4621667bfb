import { looksMacRomanMangled, repairMacRoman } from '../mac-roman.ts';
import type { Note } from './types.ts';
import { decodeWindows1252, repairWindows1252 } from './windows-1252.ts';

/** Past this a file is not a deck of flashcards (and would hold the page for seconds). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface Envelope {
  /** Null when the input cannot be read as text; the notes say why. */
  readonly text: string | null;
  readonly notes: Note[];
}

const at = (
  ruleId: Note['ruleId'],
  reason: string,
  severity: Note['severity'] = 'error',
): Note => ({
  line: 1,
  column: 1,
  ruleId,
  severity,
  reason,
});

/**
 * Reads a document as text and repairs its envelope: the encoding (UTF-8, UTF-16 with a BOM,
 * or legacy Windows-1252 bytes), a byte order mark, CRLF or CR line ends, and mojibake — UTF-8
 * once read as Windows-1252 or Mac Roman — repaired only when exactly one reading fits.
 * Line numbers are unchanged, so messages point at the file as the user has it.
 */
export function readEnvelope(input: string | Uint8Array): Envelope {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    return {
      text: null,
      notes: [
        at(
          'file-too-large',
          `File of ${(size / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB of questions and answers`,
        ),
      ],
    };
  }
  const notes: Note[] = [];
  let text = typeof input === 'string' ? input : decode(input, notes);
  if (text === null || isBinary(text)) {
    return {
      text: null,
      notes: [
        ...notes,
        at(
          'binary-file',
          'Binary file, expected text (markdown, plain text, CSV or an Anki text export)',
        ),
      ],
    };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    return { text: null, notes: [at('empty-file', 'Empty file, expected questions and answers')] };
  return { text: repairMojibake(text, notes), notes };
}

function decode(bytes: Uint8Array, notes: Note[]): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    notes.push(
      at(
        'encoding-repaired',
        'Not UTF-8; read as Windows-1252 (check accented letters)',
        'warning',
      ),
    );
    return decodeWindows1252(bytes);
  }
}

/** File signatures of what people drop by mistake: zip (docx, apkg), PDF, PNG, GIF, JPEG, SQLite. */
const MAGIC: readonly number[][] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65],
];

/** NUL bytes, or a signature of an archive, image or PDF, in the first few kilobytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0) || MAGIC.some((magic) => magic.every((byte, i) => head[i] === byte));
}

/** Text with control characters other than tabs, line ends and escape, or many U+FFFD marks. */
function isBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  let replaced = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (
      code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0d &&
      code !== 0x0c &&
      code !== 0x0b &&
      code !== 0x1b
    )
      return true;
    if (code === 0xfffd) replaced++;
  }
  return replaced > head.length / 100;
}

const WINDOWS_1252_SIGNS =
  /[\u00C2\u00C3][\u0080-\u00BF\u0152-\u2122]|\u00E2[\u20AC\u0080]|\u00F0[\u0178\u009F]/;
const MAC_ROMAN_SIGNS = /\u221A[\u00A9\u00A8\u00B1\u2020]|\u201A\u00C4|\uF8FF|\u00D4\u00F8/;

function repairMojibake(text: string, notes: Note[]): string {
  const win = WINDOWS_1252_SIGNS.test(text) ? repairWindows1252(text) : null;
  const mac =
    MAC_ROMAN_SIGNS.test(text) && looksMacRomanMangled(text) ? repairMacRoman(text) : null;
  if (win !== null && mac !== null && win !== mac) {
    notes.push(
      at(
        'encoding-ambiguous',
        'Text looks mis-decoded but could be Windows-1252 or Mac Roman; left as it is',
        'warning',
      ),
    );
    return text;
  }
  const repaired = win ?? mac;
  if (repaired === null) return text;
  const from = win !== null ? 'Windows-1252' : 'Mac Roman';
  notes.push(
    at(
      'encoding-repaired',
      `Repaired text that had been decoded as ${from} instead of UTF-8 (garbled quotes, dashes and emoji)`,
      'warning',
    ),
  );
  return repaired;
}
