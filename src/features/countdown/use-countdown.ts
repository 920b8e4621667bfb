import { useMemo } from 'react';
import { localUtcOffset } from '../../lib/clock.ts';
import { deckEntries } from '../../lib/decks.ts';
import type { DeckOutline } from '../../deck/types.ts';
import { planDay, readinessAt, type DayPlan, type Readiness } from '../../srs/planner.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import { simulate } from '../../srs/simulate.ts';
import { studyDay } from '../../srs/study-day.ts';
import { useProgress } from '../../store/app-progress.ts';

/** Rough costs for "about N minutes": a review, and a new card with its learning steps. */
const SECONDS_PER_REVIEW = 15;
const SECONDS_PER_NEW = 45;

interface SectionReadiness {
  readonly id: string;
  readonly title: string;
  readonly now: Readiness;
  readonly onTheDay: Readiness;
}

export interface Countdown {
  readonly at: number;
  readonly target: number;
  readonly plan: DayPlan;
  readonly minutes: number;
  /** Cards not studied yet. */
  readonly unseen: number;
  readonly now: Readiness;
  readonly onTheDay: Readiness;
  readonly sections: readonly SectionReadiness[];
}

/**
 * Today's plan and readiness for a deck: recall now, and projected on the day if the plan is
 * followed (an expected-case run of the planner, every review recalled). Null without a date
 * or once the interview day has come. Recomputed when progress changes, or once a day.
 */
export function useCountdown(deck: DeckOutline, time: number): Countdown | null {
  const cards = useProgress((s) => s.cards);
  const settings = useProgress((s) => s.settings);
  const day = studyDay(time, localUtcOffset, settings.dayStartHour);
  return useMemo(() => {
    const at = settings.interviewAt;
    if (at === null) return null;
    const now = Math.max(time, 0);
    const entries = deckEntries(deck.id);
    const keys = entries.map((e) => e.key);
    const scheduler = schedulerFor(settings.desiredRetention);
    const interview = { at, target: settings.targetRecall };
    const common = { utcOffset: localUtcOffset, dayStartHour: settings.dayStartHour };
    const plan = planDay({ cards: keys, states: cards, interview, scheduler, now, ...common });
    if (!plan) return null;
    const projected = simulate({
      cards: keys,
      states: cards,
      scheduler,
      strategy: { kind: 'planner' },
      start: now,
      interview,
      seed: 1,
      alwaysRecall: true,
      ...common,
    });
    const onDay = new Map(keys.map((key, i) => [key, projected.recallAtInterview[i] ?? 0]));
    const nowRecall = (key: string) => scheduler.retrievability(cards[key] ?? null, now);
    const dayRecall = (key: string) => onDay.get(key) ?? 0;
    const target = interview.target;
    return {
      at,
      target,
      plan,
      unseen: keys.filter((key) => !cards[key] || cards[key]?.phase === 'new').length,
      minutes: Math.ceil(
        (plan.reviews.length * SECONDS_PER_REVIEW + plan.fresh.length * SECONDS_PER_NEW) / 60,
      ),
      now: readinessAt(keys, nowRecall, target),
      onTheDay: readinessAt(keys, dayRecall, target),
      sections: deck.sections.map((section) => {
        const sectionKeys = entries.filter((e) => e.section.id === section.id).map((e) => e.key);
        return {
          id: section.id,
          title: section.title,
          now: readinessAt(sectionKeys, nowRecall, target),
          onTheDay: readinessAt(sectionKeys, dayRecall, target),
        };
      }),
    };
    // Recomputed per study day, not per minute: `time` only matters through `day`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deck, cards, settings, day]);
}
