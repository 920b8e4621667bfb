import { describe, expect, it } from 'vitest';
import { formatDayStart } from '../../src/lib/format-time.ts';
import { plural } from '../../src/lib/plural.ts';
import { describeInterval, formatInterval } from '../../src/srs/format-interval.ts';
import { DEFAULT_SETTINGS, LIMITS, normalizeSettings } from '../../src/srs/settings.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
  it.each([
    [0, '1m'],
    [-5 * MINUTE, '1m'],
    [20 * SECOND, '1m'],
    [MINUTE, '1m'],
    [6 * MINUTE, '6m'],
    [10 * MINUTE, '10m'],
    [10 * MINUTE + 29 * SECOND, '10m'],
    [10 * MINUTE + 30 * SECOND, '11m'],
    [59 * MINUTE, '59m'],
  ])('shows short intervals in minutes: %d ms is %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it.each([
    [HOUR, '1h'],
    [90 * MINUTE, '2h'],
    [5 * HOUR, '5h'],
    [5 * HOUR + 29 * MINUTE, '5h'],
    [23 * HOUR, '23h'],
  ])('shows intervals under a day in hours: %d ms is %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it.each([
    [DAY, '1d'],
    [DAY + 11 * HOUR, '1d'],
    [DAY + 12 * HOUR, '2d'],
    [4 * DAY, '4d'],
    [13 * DAY, '13d'],
  ])('shows intervals under two weeks in days: %d ms is %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it.each([
    [14 * DAY, '2w'],
    [21 * DAY, '3w'],
    [24 * DAY, '3w'],
    [25 * DAY, '4w'],
    [59 * DAY, '8w'],
  ])('shows intervals under two months in weeks: %d ms is %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it.each([
    [60 * DAY, '2mo'],
    [150 * DAY, '5mo'],
    [364 * DAY, '12mo'],
  ])('shows intervals under a year in months: %d ms is %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it.each([
    [365 * DAY, '1y'],
    [438 * DAY, '1.2y'],
    [730 * DAY, '2y'],
    [3650 * DAY, '10y'],
    [36500 * DAY, '100y'],
  ])('shows intervals of a year or more in years to one decimal: %d ms is %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });

  it('rounds to whole days before choosing weeks, months or years', () => {
    expect(formatInterval(13 * DAY + 11 * HOUR)).toBe('13d');
    expect(formatInterval(13 * DAY + 12 * HOUR)).toBe('2w');
    expect(formatInterval(364 * DAY + 12 * HOUR)).toBe('1y');
  });

  it('never gets shorter as the interval grows', () => {
    const unit = { m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY, mo: 30 * DAY, y: 365 * DAY };
    const value = (label: string) => {
      const match = /^([\d.]+)(mo|m|h|d|w|y)$/.exec(label);
      expect(match, label).not.toBeNull();
      return Number(match?.[1]) * unit[(match?.[2] ?? 'm') as keyof typeof unit];
    };
    let previous = 0;
    for (let ms = MINUTE; ms < 5 * 365 * DAY; ms = Math.ceil(ms * 1.07)) {
      const v = value(formatInterval(ms));
      expect(v, formatInterval(ms)).toBeGreaterThanOrEqual(previous);
      previous = v;
    }
  });
});

describe('describeInterval', () => {
  it.each([
    [MINUTE, '1 minute'],
    [10 * MINUTE, '10 minutes'],
    [HOUR, '1 hour'],
    [5 * HOUR, '5 hours'],
    [DAY, '1 day'],
    [4 * DAY, '4 days'],
    [21 * DAY, '3 weeks'],
    [30 * DAY, '4 weeks'],
    [150 * DAY, '5 months'],
    [365 * DAY, '1 year'],
    [438 * DAY, '1.2 years'],
  ])('says %d ms as %s', (ms, words) => {
    expect(describeInterval(ms)).toBe(words);
  });

  it('says the same amount as the short label', () => {
    for (const ms of [7 * MINUTE, 3 * HOUR, 9 * DAY, 40 * DAY, 200 * DAY, 900 * DAY]) {
      const short = formatInterval(ms);
      const amount = /^[\d.]+/.exec(short)?.[0];
      expect(describeInterval(ms).startsWith(`${amount} `)).toBe(true);
    }
  });
});

