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

/** The instant a study day starts (the rollover hour, local time). */
export function studyDayStart(day: number, utcOffset: UtcOffset, dayStartHour: number): number {
  const localMs = day * DAY + dayStartHour * HOUR;
  const guess = localMs - utcOffset(localMs) * 60_000;
  // A daylight-saving change near the rollover moves the offset: correct once.
  return localMs - utcOffset(guess) * 60_000;
}
