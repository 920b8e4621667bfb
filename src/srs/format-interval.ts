const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short interval label as on the grade buttons: `10m`, `5h`, `1d`, `4d`, `3w`, `5mo`, `1.2y`. */
export function formatInterval(ms: number): string {
  const t = Math.max(0, ms);
  // Units are chosen after rounding, so 59.5 minutes reads "1h", not "60m".
  const minutes = Math.max(1, Math.round(t / MINUTE));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(t / HOUR);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(t / DAY);
  if (days < 14) return `${days}d`;
  if (days < 60) return `${Math.round(days / 7)}w`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years}y`;
}

/** The same interval in words, for screen readers: "10 minutes", "4 days". */
export function describeInterval(ms: number): string {
  const short = formatInterval(ms);
  const match = /^([\d.]+)(m|h|d|w|mo|y)$/.exec(short);
  if (!match) return short;
  const [, amount = '', unit = ''] = match;
  const words: Record<string, string> = {
    m: 'minute',
    h: 'hour',
    d: 'day',
    w: 'week',
    mo: 'month',
    y: 'year',
  };
  return `${amount} ${words[unit]}${amount === '1' ? '' : 's'}`;
}
