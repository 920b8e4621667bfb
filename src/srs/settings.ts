import type { StudySettings } from './types.ts';

export const DEFAULT_SETTINGS = Object.freeze({
  desiredRetention: 0.9,
  newPerDay: 20,
  deckNewPerDay: Object.freeze({}),
  dayStartHour: 4,
  interviewAt: null,
  targetRecall: 0.95,
  dailyMinutes: null,
  interviewDecks: null,
}) satisfies StudySettings;

export const LIMITS = Object.freeze({
  desiredRetention: { min: 0.7, max: 0.97 },
  newPerDay: { min: 0, max: 9999 },
  dayStartHour: { min: 0, max: 23 },
  targetRecall: { min: 0.8, max: 0.99 },
  dailyMinutes: { min: 5, max: 600 },
});

/** Years 2000–2200: anything else is a garbled date, not an interview. */
const plausibleTime = (value: unknown): number | null =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value > 946_684_800_000 &&
  value < 7_258_118_400_000
    ? Math.round(value)
    : null;

/**
 * A list of deck ids, or null (every deck) for any other shape. Ids are kept even when no such
 * deck is loaded: the user's decks arrive later, from IndexedDB.
 */
const deckIds = (value: unknown): readonly string[] | null =>
  Array.isArray(value) && value.length > 0 && value.every((id) => typeof id === 'string' && id)
    ? (value as string[])
    : null;

/** Per-deck limits: whole numbers in range by deck id; anything else is dropped. */
const deckLimits = (value: unknown): Readonly<Record<string, number>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).flatMap(([id, limit]) =>
          id && typeof limit === 'number' && Number.isFinite(limit)
            ? [[id, Math.round(clamp(limit, LIMITS.newPerDay, 0))]]
            : [],
        ),
      )
    : {};

function clamp(
  value: unknown,
  { min, max }: { min: number; max: number },
  fallback: number,
): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, value))
    : fallback;
}

/** Settings from anywhere (a form, a backup) brought into range; missing values get defaults. */
export function normalizeSettings(
  input: Partial<Record<keyof StudySettings, unknown>>,
): StudySettings {
  return {
    desiredRetention:
      Math.round(
        clamp(input.desiredRetention, LIMITS.desiredRetention, DEFAULT_SETTINGS.desiredRetention) *
          100,
      ) / 100,
    newPerDay: Math.round(clamp(input.newPerDay, LIMITS.newPerDay, DEFAULT_SETTINGS.newPerDay)),
    deckNewPerDay: deckLimits(input.deckNewPerDay),
    dayStartHour: Math.round(
      clamp(input.dayStartHour, LIMITS.dayStartHour, DEFAULT_SETTINGS.dayStartHour),
    ),
    interviewAt: plausibleTime(input.interviewAt),
    targetRecall:
      Math.round(
        clamp(input.targetRecall, LIMITS.targetRecall, DEFAULT_SETTINGS.targetRecall) * 100,
      ) / 100,
    dailyMinutes:
      typeof input.dailyMinutes === 'number' && Number.isFinite(input.dailyMinutes)
        ? Math.round(clamp(input.dailyMinutes, LIMITS.dailyMinutes, LIMITS.dailyMinutes.min))
        : null,
    interviewDecks: deckIds(input.interviewDecks),
  };
}
