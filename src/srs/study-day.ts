import type { UtcOffset } from './types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The study day an instant belongs to, as a day number: local time (at that instant's UTC
 * offset) shifted back by the rollover hour, so a review at 1 am counts for the day before.
 * Using each instant's own offset keeps days whole across daylight-saving changes.
 */
export function studyDay(time: number, utcOffset: UtcOffset, dayStartHour: number): number {
  return Math.floor((time + utcOffset(time) * 60_000 - dayStartHour * HOUR) / DAY);
}

/**
 * The first instant of a study day (the rollover hour, local time). When a daylight-saving
 * change skips or repeats the rollover hour, that is the instant `studyDay` first gives `day`.
 */
export function studyDayStart(day: number, utcOffset: UtcOffset, dayStartHour: number): number {
  const localMs = day * DAY + dayStartHour * HOUR;
  const isStart = (t: number) =>
    studyDay(t, utcOffset, dayStartHour) === day &&
    studyDay(t - 1000, utcOffset, dayStartHour) === day - 1;
  // Usually the local time at the offset in force then.
  const guess = localMs - utcOffset(localMs - utcOffset(localMs) * 60_000) * 60_000;
  if (isStart(guess)) return guess;
  // Near a change: search whole seconds within the widest offsets (±14 h, plus slack).
  let low = Math.floor((localMs - 16 * HOUR) / 1000);
  let high = Math.ceil((localMs + 16 * HOUR) / 1000);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (studyDay(mid * 1000, utcOffset, dayStartHour) >= day) high = mid;
    else low = mid + 1;
  }
  return low * 1000;
}
