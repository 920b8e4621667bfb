import { describeInterval } from '../srs/format-interval.ts';

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateAndTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "in 10 minutes (14:05)" or "in 3 days (Sun, Nov 29, 04:00)". */
export function formatWhen(time: number, now: number): string {
  if (time <= now) return 'now';
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  const at = sameDay ? timeOfDay.format(time) : dateAndTime.format(time);
  return `in ${describeInterval(time - now)} (${at})`;
}

const dayDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
});

/** The start of a study day: "tomorrow, from 4:00 AM" or "Sun, Nov 29, from 4:00 AM". */
export function formatDayStart(time: number, now: number): string {
  const day = new Date(time).toDateString();
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  const name =
    day === new Date(now).toDateString()
      ? 'today'
      : day === next.toDateString()
        ? 'tomorrow'
        : dayDate.format(time);
  return `${name}, from ${timeOfDay.format(time)}`;
}

/** "4 min 20 s" for session lengths. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
