export { createScheduler, schedulerFor, type Outcome, type Scheduler } from './scheduler.ts';
export { buildQueue, nextCard, nextAvailable, studyAheadQueue, LEARN_AHEAD_MS } from './queue.ts';
export type { QueueInput, StudyQueue } from './queue.ts';
export { dailyStats, type DailyStats } from './daily-stats.ts';
export { studyDay, studyDayStart } from './study-day.ts';
export { formatInterval, describeInterval } from './format-interval.ts';
export { DEFAULT_SETTINGS, LIMITS, normalizeSettings } from './settings.ts';
export { GRADES, GRADE_NAMES } from './types.ts';
export type { CardState, Grade, MemoryPhase, Review, StudySettings, UtcOffset } from './types.ts';
