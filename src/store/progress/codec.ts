import { normalizeSettings } from '../../srs/settings.ts';
import type { CardState, Grade, MemoryPhase, Review } from '../../srs/types.ts';
import type { Bookmark, Progress } from './progress.ts';

/**
 * The saved form of `Progress`, compact so a year of reviews fits well under 500 KB: card
 * keys are listed once and reviews refer to them by index; states are arrays of numbers;
 * times are whole seconds.
 */
export interface EncodedProgress {
  readonly app: 'prepdeck';
  readonly keys: string[];
  readonly cards: Record<string, EncodedState>;
  readonly log: EncodedReview[];
  readonly undone: string[];
  /** card key → [1 starred or 0 unstarred, when (s)] */
  readonly bookmarks: Record<string, [0 | 1, number]>;
  readonly settings: Record<string, unknown>;
  /** When the settings were last changed (ms); absent when never. */
  readonly settingsAt?: number;
}

/** [due (s), stability, difficulty, scheduled days, learning step, reps, lapses, phase, last review (s)] */
type EncodedState = [number, number, number, number, number, number, number, number, number];

const PHASES: readonly MemoryPhase[] = ['new', 'learning', 'review', 'relearning'];
const CARD_KEY = /^[A-Za-z0-9_.-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REVIEW_ID = /^[A-Za-z0-9_-]{1,40}$/;

export class ProgressFormatError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ProgressFormatError';
  }
}

/** Reviews in the saved form: card keys listed once, each review referring to one by index. */
export interface EncodedReviews {
  readonly keys: string[];
  readonly log: EncodedReview[];
}

/** [id, key index, grade, time (s), state before or 0 for a first review] */
type EncodedReview = [string, number, Grade, number, EncodedState | 0];

export function encodeReviews(reviews: readonly Review[]): EncodedReviews {
  const keys: string[] = [];
  const indexOf = new Map<string, number>();
  const keyIndex = (key: string) => {
    let index = indexOf.get(key);
    if (index === undefined) {
      index = keys.push(key) - 1;
      indexOf.set(key, index);
    }
    return index;
  };
  const log = reviews.map((r): EncodedReview => [
    r.id,
    keyIndex(r.card),
    r.grade,
    r.time / 1000,
    r.before ? encodeState(r.before) : 0,
  ]);
  return { keys, log };
}

/** Reads reviews saved by `encodeReviews`, refusing anything else. */
export function decodeReviews(value: unknown, where = 'reviews'): Review[] {
  const data = record(value, where);
  const keys = array(data.keys, 'keys').map((k, i) => cardKey(k, `keys[${i}]`));
  return array(data.log, 'log').map((entry, i): Review => {
    const at = `log[${i}]`;
    const [id, keyIndexValue, grade, seconds, before] = array(entry, at);
    const card = keys[integer(keyIndexValue, `${at} card`)];
    if (card === undefined) throw new ProgressFormatError(`${at} refers to an unknown card`);
    if (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4) {
      throw new ProgressFormatError(`${at} has an invalid grade`);
    }
    return {
      id: reviewId(id, at),
      card,
      grade,
      time: timestamp(seconds, `${at} time`),
      before: before === 0 ? null : decodeState(before, `${at} state`),
    };
  });
}

export function encodeProgress(progress: Progress): EncodedProgress {
  const { keys, log } = encodeReviews(progress.log);
  return {
    app: 'prepdeck',
    keys,
    cards: Object.fromEntries(Object.entries(progress.cards).map(([k, s]) => [k, encodeState(s)])),
    log,
    undone: [...progress.undone],
    bookmarks: Object.fromEntries(
      Object.entries(progress.bookmarks).map(([k, b]) => [k, [b.on ? 1 : 0, b.at / 1000]]),
    ),
    // Unset values (no interview date, no budget) are left out rather than saved as null.
    settings: Object.fromEntries(Object.entries(progress.settings).filter(([, v]) => v !== null)),
    ...(progress.settingsAt ? { settingsAt: progress.settingsAt } : {}),
  };
}