describe('normalizeSettings', () => {
  it('keeps valid settings as they are', () => {
    const settings = {
      desiredRetention: 0.85,
      newPerDay: 15,
      deckNewPerDay: { 'my-notes': 5 },
      dayStartHour: 3,
      interviewAt: Date.UTC(2026, 11, 12, 9),
      targetRecall: 0.9,
      dailyMinutes: 30,
      interviewDecks: ['aws-backend-interview', 'my-notes'],
    };
    expect(normalizeSettings(settings)).toEqual(settings);
  });

  it('gives defaults for missing values', () => {
    expect(normalizeSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      deckNewPerDay: {},
      dayStartHour: 4,
      interviewAt: null,
      targetRecall: 0.95,
      dailyMinutes: null,
      interviewDecks: null,
    });
    expect(normalizeSettings({ newPerDay: 5 })).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5 });
  });

  it('gives defaults for values that are not finite numbers', () => {
    for (const bad of [NaN, Infinity, -Infinity, '0.8', null, undefined, true, {}, [0.8]]) {
      expect(
        normalizeSettings({ desiredRetention: bad, newPerDay: bad, dayStartHour: bad }),
      ).toEqual(DEFAULT_SETTINGS);
    }
  });

  it("keeps each deck's own new-card limit as a whole number in range, dropping the rest", () => {
    const limits = { a: 3, b: 2.6, c: -4, d: 99_999, e: '5', f: null, g: NaN };
    expect(normalizeSettings({ deckNewPerDay: limits }).deckNewPerDay).toEqual({
      a: 3,
      b: 3,
      c: 0,
      d: 9999,
    });
    for (const bad of [null, 'x', [3], 7]) {
      expect(normalizeSettings({ deckNewPerDay: bad }).deckNewPerDay).toEqual({});
    }
  });

  it('keeps the decks an interview covers, ids of decks not loaded yet included', () => {
    // A user's deck arrives later from IndexedDB: its id must survive loading before it.
    expect(normalizeSettings({ interviewDecks: ['not-loaded-yet'] }).interviewDecks).toEqual([
      'not-loaded-yet',
    ]);
  });

  it('covers every deck (null) when the chosen decks are missing or garbled', () => {
    for (const bad of [undefined, null, [], 'aws', 3, {}, { 0: 'aws' }, [''], ['aws', 7], [null]]) {
      expect(normalizeSettings({ interviewDecks: bad }).interviewDecks).toBeNull();
    }
  });

  it('clamps desired retention to 0.70–0.97', () => {
    expect(LIMITS.desiredRetention).toEqual({ min: 0.7, max: 0.97 });
    expect(normalizeSettings({ desiredRetention: 0.5 }).desiredRetention).toBe(0.7);
    expect(normalizeSettings({ desiredRetention: 0 }).desiredRetention).toBe(0.7);
    expect(normalizeSettings({ desiredRetention: -1 }).desiredRetention).toBe(0.7);
    expect(normalizeSettings({ desiredRetention: 0.99 }).desiredRetention).toBe(0.97);
    expect(normalizeSettings({ desiredRetention: 1 }).desiredRetention).toBe(0.97);
    expect(normalizeSettings({ desiredRetention: 90 }).desiredRetention).toBe(0.97);
    expect(normalizeSettings({ desiredRetention: 0.7 }).desiredRetention).toBe(0.7);
    expect(normalizeSettings({ desiredRetention: 0.97 }).desiredRetention).toBe(0.97);
  });

  it('rounds desired retention to whole percent', () => {
    expect(normalizeSettings({ desiredRetention: 0.8449 }).desiredRetention).toBe(0.84);
    expect(normalizeSettings({ desiredRetention: 0.8451 }).desiredRetention).toBe(0.85);
    expect(normalizeSettings({ desiredRetention: 0.1 + 0.7 }).desiredRetention).toBe(0.8);
    expect(normalizeSettings({ desiredRetention: 0.969 }).desiredRetention).toBe(0.97);
    expect(normalizeSettings({ desiredRetention: 0.7001 }).desiredRetention).toBe(0.7);
  });

  it('clamps and rounds the new-card limit to a whole number from 0 to 9999', () => {
    expect(normalizeSettings({ newPerDay: 0 }).newPerDay).toBe(0);
    expect(normalizeSettings({ newPerDay: -3 }).newPerDay).toBe(0);
    expect(normalizeSettings({ newPerDay: 12.4 }).newPerDay).toBe(12);
    expect(normalizeSettings({ newPerDay: 12.6 }).newPerDay).toBe(13);
    expect(normalizeSettings({ newPerDay: 9999 }).newPerDay).toBe(9999);
    expect(normalizeSettings({ newPerDay: 1e9 }).newPerDay).toBe(9999);
  });

  it('clamps and rounds the rollover hour to a whole hour from 0 to 23', () => {
    expect(normalizeSettings({ dayStartHour: 0 }).dayStartHour).toBe(0);
    expect(normalizeSettings({ dayStartHour: -2 }).dayStartHour).toBe(0);
    expect(normalizeSettings({ dayStartHour: 23 }).dayStartHour).toBe(23);
    expect(normalizeSettings({ dayStartHour: 24 }).dayStartHour).toBe(23);
    expect(normalizeSettings({ dayStartHour: 5.4 }).dayStartHour).toBe(5);
    expect(normalizeSettings({ dayStartHour: 5.6 }).dayStartHour).toBe(6);
  });

  it('is idempotent', () => {
    const once = normalizeSettings({ desiredRetention: 0.923, newPerDay: 7.7, dayStartHour: 30 });
    expect(normalizeSettings(once)).toEqual(once);
  });
});

describe('formatInterval at unit boundaries', () => {
  it.each([
    [59.5 * 60_000, '1h'],
    [23.5 * 3_600_000, '1d'],
  ])('%i ms reads %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe('plural', () => {
  it('says one card, and 0 or 2 cards', () => {
    expect(plural(1, 'bookmarked card')).toBe('1 bookmarked card');
    expect(plural(0, 'card')).toBe('0 cards');
    expect(plural(2, 'card is', 'cards are')).toBe('2 cards are');
  });
});

describe('formatDayStart', () => {
  // The test runner's zone: the same one Date and Intl use.
  const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

  it('names today and tomorrow, otherwise the date, always "from" the hour', () => {
    expect(formatDayStart(at(27, 4), at(26, 21))).toMatch(/^tomorrow, from 4:00\sAM$/);
    expect(formatDayStart(at(27, 4), at(27, 1))).toMatch(/^today, from 4:00\sAM$/);
    expect(formatDayStart(at(30, 4), at(26, 21))).toMatch(/^Mon, Nov 30, from 4:00\sAM$/);
  });
});
