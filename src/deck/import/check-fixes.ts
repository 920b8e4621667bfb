import type { ImportFixes } from './fixes.ts';
import { SHAPES, type ShapeName } from './types.ts';

/** At most this many fixes of each kind, and this many characters in each text they name. */
export const MAX_FIXES = 2000;
export const MAX_FIX_CHARS = 1000;

const LISTS = ['questions', 'notQuestions', 'drop', 'mergeUp'] as const;
const PAIRS = { splits: ['question', 'line'], rename: ['question', 'to'] } as const;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_FIX_CHARS;

/**
 * Reads `ImportFixes` from untrusted input (a backup file, a rules file): arrays of short
 * strings, or of pairs of them, capped in number. Returns the fixes, or why they cannot be
 * used; unknown keys are a reason too, so a misspelt rule never passes silently.
 */
export function checkFixes(value: unknown): { fixes: ImportFixes } | { reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { reason: 'the fixes are not an object' };
  const record = value as Record<string, unknown>;
  const fixes: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record)) {
    if (field === undefined) continue;
    if (key === 'shape') {
      if (!(SHAPES as readonly string[]).includes(field as string))
        return { reason: `shape ${JSON.stringify(field)} is not one of ${SHAPES.join(', ')}` };
      fixes.shape = field as ShapeName;
      continue;
    }
    const pair = PAIRS[key as keyof typeof PAIRS] as readonly [string, string] | undefined;
    if (!(LISTS as readonly string[]).includes(key) && !pair)
      return {
        reason: `unknown key ${JSON.stringify(key).slice(0, 60)}, expected shape, ${[...LISTS, ...Object.keys(PAIRS)].join(', ')}`,
      };
    if (!Array.isArray(field)) return { reason: `${key} is not a list` };
    if (field.length > MAX_FIXES) return { reason: `${key} holds more than ${MAX_FIXES} fixes` };
    const items: unknown[] = field;
    if (!pair) {
      if (!items.every(isText))
        return {
          reason: `${key} holds something other than texts of 1 to ${MAX_FIX_CHARS} characters`,
        };
      fixes[key] = items;
      continue;
    }
    const [a, b] = pair;
    const ok = items.every((item) => {
      if (typeof item !== 'object' || item === null) return false;
      const entry = item as Record<string, unknown>;
      return isText(entry[a]) && isText(entry[b]);
    });
    if (!ok) return { reason: `${key} holds something other than {${a}, ${b}} pairs of texts` };
    fixes[key] = items.map((item) => {
      const entry = item as Record<string, string>;
      return { [a]: entry[a], [b]: entry[b] };
    });
  }
  return { fixes: fixes as ImportFixes };
}
