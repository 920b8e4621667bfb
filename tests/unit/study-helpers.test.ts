import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  filtersFromParams,
  filtersToParams,
  type Row,
} from '../../src/features/browse/browse-filters.ts';
import { sample } from '../../src/lib/sample.ts';
import { recordGrade, recordUndo, startSession } from '../../src/features/study/study-session.ts';
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
