import { useMemo } from 'react';
import { localUtcOffset, useProgress, type Progress } from '../store/progress/index.ts';
import { studyEntries } from '../store/decks/index.ts';
import { dailyStats } from '../srs/daily-stats.ts';
import { buildQueue, type StudyQueue } from '../srs/queue.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { useDecksVersion } from './use-decks-version.ts';

/** The progress a screen draws, when it holds an earlier one still (see the study screen). */
export type ShownProgress = Pick<Progress, 'cards' | 'log'>;

/**
 * Today's queue for a deck at `time`, recomputed only when progress or the time changes.
 * Without a scheduler (the first screen, which only shows counts) due reviews keep due order.
 * `extraNew` new cards are allowed beyond the daily limit, when the learner asks for more;
 * `shown`: the progress to queue from instead of the store's.
 */
export function useDeckQueue(
  deckId: string,
  time: number,
  scheduler?: Scheduler,
  extraNew = 0,
  shown?: ShownProgress | null,
): StudyQueue {
  const liveCards = useProgress((s) => s.cards);
  const liveLog = useProgress((s) => s.log);
  const cards = shown?.cards ?? liveCards;
  const log = shown?.log ?? liveLog;
  const settings = useProgress((s) => s.settings);
  const decks = useDecksVersion();
  return useMemo(() => {
    // Suspended and buried cards are left out of every queue.
    const keys = studyEntries(deckId, time).map((entry) => entry.key);
    const today = dailyStats(log, time, localUtcOffset, settings.dayStartHour);
    return buildQueue({
      cards: keys,
      states: cards,
      introducedToday: today.introduced,
      introducedPerDeck: today.introducedPerDeck,
      extraNew,
      settings,
      scheduler,
      utcOffset: localUtcOffset,
      now: time,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `decks`: studyEntries() changed
  }, [deckId, cards, log, settings, time, scheduler, extraNew, decks]);
}
