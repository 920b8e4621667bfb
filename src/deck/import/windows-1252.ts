/**
 * Undoes UTF-8 read as Windows-1252, where `’` shows as three characters and `é` as two
 * (U+00E2 U+20AC U+2122, U+00C3 U+00A9). Bytes 0x80–0x9F
 * map to the characters below (five are unassigned and pass through as C1 controls, as WHATWG
 * decodes them); 0xA0–0xFF are Latin-1. Like the Mac Roman repair, it is exact or it refuses.
 */
const C1: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const BYTE_OF = new Map<number, number>(C1.map((codePoint, i) => [codePoint, 0x80 + i]));

/** The text as it was before being read as Windows-1252, or null when it cannot have been. */
export function repairWindows1252(text: string): string | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // C1 controls stand for their own byte: ISO-8859-1 readers (and Node) decode them so.
    const byte = code <= 0xff ? code : BYTE_OF.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return repaired === text ? null : repaired;
  } catch {
    return null;
  }
}

/** Decodes legacy Windows-1252 bytes (TextDecoder's "windows-1252" is Latin-1 in some runtimes). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (C1[byte - 0x80] ?? byte) : byte);
  }
  return text;
}
