import { moreNewCards, reviewAheadQueue } from '../../srs/queue.ts';
import type { Scheduler } from '../../srs/scheduler.ts';
import type { CardState, StudySettings } from '../../srs/types.ts';
import { localUtcOffset } from '../../store/progress/index.ts';
import type { CardEntry } from '../../store/decks/index.ts';

/** Cards offered at once to learn or review beyond today's queue. */
const EXTRA_LIMIT = 20;
const MORE_NEW = 10;

/**
 * What a deck offers once today's queue is done: new cards beyond the daily limit ("learn N
 * more"), then reviews ahead of their time.
 */
export function beyondToday(
  entries: readonly CardEntry[],
  states: Readonly<Record<string, CardState>>,
  settings: StudySettings,
  scheduler: Scheduler,
  now: number,
): { moreNew: string[]; ahead: string[] } {
  const input = {
    cards: entries.map((e) => e.key),
    states,
    introducedToday: 0,
    settings,
    scheduler,
    utcOffset: localUtcOffset,
    now,
  };
  return { moreNew: moreNewCards(input, MORE_NEW), ahead: reviewAheadQueue(input, EXTRA_LIMIT) };
}
