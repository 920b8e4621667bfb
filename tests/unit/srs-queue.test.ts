import { describe, expect, it } from 'vitest';
import { dailyStats } from '../../src/srs/daily-stats.ts';
import { DEFAULT_SETTINGS } from '../../src/srs/settings.ts';
import {
  buildQueue,
  LEARN_AHEAD_MS,
  nextAvailable,
  nextCard,
  moreNewCards,
  nextUp,
  reviewAheadQueue,
  type QueueInput,
} from '../../src/srs/queue.ts';
import { createScheduler } from '../../src/srs/scheduler.ts';
import { studyDay, studyDayStart } from '../../src/srs/study-day.ts';
import type {
  CardState,
  Grade,
  MemoryPhase,
  Review,
  StudySettings,
  UtcOffset,
} from '../../src/srs/types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Central European winter time, UTC+1. */
const cet: UtcOffset = () => 60;
/** An instant given as local wall-clock time in UTC+1 (month from 1). */
const local = (month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(2026, month - 1, day, hour, minute) - HOUR;

const NOW = local(11, 26, 10); // 10:00 local, Thursday 26 November 2026
const SETTINGS: StudySettings = { ...DEFAULT_SETTINGS, newPerDay: 3 };

function card(phase: MemoryPhase, due: number, extra: Partial<CardState> = {}): CardState {
  const review = phase === 'review';
  return {
    due,
    stability: review ? 10 : 1,
    difficulty: 5,
    scheduledDays: review ? 10 : 0,
    learningSteps: 0,
    reps: 3,
    lapses: phase === 'relearning' ? 1 : 0,
    phase,
    lastReview: due - (review ? 10 * DAY : 10 * MINUTE),
    ...extra,
  };
}

function input(
  states: Record<string, CardState | undefined>,
  extra: Partial<QueueInput> = {},
): QueueInput {
  return {
    cards: Object.keys(states),
    states,
    introducedToday: 0,
    settings: SETTINGS,
    utcOffset: cet,
    now: NOW,
    ...extra,
  };
}

describe('studyDay and studyDayStart', () => {
  it('starts a new study day at the rollover hour, local time', () => {
    const today = studyDay(NOW, cet, 4);
    expect(studyDay(local(11, 26, 4), cet, 4)).toBe(today);
    expect(studyDay(local(11, 26, 4) - 1, cet, 4)).toBe(today - 1);
    expect(studyDay(local(11, 27, 3, 59), cet, 4)).toBe(today);
    expect(studyDay(local(11, 27, 4), cet, 4)).toBe(today + 1);
  });

  it('counts a review at 1 am for the day before when the day starts at 4', () => {
    expect(studyDay(local(11, 27, 1), cet, 4)).toBe(studyDay(local(11, 26, 22), cet, 4));
    expect(studyDay(local(11, 27, 1), cet, 0)).toBe(studyDay(local(11, 27, 5), cet, 0));
  });

  it('uses local time, not UTC', () => {
    // 23:30 UTC on the 26th is already 01:30 on the 27th in UTC+2, and 18:30 the 26th in UTC-5.
    const t = Date.UTC(2026, 10, 26, 23, 30);
    expect(studyDay(t, () => 120, 0)).toBe(studyDay(Date.UTC(2026, 10, 27, 12), () => 0, 0));
    expect(studyDay(t, () => -300, 0)).toBe(studyDay(Date.UTC(2026, 10, 26, 12), () => 0, 0));
  });

  it('gives the rollover instant as the start of a study day', () => {
    expect(studyDayStart(studyDay(NOW, cet, 4), cet, 4)).toBe(local(11, 26, 4));
    expect(studyDayStart(studyDay(NOW, cet, 0), cet, 0)).toBe(local(11, 26, 0));
    const est: UtcOffset = () => -300;
    const t = Date.UTC(2026, 10, 26, 3); // 22:00 on the 25th in UTC-5
    expect(studyDayStart(studyDay(t, est, 4), est, 4)).toBe(Date.UTC(2026, 10, 25, 9));
  });

  describe('across daylight-saving changes', () => {
    // Europe/Berlin in 2026: +60 until 29 March 01:00 UTC, +120 until 25 October 01:00 UTC.
    const spring = Date.UTC(2026, 2, 29, 1);
    const autumn = Date.UTC(2026, 9, 25, 1);
    const berlin: UtcOffset = (t) => (t >= spring && t < autumn ? 120 : 60);

    function expectWholeDays(from: number, to: number, hour: number) {
      let day = studyDay(from, berlin, hour);
      let start = studyDayStart(day, berlin, hour);
      for (let t = from; t < to; t += 15 * MINUTE) {
        const d = studyDay(t, berlin, hour);
        if (d !== day) {
          expect(d).toBe(day + 1);
          day = d;
          start = studyDayStart(day, berlin, hour);
          expect(start).toBeLessThanOrEqual(t);
          expect(t - start).toBeLessThan(15 * MINUTE);
        }
        expect(t).toBeGreaterThanOrEqual(start);
      }
    }

    it('keeps study days whole when the clocks go forward', () => {
      // 00:59 CET and 03:30 CEST on 29 March both belong to the 28th's study day.
      const before = studyDay(spring - MINUTE, berlin, 4);
      expect(studyDay(spring + 30 * MINUTE, berlin, 4)).toBe(before);
      // 28 March starts at 04:00 CET, 29 March at 04:00 CEST: a day of 23 hours.
      expect(studyDayStart(before, berlin, 4)).toBe(Date.UTC(2026, 2, 28, 3));
      expect(studyDayStart(before + 1, berlin, 4)).toBe(Date.UTC(2026, 2, 29, 2));
      expect(studyDay(Date.UTC(2026, 2, 29, 2) - 1, berlin, 4)).toBe(before);
      expect(studyDay(Date.UTC(2026, 2, 29, 2), berlin, 4)).toBe(before + 1);
      expectWholeDays(spring - 3 * DAY, spring + 3 * DAY, 4);
      expectWholeDays(spring - 3 * DAY, spring + 3 * DAY, 0);
    });

    it('keeps study days whole when the clocks go back', () => {
      // 02:00 CEST and 03:00 CET on 25 October both belong to the 24th's study day.
      const before = studyDay(autumn - HOUR, berlin, 4);
      expect(studyDay(autumn + HOUR, berlin, 4)).toBe(before);
      // 24 October starts at 04:00 CEST, 25 October at 04:00 CET: a day of 25 hours.
      expect(studyDayStart(before, berlin, 4)).toBe(Date.UTC(2026, 9, 24, 2));
      expect(studyDayStart(before + 1, berlin, 4)).toBe(Date.UTC(2026, 9, 25, 3));
      expectWholeDays(autumn - 3 * DAY, autumn + 3 * DAY, 4);
      expectWholeDays(autumn - 3 * DAY, autumn + 3 * DAY, 0);
    });

    it('starts the day when the clocks jump over the rollover hour', () => {
      // 02:00 local does not exist on 29 March: the day starts at 03:00 CEST, 01:00 UTC.
      const day = studyDay(spring, berlin, 2);
      expect(studyDay(spring - 1, berlin, 2)).toBe(day - 1);
      expect(studyDayStart(day, berlin, 2)).toBe(spring);
    });

    it('keeps a review due on the short day due all that day', () => {
      const due = Date.UTC(2026, 2, 29, 20); // 22:00 CEST
      const states = { a: card('review', due) };
      for (const now of [Date.UTC(2026, 2, 29, 2), spring + 20 * HOUR, Date.UTC(2026, 2, 30, 1)]) {
        const queue = buildQueue(input(states, { utcOffset: berlin, now }));
        expect(queue.review).toEqual(['a']);
      }
      const early = buildQueue(input(states, { utcOffset: berlin, now: spring }));
      expect(early.review).toEqual([]);
    });
  });
});

describe('buildQueue', () => {
  it('orders learning cards due now, then due reviews, then new cards', () => {
    const states = {
      new1: undefined,
      rev1: card('review', local(11, 25, 9)),
      learn1: card('learning', NOW - 2 * MINUTE),
      new2: undefined,
      learn2: card('relearning', NOW - 5 * MINUTE),
      rev2: card('review', local(11, 24, 9)),
      new3: undefined,
    };
    const queue = buildQueue(input(states));
    expect(queue.learning).toEqual(['learn2', 'learn1']);
    expect(queue.review).toEqual(['rev2', 'rev1']);
    expect(queue.fresh).toEqual(['new1', 'new2', 'new3']);
    expect(queue.learningLater).toEqual([]);
    expect(queue.counts).toEqual({ new: 3, learning: 2, review: 2 });
    expect(nextCard(queue, states, NOW)).toBe('learn2');
  });

  it('shows a review before a new card, and a new card when nothing else is due', () => {
    const states = { n: undefined, r: card('review', NOW - DAY) };
    expect(nextCard(buildQueue(input(states)), states, NOW)).toBe('r');
    const onlyNew = { n: undefined };
    expect(nextCard(buildQueue(input(onlyNew)), onlyNew, NOW)).toBe('n');
  });

  it('counts a learning card due exactly now as due', () => {
    const states = { a: card('learning', NOW) };
    const queue = buildQueue(input(states));
    expect(queue.learning).toEqual(['a']);
    expect(nextCard(queue, states, NOW)).toBe('a');
  });

  it('treats a learning card overdue since an earlier day as due now', () => {
    const states = { a: card('learning', NOW - 3 * DAY) };
    expect(buildQueue(input(states)).learning).toEqual(['a']);
  });

  describe('reviews', () => {
    it('are due all of the study day they fall due on', () => {
      const states = {
        evening: card('review', local(11, 26, 23)),
        night: card('review', local(11, 27, 3, 59)), // before the 4 am rollover: still today
        tomorrow: card('review', local(11, 27, 4)),
        later: card('review', local(11, 30, 12)),
      };
      const queue = buildQueue(input(states));
      expect(queue.review).toEqual(['evening', 'night']);
      expect(queue.counts.review).toBe(2);
    });

    it('come in due order without a scheduler', () => {
      const states = {
        b: card('review', local(11, 26, 20)),
        a: card('review', local(11, 20, 9)),
        c: card('review', local(11, 25, 9)),
      };
      expect(buildQueue(input(states)).review).toEqual(['a', 'c', 'b']);
    });

    it('come lowest predicted recall first with a scheduler', () => {
      const recall: Record<number, number> = { 1: 0.95, 2: 0.6, 3: 0.8 };
      const scheduler = { retrievability: (s: CardState | null) => recall[s?.stability ?? 0] ?? 1 };
      const states = {
        a: card('review', local(11, 20, 9), { stability: 1 }),
        b: card('review', local(11, 25, 9), { stability: 2 }),
        c: card('review', local(11, 26, 20), { stability: 3 }),
      };
      expect(buildQueue(input(states, { scheduler })).review).toEqual(['b', 'c', 'a']);
    });

    it('keep due order among equal recall', () => {
      const scheduler = { retrievability: () => 0.5 };
      const states = {
        b: card('review', local(11, 26, 20)),
        a: card('review', local(11, 20, 9)),
      };
      expect(buildQueue(input(states, { scheduler })).review).toEqual(['a', 'b']);
    });

    it('are ordered by the real scheduler: the most forgotten card first', () => {
      const scheduler = createScheduler(0.9);
      const states = {
        // Due today after 10 days: recall near 90%.
        onTime: card('review', local(11, 26, 9), { stability: 10 }),
        // A month overdue on a 10-day interval: recall far lower.
        overdue: card('review', local(10, 27, 9), {
          stability: 10,
          lastReview: local(10, 17, 9),
        }),
        // Weak memory, reviewed two days ago and due today.
        weak: card('review', local(11, 26, 8), { stability: 0.2, lastReview: local(11, 24, 8) }),
      };
      const queue = buildQueue(input(states, { scheduler }));
      expect(queue.review).toEqual(['weak', 'overdue', 'onTime']);
      expect(nextCard(queue, states, NOW)).toBe('weak');
    });
  });

  describe('new cards', () => {
    const deck = Object.fromEntries(
      ['n1', 'n2', 'n3', 'n4', 'n5'].map((k) => [k, undefined]),
    ) as Record<string, CardState | undefined>;

    it('come in deck order up to the daily limit', () => {
      const queue = buildQueue(input(deck));
      expect(queue.fresh).toEqual(['n1', 'n2', 'n3']);
      expect(queue.counts.new).toBe(3);
    });

    it('leave out what was already introduced today', () => {
      expect(buildQueue(input(deck, { introducedToday: 2 })).fresh).toEqual(['n1']);
      expect(buildQueue(input(deck, { introducedToday: 3 })).fresh).toEqual([]);
      const over = buildQueue(input(deck, { introducedToday: 7 }));
      expect(over.fresh).toEqual([]);
      expect(over.counts.new).toBe(0);
    });

    it("take each deck's own limit within the overall one, and more when asked", () => {
      const keys = ['big/1', 'small/1', 'big/2', 'small/2', 'big/3', 'small/3', 'big/4'];
      const mixed = Object.fromEntries(keys.map((k) => [k, undefined])) as Record<
        string,
        CardState | undefined
      >;
      const settings = { ...SETTINGS, newPerDay: 5, deckNewPerDay: { big: 2 } };
      // Big stops at 2; small takes what is left of the 5.
      expect(buildQueue(input(mixed, { settings })).fresh).toEqual([
        'big/1',
        'small/1',
        'big/2',
        'small/2',
        'small/3',
      ]);
      // One of big's already introduced today leaves it one.
      const today = { settings, introducedToday: 1, introducedPerDeck: { big: 1 } };
      expect(buildQueue(input(mixed, today)).fresh).toEqual([
        'big/1',
        'small/1',
        'small/2',
        'small/3',
      ]);
      // "Learn more" lifts both limits by as many.
      expect(buildQueue(input(mixed, { ...today, extraNew: 1 })).fresh).toEqual([
        'big/1',
        'small/1',
        'big/2',
        'small/2',
        'small/3',
      ]);
    });

    it('share the extra cards asked for between limited decks, and read a deck id as its own key', () => {
      const keys = ['a/1', 'a/2', 'b/1', 'b/2', 'constructor/1'];
      const mixed = Object.fromEntries(keys.map((k) => [k, undefined])) as Record<
        string,
        CardState | undefined
      >;
      const settings = { ...SETTINGS, newPerDay: 20, deckNewPerDay: { a: 1, b: 1 } };
      const used = { settings, introducedToday: 2, introducedPerDeck: { a: 1, b: 1 } };
      // Both limits used up: "learn 1 more" is one card, not one per limited deck.
      expect(buildQueue(input(mixed, { ...used, extraNew: 1 })).fresh).toEqual([
        'a/1',
        'constructor/1',
      ]);
      // A deck named like an Object property has no limit unless one is set.
      expect(buildQueue(input(mixed, used)).fresh).toEqual(['constructor/1']);
    });

    it('are none with a limit of zero', () => {
      const settings = { ...SETTINGS, newPerDay: 0 };
      const queue = buildQueue(input(deck, { settings }));
      expect(queue.fresh).toEqual([]);
      expect(nextCard(queue, deck, NOW)).toBeNull();
    });

    it('include cards with a state in the new phase, and skip studied ones', () => {
      const states = {
        s1: card('review', local(12, 20, 9)),
        n1: undefined,
        n2: card('new', NOW, { reps: 0 }),
        s2: card('learning', NOW + 3 * DAY),
        n3: undefined,
      };
      expect(buildQueue(input(states)).fresh).toEqual(['n1', 'n2', 'n3']);
    });

    it('follow the order of the deck, not of the saved states', () => {
      const states = { a: undefined, b: undefined, c: undefined };
      const queue = buildQueue(input(states, { cards: ['c', 'a', 'b'] }));
      expect(queue.fresh).toEqual(['c', 'a', 'b']);
    });

    it('ignore saved states of cards not in the deck', () => {
      const states = { gone: card('review', NOW - DAY), n: undefined };
      const queue = buildQueue(input(states, { cards: ['n'] }));
      expect(queue.review).toEqual([]);
      expect(queue.fresh).toEqual(['n']);
    });
  });

  describe('learning cards due later', () => {
    it('are counted as learning today, soonest first', () => {
      const states = {
        a: card('learning', NOW + 2 * HOUR),
        b: card('relearning', NOW + 10 * MINUTE),
        c: card('learning', local(11, 27, 3, 30)), // still today: before the rollover
        d: card('learning', local(11, 27, 4, 30)), // tomorrow
      };
      const queue = buildQueue(input(states));
      expect(queue.learning).toEqual([]);
      expect(queue.learningLater).toEqual(['b', 'a', 'c']);
      expect(queue.counts.learning).toBe(3);
    });

    it('are shown early only within 20 minutes, and only when nothing else is due', () => {
      expect(LEARN_AHEAD_MS).toBe(20 * MINUTE);
      const at = (delay: number) => {
        const states = { a: card('learning', NOW + delay) };
        return nextCard(buildQueue(input(states)), states, NOW);
      };
      expect(at(MINUTE)).toBe('a');
      expect(at(LEARN_AHEAD_MS)).toBe('a');
      expect(at(LEARN_AHEAD_MS + 1000)).toBeNull();
      expect(at(3 * HOUR)).toBeNull();

      const states = { a: card('learning', NOW + MINUTE), r: card('review', NOW - DAY) };
      expect(nextCard(buildQueue(input(states)), states, NOW)).toBe('r');
      const withNew = { a: card('learning', NOW + MINUTE), n: undefined };
      expect(nextCard(buildQueue(input(withNew)), withNew, NOW)).toBe('n');
    });
  });

  it('has nothing to show when nothing is due', () => {
    const states = { r: card('review', local(11, 28, 9)) };
    const queue = buildQueue(input(states));
    expect(queue.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(nextCard(queue, states, NOW)).toBeNull();
    expect(nextCard(buildQueue(input({})), {}, NOW)).toBeNull();
  });
});

describe('nextAvailable', () => {
  it('is null when nothing has been studied', () => {
    expect(nextAvailable({}, [], cet, 4)).toBeNull();
    const states = { a: undefined, b: card('new', NOW) };
    expect(nextAvailable(states, ['a', 'b'], cet, 4)).toBeNull();
  });

  it('is a learning card at its due time', () => {
    const states = { a: card('learning', NOW + 37 * MINUTE), b: card('relearning', NOW + HOUR) };
    expect(nextAvailable(states, ['a', 'b'], cet, 4)).toBe(NOW + 37 * MINUTE);
  });

  it('is a review card at the start of the study day it falls due on', () => {
    const states = { r: card('review', local(11, 28, 15)) };
    expect(nextAvailable(states, ['r'], cet, 4)).toBe(local(11, 28, 4));
    // Due at 1 am on the 29th: that belongs to the 28th's study day.
    const night = { r: card('review', local(11, 29, 1)) };
    expect(nextAvailable(night, ['r'], cet, 4)).toBe(local(11, 28, 4));
  });

  it('is the earliest of the cards in the deck', () => {
    const states = {
      late: card('learning', local(11, 28, 5)),
      review: card('review', local(11, 28, 15)),
      other: card('learning', NOW + MINUTE),
    };
    expect(nextAvailable(states, ['late', 'review'], cet, 4)).toBe(local(11, 28, 4));
    expect(nextAvailable(states, ['late', 'review', 'other'], cet, 4)).toBe(NOW + MINUTE);
  });

  it('agrees with buildQueue: the review is due from that instant, not before', () => {
    const states = { r: card('review', local(11, 28, 15)) };
    const at = nextAvailable(states, ['r'], cet, 4) ?? NaN;
    expect(buildQueue(input(states, { now: at })).review).toEqual(['r']);
    expect(buildQueue(input(states, { now: at - 1 })).review).toEqual([]);
  });
});

describe('nextUp', () => {
  const tomorrow = local(11, 27, 4);

  it('is the new study day when only new cards past the limit are left', () => {
    const states = { a: undefined, r: card('review', local(12, 3, 9)) };
    expect(nextUp(states, ['a', 'r'], cet, 4, NOW, true)).toEqual({
      kind: 'day',
      at: tomorrow,
      reviews: false,
      fresh: true,
    });
    expect(nextUp({ a: undefined }, ['a'], cet, 4, NOW, false)).toBeNull();
  });

  it('says reviews come with a day, and a learning card at its own time', () => {
    const reviews = { r: card('review', local(11, 28, 15)) };
    expect(nextUp(reviews, ['r'], cet, 4, NOW, false)).toEqual({
      kind: 'day',
      at: local(11, 28, 4),
      reviews: true,
      fresh: false,
    });
    expect(nextUp({ r: card('review', local(11, 27, 9)) }, ['r'], cet, 4, NOW, true)).toEqual({
      kind: 'day',
      at: tomorrow,
      reviews: true,
      fresh: true,
    });
    const learning = { ...reviews, l: card('learning', NOW + 10 * MINUTE) };
    expect(nextUp(learning, ['r', 'l'], cet, 4, NOW, true)).toEqual({
      kind: 'card',
      at: NOW + 10 * MINUTE,
    });
  });

  it('is now for a review still due today', () => {
    const states = { r: card('review', NOW - HOUR) };
    expect(nextUp(states, ['r'], cet, 4, NOW, true)).toEqual({
      kind: 'card',
      at: local(11, 26, 4),
    });
  });
});

describe('studying ahead', () => {
  const states = {
    n1: undefined,
    r1: card('review', local(12, 5, 9)),
    l1: card('learning', NOW + 2 * HOUR),
    n2: card('new', NOW),
    r2: card('review', local(11, 29, 9)),
    n3: undefined,
    // Learnt this morning: a review card, but not one to go over again today.
    t1: card('review', local(11, 30, 9), { lastReview: local(11, 26, 8) }),
    d1: card('review', local(11, 26, 9)),
  };

  it('reviews ahead only review cards due on a later day and not seen today, soonest first', () => {
    expect(reviewAheadQueue(input(states), 10)).toEqual(['r2', 'r1']);
    expect(reviewAheadQueue(input(states), 1)).toEqual(['r2']);
  });

  it('offers more new cards in deck order, never the cards just learnt', () => {
    expect(moreNewCards(input(states), 10)).toEqual(['n1', 'n2', 'n3']);
    expect(moreNewCards(input(states), 2)).toEqual(['n1', 'n2']);
    expect(moreNewCards(input(states), 0)).toEqual([]);
  });
});

describe('dailyStats', () => {
  let id = 0;
  function review(card: string, time: number, before: CardState | null, grade: Grade = 3): Review {
    id += 1;
    return { id: `r${id}`, card, grade, time, before };
  }
  const seen = card('review', local(11, 20, 9));

  it('is zero for an empty log', () => {
    expect(dailyStats([], NOW, cet, 4)).toMatchObject({ reviews: 0, introduced: 0 });
  });

  it("counts today's reviews and the cards seen for the first time today", () => {
    const log = [
      review('old', local(11, 24, 9), null),
      review('old', local(11, 25, 9), card('learning', local(11, 24, 9))),
      review('a', local(11, 26, 4), null),
      review('a', local(11, 26, 4, 10), card('learning', local(11, 26, 4, 10))),
      review('b', local(11, 26, 8), seen),
      review('c', local(11, 26, 9), card('new', local(11, 26, 9))),
      review('d', local(11, 26, 9, 30), card('relearning', local(11, 26, 9, 30))),
    ];
    expect(dailyStats(log, NOW, cet, 4)).toMatchObject({ reviews: 5, introduced: 2 });
  });

  it('counts the cards seen for the first time today by deck', () => {
    const log = [
      review('aws/a', local(11, 26, 8), null),
      review('aws/b', local(11, 26, 9), null),
      review('kafka/x', local(11, 26, 9, 10), null),
      review('kafka/y', local(11, 26, 9, 20), seen),
    ];
    expect(dailyStats(log, NOW, cet, 4).introducedPerDeck).toEqual({ aws: 2, kafka: 1 });
  });

  it('counts a card introduced twice today (after an undo) once', () => {
    const log = [review('a', local(11, 26, 8), null), review('a', local(11, 26, 9), null)];
    expect(dailyStats(log, NOW, cet, 4)).toMatchObject({ reviews: 2, introduced: 1 });
  });

  it('puts reviews before the rollover hour in the day before', () => {
    const log = [review('a', local(11, 26, 1), null), review('b', local(11, 26, 3, 59), null)];
    expect(dailyStats(log, NOW, cet, 4)).toMatchObject({ reviews: 0, introduced: 0 });
    // Late at night, those reviews still count for the day they belong to.
    expect(dailyStats(log, local(11, 26, 3, 59), cet, 4)).toMatchObject({
      reviews: 2,
      introduced: 2,
    });
    expect(dailyStats(log, local(11, 25, 12), cet, 4)).toMatchObject({ reviews: 2, introduced: 2 });
    // With the day starting at midnight, they are today's.
    expect(dailyStats(log, NOW, cet, 0)).toMatchObject({ reviews: 2, introduced: 2 });
  });

  it('starts afresh on a new study day', () => {
    const log = [review('a', local(11, 26, 9), null), review('b', local(11, 26, 23), null)];
    expect(dailyStats(log, local(11, 27, 3), cet, 4)).toMatchObject({ reviews: 2, introduced: 2 });
    expect(dailyStats(log, local(11, 27, 4), cet, 4)).toMatchObject({ reviews: 0, introduced: 0 });
  });

  it('ignores reviews from a clock that ran ahead into a later day', () => {
    const log = [
      review('old', local(11, 25, 9), null),
      review('a', local(11, 26, 8), null),
      review('x', local(11, 28, 9), null), // clock two days ahead
      review('y', local(11, 28, 9, 5), seen),
      review('b', local(11, 26, 9), null),
    ];
    expect(dailyStats(log, NOW, cet, 4)).toMatchObject({ reviews: 2, introduced: 2 });
  });

  it("reads only today's end of the log", () => {
    const history = Array.from({ length: 1000 }, (_, i) =>
      review(`h${i}`, local(1, 1, 9) + i * HOUR, null),
    );
    const today = [review('a', local(11, 26, 8), null), review('b', local(11, 26, 9), seen)];
    const log = [...history, ...today];
    let reads = 0;
    const counted = new Proxy(log, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(dailyStats(counted, NOW, cet, 4)).toMatchObject({ reviews: 2, introduced: 1 });
    expect(reads).toBeLessThanOrEqual(today.length + 1);
  });
});

describe('studyDayStart across a daylight-saving change at the rollover hour', () => {
  // New York on 8 March 2026: at 07:00Z local time jumps from 02:00 EST to 03:00 EDT.
  const springChange = Date.UTC(2026, 2, 8, 7, 0, 0);
  const newYork = (time: number) => (time < springChange ? -300 : -240);
  // Berlin on 25 October 2026: at 01:00Z local time goes back from 03:00 CEST to 02:00 CET.
  const autumnChange = Date.UTC(2026, 9, 25, 1, 0, 0);
  const berlin = (time: number) => (time < autumnChange ? 120 : 60);

  it.each([
    [
      'a skipped rollover hour (clocks forward)',
      newYork,
      Date.UTC(2026, 2, 8, 12),
      Date.UTC(2026, 2, 8, 7),
    ],
    [
      'a repeated rollover hour (clocks back)',
      berlin,
      Date.UTC(2026, 9, 25, 12),
      Date.UTC(2026, 9, 25, 0),
    ],
  ])(
    'starts the day at the first instant it is that day: %s',
    (_label, offset, inDay, expected) => {
      const day = studyDay(inDay, offset, 2);
      const start = studyDayStart(day, offset, 2);
      expect(new Date(start).toISOString()).toBe(new Date(expected).toISOString());
      expect(studyDay(start, offset, 2)).toBe(day);
      expect(studyDay(start - 1000, offset, 2)).toBe(day - 1);
    },
  );
});
