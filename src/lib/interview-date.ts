const pad = (n: number) => String(n).padStart(2, '0');

/** A time as the value of a local `<input type="date">`: YYYY-MM-DD. */
export function dateInputValue(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The interview time for a date typed in a date input, at `hour` local time; an error for
 * an incomplete date or one already past at `now`.
 */
export function parseInterviewDate(
  value: string,
  now: number,
  hour = '09:00',
): { readonly at: number } | { readonly error: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    return { error: 'Enter a whole date: day, month and year.' };
  const at = new Date(`${value}T${hour}`).getTime();
  if (!Number.isFinite(at)) return { error: 'That is not a date.' };
  if (at <= now) return { error: 'That date has passed: pick a day still to come.' };
  return { at };
}
