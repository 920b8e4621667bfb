import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  filtersFromParams,
  filtersToParams,
  type Row,
} from '../../src/features/browse/browse-filters.ts';
import { sample } from '../../src/lib/sample.ts';
import {
  SITTING_GAP_MS,
  earlierGrade,
  recordEarlierUndo,
  recordGrade,
  recordUndo,
  skipEarlierGrade,
  startSession,
} from '../../src/features/study/study-session.ts';
import type { Review } from '../../src/srs/types.ts';
import type { CardEntry } from '../../src/store/decks/catalogue.ts';
import type { CardInsight } from '../../src/srs/insights.ts';

describe('a study sitting through a fixed list', () => {
  it('takes graded cards off the list and sends Again to the back, so they come round again', () => {
    let session = startSession(0, ['a', 'b', 'c']);
    session = recordGrade(session, { id: '1', card: 'a', grade: 1 });
    expect(session.list).toEqual(['b', 'c', 'a']);
    session = recordGrade(session, { id: '2', card: 'b', grade: 3 });
    expect(session.list).toEqual(['c', 'a']);
    expect([session.reviewed, session.again]).toEqual([2, 1]);
  });

  it('undo restores the list and shows the undone card first', () => {
    let session = startSession(0, ['a', 'b']);
    session = recordGrade(session, { id: '1', card: 'a', grade: 1 });
    session = recordUndo(session);
    expect(session.list).toEqual(['a', 'b']);
    expect(session.forced).toBe('a');
    expect([session.reviewed, session.again]).toEqual([0, 0]);
  });
});

describe('undo after a reload', () => {
  const OPENED = Date.UTC(2026, 11, 6, 9, 0);
  const review = (id: string, card: string, minutesBefore: number): Review => ({
    id,
    card,
    grade: 3,
    time: OPENED - minutesBefore * 60_000,
    before: null,
  });
  const inAws = ({ card }: Review) => card.startsWith('aws/');

  it("reaches back through the sitting's saved grades, newest first, in this deck only", () => {
    const log = [
      review('old', 'aws/a', 200),
      review('1', 'aws/b', 20),
      review('2', 'kafka/x', 10),
      review('3', 'aws/c', 5),
    ];
    let session = startSession(OPENED, null);
    const first = earlierGrade(session, log, inAws);
    expect(first?.id).toBe('3');
    session = recordEarlierUndo(session, first as Review);
    expect(session.forced).toBe('aws/c');
    // The undone review leaves the log; the next undo reaches the one before, skipping Kafka.
    const next = earlierGrade(session, log.slice(0, 3), inAws);
    expect(next?.id).toBe('1');
    session = recordEarlierUndo(session, next as Review);
    // A review more than a sitting's gap before is another sitting's.
    expect(earlierGrade(session, log.slice(0, 1), inAws)).toBeNull();
    // Within the gap of the last one undone, it would still be reached.
    const close = review('close', 'aws/a', 20 + SITTING_GAP_MS / 60_000 - 1);
    expect(earlierGrade(session, [close], inAws)?.id).toBe('close');
  });

  it('passes over an earlier grade that cannot be undone, to the one before it', () => {
    const log = [review('1', 'aws/a', 10), review('2', 'aws/b', 5)];
    let session = startSession(OPENED, null);
    const stuck = earlierGrade(session, log, inAws) as Review;
    expect(stuck.id).toBe('2');
    session = skipEarlierGrade(session, stuck);
    expect(session.forced).toBeNull();
    expect(earlierGrade(session, log, inAws)?.id).toBe('1');
  });

  it('reaches only the grades the scope takes (this tab’s), passing over the others', () => {
    const log = [review('mine', 'aws/a', 8), review('theirs', 'aws/b', 4)];
    const mine = (r: Review) => inAws(r) && r.id === 'mine';
    expect(earlierGrade(startSession(OPENED, null), log, mine)?.id).toBe('mine');
  });

  it("leaves alone grades made after the page opened (another tab's)", () => {
    const session = startSession(OPENED, null);
    const later = { ...review('later', 'aws/z', 0), time: OPENED + 60_000 };
    expect(earlierGrade(session, [review('1', 'aws/b', 3), later], inAws)?.id).toBe('1');
    expect(earlierGrade(session, [], inAws)).toBeNull();
  });
});

describe('quiz sampling', () => {
  it('picks the requested number of distinct cards, at most all of them', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const picked = sample(['a', 'b', 'c', 'd', 'e'], 3, random);
    expect(picked).toHaveLength(3);
    expect(new Set(picked).size).toBe(3);
    expect(sample(['a', 'b'], 10)).toHaveLength(2);
  });
});

describe('browse filters', () => {
  const row = (
    n: number,
    section: string,
    insight: Partial<CardInsight>,
    extra: Partial<Row> = {},
  ): Row => ({
    entry: { key: `d/c${n}`, number: n, section: { id: section } } as unknown as CardEntry,
    insight: { key: `d/c${n}`, status: 'review', recall: 0.9, due: n, weak: [], ...insight },
    bookmarked: false,
    dueToday: false,
    ...extra,
  });
  const rows = [
    row(1, 's1', { status: 'new', recall: null, due: null }),
    row(2, 's1', { recall: 0.5, due: 50, weak: [{ kind: 'again' }] }, { bookmarked: true }),
    row(3, 's2', { recall: 0.7, due: 20 }, { dueToday: true }),
  ];
  const numbers = (list: Row[]) => list.map((r) => r.entry.number);

  it('round-trips through the URL', () => {
    const params = new URLSearchParams(
      'q=nacl&section=s1&status=review&filter=due,weak&sort=recall',
    );
    expect(filtersToParams(filtersFromParams(params)).toString()).toBe(params.toString());
  });

  it('filters by section, state, due today, bookmarked and weak', () => {
    const base = filtersFromParams(new URLSearchParams());
    expect(numbers(applyFilters(rows, { ...base, section: 's1' }, false))).toEqual([1, 2]);
    expect(numbers(applyFilters(rows, { ...base, status: 'new' }, false))).toEqual([1]);
    expect(numbers(applyFilters(rows, { ...base, dueToday: true }, false))).toEqual([3]);
    expect(numbers(applyFilters(rows, { ...base, bookmarked: true }, false))).toEqual([2]);
    expect(numbers(applyFilters(rows, { ...base, weak: true }, false))).toEqual([2]);
  });

  it('sorts by due date (new cards last) or by lowest predicted recall (new cards first)', () => {
    const base = filtersFromParams(new URLSearchParams());
    expect(numbers(applyFilters(rows, { ...base, sort: 'due' }, false))).toEqual([3, 2, 1]);
    expect(numbers(applyFilters(rows, { ...base, sort: 'recall' }, false))).toEqual([1, 2, 3]);
  });
});
