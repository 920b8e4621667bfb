/** What a typed value means: a value to save, or why it cannot be saved. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
  /** An empty field means "none" (null). */
  readonly optional?: boolean;
}

/** A number typed into a field, checked against its range; never clamped behind the user's back. */
export function parseNumber(text: string, rule: NumberRule): Parsed<number | null> {
  const trimmed = text.trim();
  const range = `from ${rule.min} to ${rule.max}`;
  if (trimmed === '') {
    return rule.optional
      ? { ok: true, value: null }
      : { ok: false, error: `Enter a ${rule.integer ? 'whole number' : 'number'} ${range}.` };
  }
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, error: `“${trimmed}” is not a number.` };
  if (rule.integer && !Number.isInteger(value))
    return { ok: false, error: `Enter a whole number ${range}.` };
  if (value < rule.min || value > rule.max)
    return { ok: false, error: `${value} is out of range: enter a number ${range}.` };
  return { ok: true, value };
}

/** A share (0.85) as a person reads it, in percent (85; 85.5 where it has a tenth). */
export const toPercent = (share: number): number => Math.round(share * 1000) / 10;

/**
 * A share typed in percent ("85", "85.5") for a setting kept as a fraction (0.85), checked
 * against `rule`'s range given as fractions and explained in percent.
 */
export function parsePercent(text: string, rule: NumberRule): Parsed<number | null> {
  const range = { ...rule, min: toPercent(rule.min), max: toPercent(rule.max) };
  const parsed = parseNumber(text, range);
  if (!parsed.ok || parsed.value === null) return parsed;
  return { ok: true, value: Math.round(parsed.value * 10) / 1000 };
}

/**
 * A date from a date field (`2026-12-03`), or null when cleared. A year typed digit by digit
 * passes through 0002 and 0020: those wait for the field to be left, and are refused.
 */
export function parseDate(text: string): Parsed<string | null> {
  if (text === '') return { ok: true, value: null };
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(text);
  const year = Number(match?.[1]);
  if (!match || year < 2000 || year > 2200)
    return { ok: false, error: 'Enter a whole date, from the year 2000 to 2200.' };
  return { ok: true, value: text };
}

/** A time of day from a time field (`09:30`); empty is allowed. */
export function parseTime(text: string): Parsed<string> {
  return text === '' || /^\d{2}:\d{2}(:\d{2})?$/.test(text)
    ? { ok: true, value: text }
    : { ok: false, error: 'Enter a time such as 09:30.' };
}
