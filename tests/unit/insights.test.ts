import { describe, expect, it } from 'vitest';
import {
  cardInsights,
  describeWeakReason,
  lastGrades,
  learningFails,
  rankSections,
  statusOf,
  tally,
  weakReasons,
} from '../../src/srs/insights.ts';
import { drillOrder } from '../../src/srs/queue.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import type { CardState, Review } from '../../src/srs/types.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const DAY = 86_400_000;
const utc = () => 0;
const scheduler = createScheduler(0.9);

function review(overrides: Partial<CardState> = {}): CardState {
  return {
    due: T0 + 5 * DAY,
    stability: 10,
    difficulty: 5,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    phase: 'review',
    lastReview: T0 - 5 * DAY,
    ...overrides,
  };
}

describe('card insights', () => {
  it('gives each card a status', () => {
    expect(statusOf(undefined)).toBe('new');
    expect(statusOf(review({ phase: 'relearning' }))).toBe('learning');
    expect(statusOf(review())).toBe('review');
  });

  it('counts new, learning, learned and due today for a set of cards', () => {
    const states = {
      a: review(),
      b: review({ due: T0 - DAY }),
      c: review({ phase: 'learning', due: T0 + 10 * 60_000 }),
    };
    expect(tally(['a', 'b', 'c', 'd'], states, T0, utc, 4)).toEqual({
      total: 4,
      new: 1,
      learning: 1,
      learned: 2,
      dueToday: 2,
    });
  });

  it('finds weak cards and says why: lapses ≥ 2, last Again, recall < 0.8', () => {
    expect(weakReasons(review({ lapses: 2 }), 3, 0.95)).toEqual([{ kind: 'lapses', lapses: 2 }]);
    expect(weakReasons(review(), 1, 0.95)).toEqual([{ kind: 'again' }]);
    expect(weakReasons(review(), 3, 0.7)).toEqual([{ kind: 'low-recall', recall: 0.7 }]);
    expect(weakReasons(review({ lapses: 1 }), 3, 0.85)).toEqual([]);
    expect(weakReasons(undefined, undefined, 0)).toEqual([]);
    expect(describeWeakReason({ kind: 'low-recall', recall: 0.734 })).toBe('predicted recall 73%');
  });

  it('counts Again while learning: Again twice on day one, then Good, is weak', () => {
    // Real FSRS states, as the study screen produces them.
    let state: CardState | null = null;
    const log: Review[] = [];
    [1, 1, 3].forEach((grade, i) => {
      const time = T0 + i * 60_000;
      log.push({ id: String(i), card: 'a', grade: grade as 1 | 3, time, before: state });
      state = scheduler.grade(state, grade as 1 | 3, time);
    });
    const learnt = state as CardState | null;
    expect(learnt?.lapses).toBe(0);
    expect(learningFails(log).get('a')).toBe(2);
    const [insight] = cardInsights(
      ['a'],
      { a: learnt ?? undefined },
      lastGrades(log),
      scheduler,
      T0 + 3 * 60_000,
      learningFails(log),
    );
    expect(insight?.weak).toEqual([{ kind: 'learning-fails', fails: 2 }]);
    expect(describeWeakReason({ kind: 'learning-fails', fails: 2 })).toBe(
      'answered Again 2 times while learning',
    );
  });

  it('does not count a lapse in review twice, and needs two failures in all', () => {
    const log: Review[] = [
      { id: '1', card: 'a', grade: 1, time: T0, before: review() },
      { id: '2', card: 'a', grade: 1, time: T0 + 1000, before: review({ phase: 'relearning' }) },
      { id: '3', card: 'b', grade: 1, time: T0, before: null },
    ];
    expect([...learningFails(log)]).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(weakReasons(review({ lapses: 1 }), 3, 0.95, 1)).toEqual([
      { kind: 'learning-fails', fails: 1 },
    ]);
    expect(weakReasons(review({ phase: 'learning' }), 3, 0.95, 1)).toEqual([]);
  });

  it('takes the last grade of each card from the log', () => {
    const log: Review[] = [
      { id: '1', card: 'a', grade: 1, time: T0, before: null },
      { id: '2', card: 'b', grade: 3, time: T0 + 1000, before: null },
      { id: '3', card: 'a', grade: 4, time: T0 + 2000, before: null },
    ];
    expect([...lastGrades(log)]).toEqual([
      ['a', 4],
      ['b', 3],
    ]);
  });

  it('predicts recall for studied cards only, and flags a long-overdue card as weak', () => {
    const states = { old: review({ due: T0 - 60 * DAY, lastReview: T0 - 70 * DAY, stability: 5 }) };
    const [fresh, old] = cardInsights(['fresh', 'old'], states, new Map(), scheduler, T0);
    expect(fresh).toMatchObject({ status: 'new', recall: null, due: null, weak: [] });
    expect(old?.recall).toBeLessThan(0.8);
    expect(old?.weak.map((w) => w.kind)).toEqual(['low-recall']);
  });

  it('ranks sections from weakest to strongest by mean recall, new cards counting as 0', () => {
    const insights = new Map(
      cardInsights(['a', 'b', 'c'], { a: review(), b: review() }, new Map(), scheduler, T0).map(
        (i) => [i.key, i],
      ),
    );
    const ranked = rankSections(
      [
        { id: 'strong', keys: ['a', 'b'] },
        { id: 'half-new', keys: ['a', 'c'] },
      ],
      insights,
    );
    expect(ranked.map((r) => r.sectionId)).toEqual(['half-new', 'strong']);
    expect(ranked[0]?.meanRecall).toBeCloseTo((ranked[1]?.meanRecall ?? 0) / 2, 5);
  });
});

describe('drillOrder', () => {
  it('puts due cards first (lowest recall first), then new in deck order, then the rest by due date', () => {
    const states = {
      later2: review({ due: T0 + 9 * DAY }),
      dueStrong: review({ due: T0 - DAY, stability: 50, lastReview: T0 - 2 * DAY }),
      later1: review({ due: T0 + 3 * DAY }),
      dueWeak: review({ due: T0 - DAY, stability: 1, lastReview: T0 - 20 * DAY }),
    };
    const order = drillOrder(
      ['later2', 'new1', 'dueStrong', 'later1', 'new2', 'dueWeak'],
      states,
      scheduler,
      T0,
      utc,
      4,
    );
    expect(order).toEqual(['dueWeak', 'dueStrong', 'new1', 'new2', 'later1', 'later2']);
  });
});
