import type { StudySettings } from './types.ts';

/**
 * A deck's own daily new-card limit, if it has one (own keys only: a deck may be named
 * "constructor"). Its own module: the queue, on the first screen, needs nothing else of
 * settings.ts.
 */
export const deckNewLimit = (settings: StudySettings, deckId: string): number | undefined =>
  Object.hasOwn(settings.deckNewPerDay, deckId) ? settings.deckNewPerDay[deckId] : undefined;
