import { useEffect, useMemo } from 'react';
import { useCoveredDecks } from '../../hooks/use-covered-decks.ts';
import { localUtcOffset, useProgress } from '../../store/progress/index.ts';
import { studyEntries } from '../../store/decks/index.ts';
import type { DeckOutline } from '../../deck/types.ts';
import { todaysPlan, type TodaysPlan } from '../../srs/day-plan.ts';
import { interviewPhase, warmUpCards } from '../../srs/interview-day.ts';
import { readinessAt, type Readiness } from '../../srs/planner.ts';
import type { PlanDemand } from '../../srs/budget.ts';
import { assessCountdown, type Assessment, type Projection } from '../../srs/projection.ts';
import { schedulerFor } from '../../srs/scheduler.ts';
import { studyDay, studyDayStart } from '../../srs/study-day.ts';
import type { ProjectionRequest } from './projection-request.ts';
import { publishDemand, useDemands } from './shared-demand.ts';
import { useProjection } from './use-projection.ts';

const NO_DEMAND: PlanDemand = { todayMinutes: 0, firstDay: 0, reviewsPerDay: [] };

/** Rough costs for "about N minutes": a review, and a new card with its learning steps. */
const SECONDS_PER_REVIEW = 15;
const SECONDS_PER_NEW = 45;
/** Cards in the warm-up on the interview day: a few minutes, not a session. */
const WARM_UP_CARDS = 8;

interface SectionReadiness {
  readonly id: string;
  readonly title: string;
  readonly now: Readiness;
  /** Null while the projection is being worked out. */
  readonly onTheDay: Readiness | null;
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
  /** Expected recall on the day if every day's plan is done (see projectPlan); null while it
   * is worked out (in a Web Worker). */
  readonly onTheDay: Readiness | null;
  readonly sections: readonly SectionReadiness[];
  readonly assessment: Assessment | null;
  /** Other decks the interview covers, sharing the daily budget with this one. */
  readonly sharedWith: number;
  /** Minutes today's plans of every deck the interview covers need together (with a daily
   * budget; without one, this deck's alone); null while the other decks' plans are worked out. */
  readonly todayTotal: number | null;
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

/** The countdown before its projection: everything worked out at once, on the main thread. */
interface Planned {
  readonly request: ProjectionRequest;
  /** Minutes today's plan still needs, and the study day the projection starts. */
  readonly todayMinutes: number;
  readonly firstDay: number;
  readonly assess: (projection: Projection, alongside: readonly PlanDemand[]) => Assessment;
  readonly countdown: Omit<
    Countdown,
    'onTheDay' | 'sections' | 'assessment' | 'sharedWith' | 'todayTotal'
  > & {
    readonly sections: readonly (Omit<SectionReadiness, 'onTheDay'> & {
      readonly keys: readonly string[];
    })[];
  };
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
  const base = useMemo((): Planned | InterviewDay | AfterInterview | null => {
    if (at === null || phase === null) return null;
    if (phase === 'after') return { phase, at } satisfies AfterInterview;
    const now = Math.max(time, 0);
    // Suspended and buried cards are not part of today's plan, as they are out of today's queue.
    const entries = studyEntries(deck.id, now);
    const keys = entries.map((e) => e.key);
    const scheduler = schedulerFor(settings.desiredRetention);
    if (phase === 'day') {
      const warmUp = warmUpCards(keys, cards, scheduler, at, WARM_UP_CARDS);
      return { phase, at, warmUp } satisfies InterviewDay;
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
    const request: ProjectionRequest = {
      cards: keys,
      states: cards,
      desiredRetention: settings.desiredRetention,
      start,
      interview,
      dayStartHour,
    };
    const nowRecall = (key: string) => scheduler.retrievability(cards[key] ?? null, now);
    const target = interview.target;
    const minutes = Math.ceil(
      (plan.reviews.length * SECONDS_PER_REVIEW + plan.fresh.length * SECONDS_PER_NEW) / 60,
    );
    const sections = deck.sections.map((section) => ({
      id: section.id,
      title: section.title,
      keys: entries.filter((e) => e.section.id === section.id).map((e) => e.key),
    }));
    const todayMinutes = today.left.length === 0 ? 0 : minutes;
    const firstDay = studyDay(start, localUtcOffset, dayStartHour);
    const assess = (projection: Projection, alongside: readonly PlanDemand[]) =>
      assessCountdown({
        cards: keys,
        states: cards,
        projection,
        interview,
        dailyMinutes: settings.dailyMinutes,
        todayMinutes,
        secondsPerReview: SECONDS_PER_REVIEW,
        firstDay,
        alongside,
        now,
        ...common,
      });
    return {
      request,
      todayMinutes,
      firstDay,
      assess,
      countdown: {
        phase: 'plan',
        at,
        target,
        today,
        unseen: keys.filter((key) => !cards[key] || cards[key]?.phase === 'new').length,
        minutes,
        now: readinessAt(keys, nowRecall, target),
        sections: sections.map((section) => ({
          id: section.id,
          title: section.title,
          now: readinessAt(section.keys, nowRecall, target),
          keys: section.keys,
        })),
      },
    };
    // Recomputed per study day and phase, not per minute: `time` only matters through them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deck, cards, log, settings, day, phase]);

  const planned = base !== null && 'request' in base ? base : null;
  const projection = useProjection(planned?.request ?? null);

  // The other covered decks' plans share the daily budget: this deck's assessment waits for
  // theirs, and publishes its own for them.
  const demand = useMemo(
    (): PlanDemand | null =>
      planned && projection
        ? {
            todayMinutes: planned.todayMinutes,
            firstDay: planned.firstDay,
            reviewsPerDay: projection.reviewsPerDay,
          }
        : null,
    [planned, projection],
  );
  // A covered deck with no plan (none to make, or the interview is today) asks nothing, so the
  // others never wait on it: only a plan still being worked out keeps them waiting.
  useEffect(() => {
    if (demand) publishDemand(deck.id, demand);
    else if (planned === null) publishDemand(deck.id, NO_DEMAND);
  }, [deck.id, demand, planned]);
  useEffect(() => () => publishDemand(deck.id, null), [deck.id]);
  const others = useCoveredDecks()
    .filter((id) => id !== deck.id)
    .join(' ');
  const demands = useDemands();
  const budget = settings.dailyMinutes;
  // Null while another covered deck's plan is still being worked out; without a budget there
  // is nothing to share, and nothing to wait for.
  const shared = useMemo(() => {
    const ids = others && budget !== null ? others.split(' ') : [];
    const found = ids.flatMap((id) => demands.get(id) ?? []);
    return found.length === ids.length ? found : null;
  }, [others, demands, budget]);
  const sharedWith = others ? others.split(' ').length : 0;

  return useMemo(() => {
    if (base === null || !('request' in base)) return base;
    const { request, assess, countdown } = base;
    const { target } = request.interview;
    const onDay =
      projection && new Map(request.cards.map((key, i) => [key, projection.recall[i] ?? 0]));
    const dayRecall = (key: string) => onDay?.get(key) ?? 0;
    return {
      ...countdown,
      onTheDay: onDay && readinessAt(request.cards, dayRecall, target),
      sections: countdown.sections.map(({ keys, ...section }) => ({
        ...section,
        onTheDay: onDay && readinessAt(keys, dayRecall, target),
      })),
      assessment: projection && shared && assess(projection, shared),
      sharedWith,
      todayTotal: shared && shared.reduce((sum, d) => sum + d.todayMinutes, base.todayMinutes),
    } satisfies Countdown;
  }, [base, projection, shared, sharedWith]);
}
