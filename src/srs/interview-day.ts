import type { Scheduler } from './scheduler.ts';
import { studyDay } from './study-day.ts';
import type { CardState, UtcOffset } from './types.ts';

/** Where the countdown stands: study days to plan, the interview day itself, or after it. */
export type InterviewPhase = 'plan' | 'day' | 'after';

export function interviewPhase(
  at: number,
  now: number,
  utcOffset: UtcOffset,
  dayStartHour: number,
): InterviewPhase {
  if (now >= at) return 'after';
  return studyDay(now, utcOffset, dayStartHour) >= studyDay(at, utcOffset, dayStartHour)
    ? 'day'
    : 'plan';
}

/** Cards for the warm-up on the day: at most `n`, lowest predicted recall at the interview. */
export function warmUpCards(
  cards: readonly string[],
  states: Readonly<Record<string, CardState | undefined>>,
  scheduler: Pick<Scheduler, 'retrievability'>,
  at: number,
  n: number,
): string[] {
  return cards
    .flatMap((key) => {
      const state = states[key];
      // Cards never studied have nothing to warm up; the morning is no time to learn them.
      return state && state.phase !== 'new'
        ? [{ key, recall: scheduler.retrievability(state, at) }]
        : [];
    })
    .sort((a, b) => a.recall - b.recall)
    .slice(0, n)
    .map((c) => c.key);
}
