import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  looksMacRomanMangled,
  NotMacRomanError,
  repairMacRoman,
} from '../../src/deck/mac-roman.ts';
import { SOURCE_PATH } from '../support/aws-source.ts';

/** What a Mac Roman reader shows for UTF-8 bytes: the mistake being undone. */
function mangle(text: string): string {
  return new TextDecoder('macintosh').decode(new TextEncoder().encode(text));
}

describe('repairMacRoman', () => {
  it('undoes the mis-decoding of dashes, quotes and emoji', () => {
    expect(repairMacRoman('‚Äî')).toBe('—');
    // U+F8FF is Apple's logo, Mac Roman's reading of the byte 0xF0 that starts every emoji.
    expect(repairMacRoman('\uF8FFüü¢ 1. AWS Basics')).toBe('🟢 1. AWS Basics');
    expect(repairMacRoman('What‚Äôs')).toBe('What’s');
    expect(repairMacRoman('‚öôÔ∏è')).toBe('⚙️');
  });

  it('round-trips every character a Mac Roman reader can produce', () => {
    const sample = 'Café — naïve “quotes” ✅ 🧠 ⚙️ 1️⃣ € ± ≤ ∞ Ω';
    expect(repairMacRoman(mangle(sample))).toBe(sample);
  });

  it('leaves plain ASCII unchanged', () => {
    expect(repairMacRoman('What is AWS?\n\tTab')).toBe('What is AWS?\n\tTab');
  });

  it('refuses text that was never mis-decoded', () => {
    expect(() => repairMacRoman('—')).toThrow(NotMacRomanError);
    expect(() => repairMacRoman('🟢')).toThrow(NotMacRomanError);
    expect(looksMacRomanMangled('Plain — text')).toBe(false);
    expect(looksMacRomanMangled('ASCII only')).toBe(false);
  });

  it('repairs the whole source document, leaving no mis-decoded text', () => {
    const original = readFileSync(SOURCE_PATH, 'utf8');
    expect(looksMacRomanMangled(original)).toBe(true);
    const repaired = repairMacRoman(original);
    expect(repaired).not.toMatch(/‚Ä|Ô∏|üü/);
    expect(repaired).toContain('Elastic Compute Cloud — provides virtual servers');
  });
});
