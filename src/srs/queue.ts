import type { Scheduler } from './scheduler.ts';
import { deckOf } from './daily-stats.ts';
import { deckNewLimit } from './deck-limit.ts';
import { studyDay, studyDayStart } from './study-day.ts';
import type { CardState, StudySettings, UtcOffset } from './types.ts';

/** Anki's default: a learning card due within 20 minutes may be shown early if nothing else is. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface QueueInput {
  /** Card keys in deck order: new cards are introduced in this order. */
  readonly cards: readonly string[];
  readonly states: Readonly<Record<string, CardState | undefined>>;
  /** New cards already introduced today (first reviews since the study day started). */
  readonly introducedToday: number;
  /** The same by deck, for decks with a limit of their own (`settings.deckNewPerDay`). */
  readonly introducedPerDeck?: Readonly<Record<string, number>>;
  /** New cards allowed beyond the limits today, when the learner asked for more. */
  readonly extraNew?: number;
  readonly settings: StudySettings;
  /** Orders due reviews by predicted recall; without it (counts only) they keep due order. */
  readonly scheduler?: Pick<Scheduler, 'retrievability'>;
  readonly utcOffset: UtcOffset;
  readonly now: number;
}

export interface StudyQueue {
  /** Learning and relearning cards due now, soonest first. */
  readonly learning: readonly string[];
  /** Review cards due today, lowest predicted recall first. */
  readonly review: readonly string[];
  /** New cards in deck order, up to what is left of today's limit. */
  readonly fresh: readonly string[];
  /** Learning cards due later today, soonest first. */
  readonly learningLater: readonly string[];
  readonly counts: { readonly new: number; readonly learning: number; readonly review: number };
}

/** Today's queue: learning cards when due, then due reviews, then new cards up to the limit. */
export function buildQueue(input: QueueInput): StudyQueue {
  const { states, settings, scheduler, utcOffset, now } = input;
  const today = studyDay(now, utcOffset, settings.dayStartHour);
  const learning: { key: string; due: number }[] = [];
  const later: { key: string; due: number }[] = [];
  const review: { key: string; recall: number; due: number }[] = [];
  const fresh: string[] = [];
  const extra = input.extraNew ?? 0;
  const freshLimit = Math.max(0, settings.newPerDay + extra - input.introducedToday);
  // What is left of each limited deck's own limit, taken as its new cards are queued; past it,
  // a card takes one of the extra cards asked for, which all decks share.
  const deckLeft = new Map<string, number>();
  let extraLeft = extra;
  const introduced = (deck: string) =>
    input.introducedPerDeck && Object.hasOwn(input.introducedPerDeck, deck)
      ? (input.introducedPerDeck[deck] ?? 0)
      : 0;
  const roomInDeck = (key: string): boolean => {
    const deck = deckOf(key);
    const limit = deckNewLimit(settings, deck);
    if (limit === undefined) return true;
    const left = deckLeft.get(deck) ?? limit - introduced(deck);
    if (left > 0) {
      deckLeft.set(deck, left - 1);
      return true;
    }
    if (extraLeft <= 0) return false;
    extraLeft--;
    return true;
  };

  for (const key of input.cards) {
    const state = states[key];
    if (!state || state.phase === 'new') {
      if (fresh.length < freshLimit && roomInDeck(key)) fresh.push(key);
    } else if (state.phase === 'review') {
      if (studyDay(state.due, utcOffset, settings.dayStartHour) <= today) {
        review.push({
          key,
          recall: scheduler ? scheduler.retrievability(state, now) : 0,
          due: state.due,
        });
      }
    } else if (state.due <= now) {
      learning.push({ key, due: state.due });
    } else if (studyDay(state.due, utcOffset, settings.dayStartHour) <= today) {
      later.push({ key, due: state.due });
    }
  }

  learning.sort((a, b) => a.due - b.due);
  later.sort((a, b) => a.due - b.due);
  review.sort((a, b) => a.recall - b.recall || a.due - b.due);
  return {
    learning: learning.map((c) => c.key),
    review: review.map((c) => c.key),
    fresh,
    learningLater: later.map((c) => c.key),
    counts: {
      new: fresh.length,
      learning: learning.length + later.length,
      review: review.length,
    },
  };
}

/** The card to show now, or null when nothing is due (learning cards may still be waiting). */
export function nextCard(
  queue: StudyQueue,
  states: QueueInput['states'],
  now: number,
): string | null {
  const first = queue.learning[0] ?? queue.review[0] ?? queue.fresh[0];
  if (first) return first;
  const soon = queue.learningLater[0];
  const due = soon ? states[soon]?.due : undefined;
  return soon && due !== undefined && due - now <= LEARN_AHEAD_MS ? soon : null;
}

