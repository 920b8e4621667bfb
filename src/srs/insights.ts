import type { Scheduler } from './scheduler.ts';
import { studyDay } from './study-day.ts';
import type { CardState, Grade, Review, UtcOffset } from './types.ts';

/** Where a card stands, as the browser and a deck page show it. */
export type CardStatus = 'new' | 'learning' | 'review';

export function statusOf(state: CardState | undefined): CardStatus {
  if (!state || state.phase === 'new') return 'new';
  return state.phase === 'review' ? 'review' : 'learning';
}

/** Whether a card is due by the end of today's study day. */
export function isDueToday(
  state: CardState | undefined,
  now: number,
  utcOffset: UtcOffset,
  dayStartHour: number,
): boolean {
  if (!state || state.phase === 'new') return false;
  return studyDay(state.due, utcOffset, dayStartHour) <= studyDay(now, utcOffset, dayStartHour);
}

export interface Tally {
  readonly total: number;
  readonly new: number;
  readonly learning: number;
  /** In review: learnt at least once. */
  readonly learned: number;
  readonly dueToday: number;
}

/** Counts for a set of cards (a deck, a section): one pass over their states, not the log. */
export function tally(
  keys: readonly string[],
  states: Readonly<Record<string, CardState | undefined>>,
  now: number,
  utcOffset: UtcOffset,
  dayStartHour: number,
): Tally {
  const counts = { total: keys.length, new: 0, learning: 0, learned: 0, dueToday: 0 };
  for (const key of keys) {
    const state = states[key];
    const status = statusOf(state);
    if (status === 'new') counts.new++;
    else if (status === 'learning') counts.learning++;
    else counts.learned++;
    if (isDueToday(state, now, utcOffset, dayStartHour)) counts.dueToday++;
  }
  return counts;
}

/** Each card's most recent grade, from one pass over the log (done once per change, not per render). */
export function lastGrades(log: readonly Review[]): ReadonlyMap<string, Grade> {
  const grades = new Map<string, Grade>();
  for (const review of log) grades.set(review.card, review.grade);
  return grades;
}

/**
 * Again answers given while a card was new, learning or relearning, per card. FSRS counts a
 * lapse only when a review card is forgotten, so a card failed twice on its first day would
 * otherwise look as solid as one never failed.
 */
export function learningFails(log: readonly Review[]): ReadonlyMap<string, number> {
  const fails = new Map<string, number>();
  for (const review of log) {
    if (review.grade === 1 && review.before?.phase !== 'review')
      fails.set(review.card, (fails.get(review.card) ?? 0) + 1);
  }
  return fails;
}

const WEAK_THRESHOLDS = Object.freeze({ lapses: 2, recall: 0.8 });

export type WeakReason =
  | { readonly kind: 'lapses'; readonly lapses: number }
  | { readonly kind: 'learning-fails'; readonly fails: number }
  | { readonly kind: 'again' }
  | { readonly kind: 'low-recall'; readonly recall: number };

/**
 * Why a card counts as weak, if it does: forgotten twice or more (lapses in review, plus Again
 * while learning), last answered Again, or a predicted recall below 0.8 now. New cards are not
 * weak: they are not learnt yet.
 */
export function weakReasons(
  state: CardState | undefined,
  lastGrade: Grade | undefined,
  recall: number,
  fails = 0,
): WeakReason[] {
  if (!state || state.phase === 'new') return [];
  const reasons: WeakReason[] = [];
  if (state.lapses >= WEAK_THRESHOLDS.lapses)
    reasons.push({ kind: 'lapses', lapses: state.lapses });
  else if (fails > 0 && state.lapses + fails >= WEAK_THRESHOLDS.lapses)
    reasons.push({ kind: 'learning-fails', fails });
  if (lastGrade === 1) reasons.push({ kind: 'again' });
  if (recall < WEAK_THRESHOLDS.recall) reasons.push({ kind: 'low-recall', recall });
  return reasons;
}

export function describeWeakReason(reason: WeakReason): string {
  switch (reason.kind) {
    case 'lapses':
      return `forgotten ${reason.lapses} times`;
    case 'learning-fails':
      return `answered Again ${reason.fails === 1 ? 'once' : `${reason.fails} times`} while learning`;
    case 'again':
      return 'last answered Again';
    case 'low-recall':
      return `predicted recall ${Math.round(reason.recall * 100)}%`;
  }
}

export interface CardInsight {
  readonly key: string;
  readonly status: CardStatus;
  /** Predicted probability of recall now; null for a new card. */
  readonly recall: number | null;
  readonly due: number | null;
  readonly weak: readonly WeakReason[];
}

/** Status, recall and weakness for each card: what the browser, card page and weak spots show. */
export function cardInsights(
  keys: readonly string[],
  states: Readonly<Record<string, CardState | undefined>>,
  grades: ReadonlyMap<string, Grade>,
  scheduler: Pick<Scheduler, 'retrievability'>,
  now: number,
  fails: ReadonlyMap<string, number> = new Map(),
): CardInsight[] {
  return keys.map((key) => {
    const state = states[key];
    const status = statusOf(state);
    const recall = status === 'new' ? null : scheduler.retrievability(state ?? null, now);
    return {
      key,
      status,
      recall,
      due: status === 'new' ? null : (state?.due ?? null),
      weak: weakReasons(state, grades.get(key), recall ?? 1, fails.get(key)),
    };
  });
}

export interface SectionStrength {
  readonly sectionId: string;
  /** Mean predicted recall over the section's cards, new cards counting as 0. */
  readonly meanRecall: number;
  readonly weak: number;
}

/** Sections from weakest to strongest by mean predicted recall. */
export function rankSections(
  sections: readonly { readonly id: string; readonly keys: readonly string[] }[],
  insights: ReadonlyMap<string, CardInsight>,
): SectionStrength[] {
  return sections
    .map((section) => {
      let sum = 0;
      let weak = 0;
      for (const key of section.keys) {
        const insight = insights.get(key);
        sum += insight?.recall ?? 0;
        if (insight && insight.weak.length > 0) weak++;
      }
      return {
        sectionId: section.id,
        meanRecall: section.keys.length ? sum / section.keys.length : 0,
        weak,
      };
    })
    .sort((a, b) => a.meanRecall - b.meanRecall);
}

/**
 * How strongly "Favour weak cards" pulls a card in: low predicted recall and each reason it
 * is weak (lapses, Again) count; a card never studied counts as middling.
 */
export function weakness(insight: CardInsight | undefined): number {
  const recall = insight?.recall ?? 0.75;
  return 1 + 4 * (1 - recall) + 3 * (insight?.weak.length ?? 0);
}
