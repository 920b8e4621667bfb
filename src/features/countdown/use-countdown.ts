import { useMemo } from 'react';
import { localUtcOffset } from '../../lib/clock.ts';
import { deckEntries } from '../../lib/decks.ts';
import type { DeckOutline } from '../../deck/types.ts';
import { todaysPlan, type TodaysPlan } from '../../srs/day-plan.ts';
import { interviewPhase, warmUpCards } from '../../srs/interview-day.ts';
import { readinessAt, type Readiness } from '../../srs/planner.ts';
import { assessCountdown, projectPlan, type Assessment } from '../../srs/projection.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import { studyDay, studyDayStart } from '../../srs/study-day.ts';
import { useProgress } from '../../store/app-progress.ts';

/** Rough costs for "about N minutes": a review, and a new card with its learning steps. */
const SECONDS_PER_REVIEW = 15;
const SECONDS_PER_NEW = 45;
/** Cards in the warm-up on the interview day: a few minutes, not a session. */
const WARM_UP_CARDS = 8;

interface SectionReadiness {
  readonly id: string;
  readonly title: string;
  readonly now: Readiness;
  readonly onTheDay: Readiness;
}

export interface Countdown {
  readonly phase: 'plan';
  readonly at: number;
  readonly target: number;
  readonly today: TodaysPlan;
  readonly minutes: number;
  /** Cards not studied yet. */
  readonly unseen: number;
  readonly now: Readiness;
  /** Expected recall on the day if every day's plan is done (see projectPlan). */
  readonly onTheDay: Readiness;
  readonly sections: readonly SectionReadiness[];
  readonly assessment: Assessment;
}

/** The interview is today and has not started: a warm-up, then good luck. */
export interface InterviewDay {
  readonly phase: 'day';
  readonly at: number;
  readonly warmUp: readonly string[];
}

export interface AfterInterview {
  readonly phase: 'after';
  readonly at: number;
}

/**
 * The countdown for a deck: before the day, today's plan (fixed for the day) with readiness
 * now and expected on the day; on the day, a warm-up; after, the offer to clear or move the
 * date. Null without a date. Recomputed when progress changes, or once a day (and once the
 * interview has started).
 */
export function useCountdown(
  deck: DeckOutline,
  time: number,
): Countdown | InterviewDay | AfterInterview | null {
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const settings = useProgress((s) => s.settings);
  const { interviewAt: at, dayStartHour } = settings;
  const phase = at === null ? null : interviewPhase(at, time, localUtcOffset, dayStartHour);
  const day = studyDay(time, localUtcOffset, dayStartHour);
  return useMemo(() => {
    if (at === null || phase === null) return null;
    if (phase === 'after') return { phase, at };
    const now = Math.max(time, 0);
    const entries = deckEntries(deck.id);
    const keys = entries.map((e) => e.key);
    const scheduler = schedulerFor(settings.desiredRetention);
    if (phase === 'day') {
      return { phase, at, warmUp: warmUpCards(keys, cards, scheduler, at, WARM_UP_CARDS) };
    }
    const interview = { at, target: settings.targetRecall };
    const common = { utcOffset: localUtcOffset, dayStartHour };
    const today = todaysPlan({
      cards: keys,
      states: cards,
      log,
      interview,
      scheduler,
      now,
      ...common,
    });
    if (!today) return null;
    const { plan } = today;
    // Once today's plan is done, the projection starts from tomorrow rather than planning more.
    const start =
      today.left.length === 0 ? studyDayStart(day + 1, localUtcOffset, dayStartHour) : now;
    const projection = projectPlan({
      cards: keys,
      states: cards,
      scheduler,
      start,
      interview,
      ...common,
    });
    const onDay = new Map(keys.map((key, i) => [key, projection.recall[i] ?? 0]));
    const nowRecall = (key: string) => scheduler.retrievability(cards[key] ?? null, now);
    const dayRecall = (key: string) => onDay.get(key) ?? 0;
    const target = interview.target;
    const minutes = Math.ceil(
      (plan.reviews.length * SECONDS_PER_REVIEW + plan.fresh.length * SECONDS_PER_NEW) / 60,
    );
    return {
      phase,
      at,
      target,
      today,
      unseen: keys.filter((key) => !cards[key] || cards[key]?.phase === 'new').length,
      minutes,
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
      assessment: assessCountdown({
        cards: keys,
        states: cards,
        projection,
        interview,
        dailyMinutes: settings.dailyMinutes,
        todayMinutes: today.left.length === 0 ? 0 : minutes,
        secondsPerReview: SECONDS_PER_REVIEW,
        now,
        ...common,
      }),
    };
    // Recomputed per study day and phase, not per minute: `time` only matters through them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deck, cards, log, settings, day, phase]);
}
