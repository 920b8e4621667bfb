/** Sizes and calendar of the scale benchmark: a 5,000-card deck and a year of history. */
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../src/srs/settings.ts';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const DECK_ID = 'big-deck';
export const SECTIONS = 50;
export const CARDS_PER_SECTION = 100;
export const HISTORY_DAYS = 365;
export const NEW_PER_DAY = 20;
export const STARTUP_RUNS = 5;
export const CYCLES = 200;
export const ROUND = 50;
export const PROFILED_GRADES = 20;

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const UTC = () => 0;
export const DAY_START_HOUR = DEFAULT_SETTINGS.dayStartHour;
/** The simulated learner studies at 18:00 (UTC: the browser runs in UTC too). */
export const STUDY_HOUR = 18;
export const SECONDS_PER_REVIEW = 20_000;
/** The simulation's own calendar; the history is then moved so its last day is yesterday. */
export const SIMULATION_START = Date.UTC(2025, 0, 1);
