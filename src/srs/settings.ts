import type { StudySettings } from './types.ts';

export const DEFAULT_SETTINGS = Object.freeze({
  desiredRetention: 0.9,
  newPerDay: 20,
  dayStartHour: 4,
}) satisfies StudySettings;

export const LIMITS = Object.freeze({
  desiredRetention: { min: 0.7, max: 0.97 },
  newPerDay: { min: 0, max: 9999 },
  dayStartHour: { min: 0, max: 23 },
});

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
    dayStartHour: Math.round(
      clamp(input.dayStartHour, LIMITS.dayStartHour, DEFAULT_SETTINGS.dayStartHour),
    ),
  };
}
