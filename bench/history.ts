/** 2. A year of history: a simulated learner's reviews over the generated deck. */
import { schedulerFor } from '../src/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/srs/settings.ts';
import { seededRandom } from '../src/srs/simulate.ts';
import { studyDay } from '../src/srs/study-day.ts';
import type { CardState, Grade, Review } from '../src/srs/types.ts';
import { type Progress, savedProgress } from '../src/store/tools/index.ts';
import {
  DAY,
  DAY_START_HOUR,
  DECK_ID,
  HOUR,
  NEW_PER_DAY,
  SECONDS_PER_REVIEW,
  SIMULATION_START,
  STUDY_HOUR,
  UTC,
} from './config.ts';

export interface History {
  readonly progress: Progress;
  readonly days: number;
  readonly dueToday: number;
  readonly json: string;
}

/**
 * A learner who studies every evening for `days` days: every card due that study day (learning
 * steps as they fall due that evening), then 20 new cards in deck order. Each review is recalled
 * with the predicted probability (graded Good), else Again. Reviews are logged as the store logs
 * them. The history is simulated on a fixed calendar, then moved by whole days so that its last
 * day is the day before `now`: the same data on every run, with cards due today.
 */
export function simulateHistory(cardIds: readonly string[], days: number, now: number): History {
  const scheduler = schedulerFor(DEFAULT_SETTINGS.desiredRetention);
  const random = seededRandom(2024);
  const idRandom = seededRandom(99);
  const ids = new Set<string>();
  const newId = () => {
    for (;;) {
      const id = Array.from({ length: 8 }, () => Math.floor(idRandom() * 36).toString(36)).join('');
      if (!ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
  };
  const keys = cardIds.map((id) => `${DECK_ID}/${id}`);
  const states: Record<string, CardState> = {};
  const log: Review[] = [];
  const firstDay = studyDay(SIMULATION_START + DAY_START_HOUR * HOUR, UTC, DAY_START_HOUR);
  let introduced = 0;

  for (let day = firstDay; day < firstDay + days; day++) {
    let time = day * DAY + STUDY_HOUR * HOUR;
    const isToday = (t: number) => studyDay(t, UTC, DAY_START_HOUR) <= day;
    const queue = keys.filter((key) => {
      const state = states[key];
      return state !== undefined && isToday(state.due);
    });
    queue.push(...keys.slice(introduced, introduced + NEW_PER_DAY));
    introduced = Math.min(keys.length, introduced + NEW_PER_DAY);
    /** Learning steps due later this evening, soonest first. */
    const later: string[] = [];
    const due = (key: string) => states[key]?.due ?? 0;
    while (queue.length > 0 || later.length > 0) {
      let key: string;
      if (later.length > 0 && (due(later[0] as string) <= time || queue.length === 0)) {
        key = later.shift() as string;
        time = Math.max(time, due(key)); // the learner waits for the step
      } else {
        key = queue.shift() as string;
      }
      const before = states[key] ?? null;
      const recalled = before === null || random() < scheduler.retrievability(before, time);
      const grade: Grade = recalled ? 3 : 1;
      log.push({ id: newId(), card: key, grade, time: scheduler.reviewTime(before, time), before });
      const after = scheduler.grade(before, grade, time);
      states[key] = after;
      time += SECONDS_PER_REVIEW;
      if (after.phase !== 'review' && isToday(after.due)) {
        later.push(key);
        later.sort((a, b) => due(a) - due(b));
      }
    }
  }

  // Move everything so that the last simulated day is yesterday.
  const lastDay = firstDay + days - 1;
  const shift = (studyDay(now, UTC, DAY_START_HOUR) - 1 - lastDay) * DAY;
  const move = (s: CardState): CardState => ({
    ...s,
    due: s.due + shift,
    lastReview: s.lastReview + shift,
  });
  const cards = Object.fromEntries(Object.entries(states).map(([k, s]) => [k, move(s)]));
  const progress: Progress = {
    cards,
    log: log.map((r) => ({ ...r, time: r.time + shift, before: r.before && move(r.before) })),
    undone: [],
    bookmarks: {},
    settings: DEFAULT_SETTINGS,
  };
  const today = studyDay(now, UTC, DAY_START_HOUR);
  const dueToday = Object.values(cards).filter(
    (s) => studyDay(s.due, UTC, DAY_START_HOUR) <= today,
  ).length;
  const json = savedProgress(progress);
  return { progress, days, dueToday, json };
}
