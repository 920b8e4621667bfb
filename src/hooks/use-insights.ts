import { useMemo } from 'react';
import { allEntries } from '../store/decks/index.ts';
import { useDecksVersion } from './use-decks-version.ts';
import { cardInsights, lastGrades, learningFails, type CardInsight } from '../srs/insights.ts';
import { schedulerFor } from '../srs/scheduler.ts';
import { useProgress } from '../store/progress/index.ts';

/**
 * Status, predicted recall and weakness of every card, keyed by card key. Derived once per
 * change of progress (or per minute of `time`), never per keystroke or per render.
 */
export function useInsights(time: number): ReadonlyMap<string, CardInsight> {
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const retention = useProgress((s) => s.settings.desiredRetention);
  const grades = useMemo(() => lastGrades(log), [log]);
  const fails = useMemo(() => learningFails(log), [log]);
  const minute = Math.floor(time / 60_000) * 60_000;
  const decks = useDecksVersion();
  return useMemo(() => {
    const keys = allEntries().map((e) => e.key);
    const list = cardInsights(keys, cards, grades, schedulerFor(retention), minute, fails);
    return new Map(list.map((insight) => [insight.key, insight]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `decks`: allEntries() changed
  }, [cards, grades, fails, retention, minute, decks]);
}
