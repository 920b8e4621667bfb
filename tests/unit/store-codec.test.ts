import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/srs/types.ts';
import {
  decodeProgress,
  encodeProgress,
  ProgressFormatError,
} from '../../src/store/progress/codec.ts';
import { DEFAULT_SETTINGS } from '../../src/srs/settings.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/store/progress/progress.ts';
import { DAY, scheduler, T0 } from '../support/progress-fixtures.ts';

/** A year of daily study of a 52-card deck: about 5,000 reviews. */
function yearOfStudy(): Progress {
  const keys = Array.from(
    { length: 52 },
    (_, i) => `aws-backend-interview/how-do-you-design-question-${i}`,
  );
  const cards: Record<string, ReturnType<typeof scheduler.grade>> = {};
  const log: Review[] = [];
  let n = 0;
  for (let day = 0; day < 365; day++) {
    for (let i = 0; i < 14; i++) {
      const card = keys[(day * 14 + i) % keys.length] as string;
      const time = T0 + day * DAY + i * 60_000;
      const before = cards[card] ?? null;
      const grade = (n % 9 === 0 ? 1 : 3) as 1 | 3;
      log.push({
        id: (++n).toString(36).padStart(6, '0'),
        card,
        grade,
        time: scheduler.reviewTime(before, time),
        before,
      });
      cards[card] = scheduler.grade(before, grade, time);
    }
  }
  return { ...EMPTY_PROGRESS, cards, log };
}

describe('progress codec', () => {
  const progress = yearOfStudy();

  it('round-trips progress exactly through JSON', () => {
    const decoded = decodeProgress(JSON.parse(JSON.stringify(encodeProgress(progress))));
    expect(decoded).toEqual(progress);
  });

  it('keeps a year of daily study (5,110 reviews) under 500 KB', () => {
    expect(progress.log.length).toBeGreaterThanOrEqual(5000);
    const bytes = new TextEncoder().encode(
      JSON.stringify({ state: encodeProgress(progress), version: 1 }),
    ).length;
    expect(bytes).toBeLessThan(500_000);
  });

  it('never writes NaN or dates: every saved value is a plain number or string', () => {
    const text = JSON.stringify(encodeProgress(progress));
    expect(text).not.toMatch(/null|NaN|Infinity|"\d{4}-\d\d-\d\dT/);
  });

  it.each([
    ['not an object', 42],
    ['foreign data', { app: 'other', keys: [], cards: {}, log: [], undone: [], settings: {} }],
    ['a missing log', { app: 'prepdeck', keys: [], cards: {}, undone: [], settings: {} }],
    [
      'a review of an unknown card',
      {
        app: 'prepdeck',
        keys: [],
        cards: {},
        log: [['a', 0, 3, 1_790_000_000, 0]],
        undone: [],
        settings: {},
      },
    ],
    [
      'an invalid grade',
      {
        app: 'prepdeck',
        keys: ['d/c'],
        cards: {},
        log: [['a', 0, 7, 1_790_000_000, 0]],
        undone: [],
        settings: {},
      },
    ],
    [
      'a NaN-like state',
      {
        app: 'prepdeck',
        keys: [],
        cards: { 'd/c': [null, 1, 1, 0, 0, 1, 0, 2, 1_790_000_000] },
        log: [],
        undone: [],
        settings: {},
      },
    ],
    [
      'an implausible date',
      {
        app: 'prepdeck',
        keys: ['d/c'],
        cards: {},
        log: [['a', 0, 3, 12, 0]],
        undone: [],
        settings: {},
      },
    ],
  ])('refuses %s', (_label, value) => {
    expect(() => decodeProgress(value)).toThrow(ProgressFormatError);
  });

  it('refuses __proto__ keys instead of touching prototypes', () => {
    const hostile = JSON.parse(
      '{"app":"prepdeck","keys":[],"cards":{"__proto__":{"polluted":true}},"log":[],"undone":[],"settings":{}}',
    );
    expect(() => decodeProgress(hostile)).toThrow(/forbidden key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('brings saved settings into range', () => {
    const encoded = {
      ...encodeProgress(EMPTY_PROGRESS),
      settings: { desiredRetention: 5, newPerDay: -3 },
    };
    expect(decodeProgress(encoded).settings).toEqual({
      ...DEFAULT_SETTINGS,
      desiredRetention: 0.97,
      newPerDay: 0,
    });
  });
});
