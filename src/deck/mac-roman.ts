/**
 * Undoes the classic mis-decoding of UTF-8 text as Mac Roman, where an em dash shows as three
 * characters (U+201A U+00C4 U+00EE) and an emoji as four.
 * The table is Apple's Mac OS Roman mapping (bytes 0x80–0xFF; 0x00–0x7F are ASCII), the same one
 * WHATWG calls "macintosh", so the reversal is exact rather than a guess at a few strings.
 */
const HIGH_HALF: readonly number[] = [
  0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, 0x00e0, 0x00e2, 0x00e4, 0x00e3,
  0x00e5, 0x00e7, 0x00e9, 0x00e8, 0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3,
  0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc, 0x2020, 0x00b0, 0x00a2, 0x00a3,
  0x00a7, 0x2022, 0x00b6, 0x00df, 0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8,
  0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, 0x220f, 0x03c0, 0x222b, 0x00aa,
  0x00ba, 0x03a9, 0x00e6, 0x00f8, 0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab,
  0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201c, 0x201d,
  0x2018, 0x2019, 0x00f7, 0x25ca, 0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02,
  0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, 0x00cb, 0x00c8, 0x00cd, 0x00ce,
  0x00cf, 0x00cc, 0x00d3, 0x00d4, 0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc,
  0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7,
];

const BYTE_OF = new Map<number, number>(HIGH_HALF.map((codePoint, i) => [codePoint, 0x80 + i]));

/** The text cannot be UTF-8 that was read as Mac Roman, so there is nothing to undo. */
export class NotMacRomanError extends Error {
  constructor(message: string) {
    super(`Not Mac Roman–mangled UTF-8: ${message}`);
    this.name = 'NotMacRomanError';
  }
}

/** Text as it was before being read as Mac Roman: back to the bytes, then decoded as UTF-8. */
export function repairMacRoman(text: string): string {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : BYTE_OF.get(code);
    if (byte === undefined) {
      throw new NotMacRomanError(
        `${JSON.stringify(text.charAt(i))} at index ${i} has no Mac Roman byte`,
      );
    }
    bytes[length++] = byte;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length));
  } catch {
    throw new NotMacRomanError('its Mac Roman bytes are not valid UTF-8');
  }
}

/** Whether the text reads as UTF-8 that went through Mac Roman and changes when repaired. */
export function looksMacRomanMangled(text: string): boolean {
  try {
    return repairMacRoman(text) !== text;
  } catch {
    return false;
  }
}