/**
 * Review cards to study ahead when nothing is due: those due on a later day, soonest first.
 * Cards learnt or reviewed today are left out: going over them again teaches nothing and
 * would only shorten their next interval.
 */
export function reviewAheadQueue(input: QueueInput, limit: number): string[] {
  const { states, utcOffset, settings, now } = input;
  const today = studyDay(now, utcOffset, settings.dayStartHour);
  return input.cards
    .flatMap((key) => {
      const state = states[key];
      return state?.phase === 'review' &&
        studyDay(state.due, utcOffset, settings.dayStartHour) > today &&
        studyDay(state.lastReview, utcOffset, settings.dayStartHour) < today
        ? [{ key, due: state.due }]
        : [];
    })
    .sort((a, b) => a.due - b.due)
    .slice(0, limit)
    .map((c) => c.key);
}

/** New cards past today's limit, in deck order: "learn N more" after the day's new cards. */
export function moreNewCards(input: QueueInput, limit: number): string[] {
  return input.cards
    .filter((key) => !input.states[key] || input.states[key]?.phase === 'new')
    .slice(0, limit);
}

/**
 * When the next card becomes available: a learning card at its due time, a review card when
 * its due day starts. Null when nothing has been studied yet.
 */
export function nextAvailable(
  states: QueueInput['states'],
  cards: readonly string[],
  utcOffset: UtcOffset,
  dayStartHour: number,
): number | null {
  let earliest: number | null = null;
  for (const key of cards) {
    const state = states[key];
    if (!state || state.phase === 'new') continue;
    const at =
      state.phase === 'review'
        ? studyDayStart(studyDay(state.due, utcOffset, dayStartHour), utcOffset, dayStartHour)
        : state.due;
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}

/** What comes next once today's queue is done: a learning card at its time, or the next study day. */
export type NextUp =
  | { readonly kind: 'card'; readonly at: number }
  | {
      readonly kind: 'day';
      /** The start of that study day (the rollover hour). */
      readonly at: number;
      readonly reviews: boolean;
      readonly fresh: boolean;
    };

/**
 * When there is something to study next. Reviews and new cards past today's limit come with
 * a study day, not at an hour of their own: that is said as a day, not as an appointment.
 */
export function nextUp(
  states: QueueInput['states'],
  cards: readonly string[],
  utcOffset: UtcOffset,
  dayStartHour: number,
  now: number,
  freshLeft: boolean,
): NextUp | null {
  const inReview = (key: string) => states[key]?.phase === 'review';
  const learning = nextAvailable(
    states,
    cards.filter((key) => !inReview(key)),
    utcOffset,
    dayStartHour,
  );
  const review = nextAvailable(states, cards.filter(inReview), utcOffset, dayStartHour);
  // Reviews still due today (a chosen set was studied instead) are due now.
  if (review !== null && review <= now) return { kind: 'card', at: review };
  const fresh = freshLeft
    ? studyDayStart(studyDay(now, utcOffset, dayStartHour) + 1, utcOffset, dayStartHour)
    : null;
  const days = [review, fresh].filter((t): t is number => t !== null);
  const day = days.length ? Math.min(...days) : null;
  if (learning !== null && (day === null || learning < day)) return { kind: 'card', at: learning };
  if (day === null) return null;
  return { kind: 'day', at: day, reviews: review === day, fresh: fresh === day };
}

/**
 * A chosen set of cards in the order to drill them: those due today first (lowest predicted
 * recall first), then new ones in deck order, then the rest by due date.
 */
export function drillOrder(
  cards: readonly string[],
  states: QueueInput['states'],
  scheduler: Pick<Scheduler, 'retrievability'>,
  now: number,
  utcOffset: UtcOffset,
  dayStartHour: number,
): string[] {
  const today = studyDay(now, utcOffset, dayStartHour);
  const due: { key: string; recall: number }[] = [];
  const fresh: string[] = [];
  const later: { key: string; due: number }[] = [];
  for (const key of cards) {
    const state = states[key];
    if (!state || state.phase === 'new') fresh.push(key);
    else if (studyDay(state.due, utcOffset, dayStartHour) <= today) {
      due.push({ key, recall: scheduler.retrievability(state, now) });
    } else later.push({ key, due: state.due });
  }
  due.sort((a, b) => a.recall - b.recall);
  later.sort((a, b) => a.due - b.due);
  return [...due.map((c) => c.key), ...fresh, ...later.map((c) => c.key)];
}