/** Reads saved progress, refusing anything that is not exactly what `encodeProgress` writes. */
export function decodeProgress(value: unknown): Progress {
  const data = record(value, 'saved progress');
  if (data.app !== 'prepdeck') throw new ProgressFormatError('not PrepDeck progress');
  const cards: Record<string, CardState> = Object.create(null);
  for (const [key, state] of Object.entries(record(data.cards, 'cards'))) {
    cards[cardKey(key, 'cards')] = decodeState(state, `cards["${key}"]`);
  }
  const log = decodeReviews(data, 'saved progress');
  const undone = array(data.undone, 'undone').map((id, i) => reviewId(id, `undone[${i}]`));
  const bookmarks: Record<string, Bookmark> = Object.create(null);
  for (const [key, value] of Object.entries(record(data.bookmarks, 'bookmarks'))) {
    const where = `bookmarks["${key}"]`;
    const [on, at] = array(value, where);
    if (on !== 0 && on !== 1) throw new ProgressFormatError(`${where} should be 0 or 1`);
    bookmarks[cardKey(key, 'bookmarks')] = { on: on === 1, at: timestamp(at, `${where} time`) };
  }
  const settings = normalizeSettings(record(data.settings, 'settings'));
  const progress = { cards: { ...cards }, log, undone, bookmarks: { ...bookmarks }, settings };
  if (data.settingsAt === undefined) return progress;
  return { ...progress, settingsAt: milliseconds(data.settingsAt, 'settingsAt') };
}

function encodeState(s: CardState): EncodedState {
  return [
    s.due / 1000,
    s.stability,
    s.difficulty,
    s.scheduledDays,
    s.learningSteps,
    s.reps,
    s.lapses,
    PHASES.indexOf(s.phase),
    s.lastReview / 1000,
  ];
}

function decodeState(value: unknown, where: string): CardState {
  const a = array(value, where);
  if (a.length !== 9) throw new ProgressFormatError(`${where} should have 9 fields`);
  const phase = PHASES[integer(a[7], `${where} phase`)];
  if (!phase) throw new ProgressFormatError(`${where} has an unknown phase`);
  return {
    due: timestamp(a[0], `${where} due`),
    stability: nonNegative(a[1], `${where} stability`),
    difficulty: nonNegative(a[2], `${where} difficulty`),
    scheduledDays: integer(a[3], `${where} scheduled days`),
    learningSteps: integer(a[4], `${where} learning step`),
    reps: integer(a[5], `${where} reps`),
    lapses: integer(a[6], `${where} lapses`),
    phase,
    lastReview: timestamp(a[8], `${where} last review`),
  };
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProgressFormatError(`${where} should be an object`);
  }
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key))
      throw new ProgressFormatError(`${where} has a forbidden key "${key}"`);
  }
  return value as Record<string, unknown>;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ProgressFormatError(`${where} should be a list`);
  return value;
}

function cardKey(value: unknown, where: string): string {
  if (typeof value !== 'string' || !CARD_KEY.test(value)) {
    throw new ProgressFormatError(`${where} is not a card key`);
  }
  return value;
}

function reviewId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !REVIEW_ID.test(value)) {
    throw new ProgressFormatError(`${where} is not a review id`);
  }
  return value;
}

function integer(value: unknown, where: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new ProgressFormatError(`${where} should be a whole number`);
  }
  return value as number;
}

function nonNegative(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ProgressFormatError(`${where} should be a number`);
  }
  return value;
}

/** Seconds since 1970 → ms; years 2000–2200 only, so a garbled number is caught here. */
function timestamp(value: unknown, where: string): number {
  const seconds = integer(value, where);
  if (seconds < 946_684_800 || seconds > 7_258_118_400) {
    throw new ProgressFormatError(`${where} is not a plausible date`);
  }
  return seconds * 1000;
}

/** A time kept to the millisecond (two tabs' changes a moment apart), years 2000–2200 only. */
function milliseconds(value: unknown, where: string): number {
  const ms = integer(value, where);
  if (ms < 946_684_800_000 || ms > 7_258_118_400_000) {
    throw new ProgressFormatError(`${where} is not a plausible date`);
  }
  return ms;
}
