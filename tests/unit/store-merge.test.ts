import { describe, expect, it } from 'vitest';
import type { Grade, Review } from '../../src/srs/types.ts';
import { mergeProgress, SchedulerNeededError } from '../../src/store/progress/merge.ts';
import { EMPTY_PROGRESS, insertReview, type Progress } from '../../src/store/progress/progress.ts';
import { MINUTE, scheduler, T0 } from '../support/progress-fixtures.ts';

/** Applies reviews to progress the way the store does. */
function review(
  progress: Progress,
  id: string,
  card: string,
  grade: Grade,
  time: number,
): Progress {
  const before = progress.cards[card] ?? null;
  const entry: Review = { id, card, grade, time: scheduler.reviewTime(before, time), before };
  return {
    ...progress,
    cards: { ...progress.cards, [card]: scheduler.grade(before, grade, time) },
    log: insertReview(progress.log, entry),
  };
}

const ids = (p: Progress) => p.log.map((r) => r.id);

describe('mergeProgress', () => {
  const common = review(EMPTY_PROGRESS, 'c1', 'd/x', 3, T0);

  it('is a union by review id, in time order, with no duplicates', () => {
    const local = review(common, 'l1', 'd/y', 3, T0 + MINUTE);
    const remote = review(common, 'r1', 'd/z', 4, T0 + 2 * MINUTE);
    const merged = mergeProgress(local, remote, null);
    expect(ids(merged)).toEqual(['c1', 'l1', 'r1']);
    expect(merged.cards['d/y']).toEqual(local.cards['d/y']);
    expect(merged.cards['d/z']).toEqual(remote.cards['d/z']);
  });

  it('gives both tabs the same result', () => {
    const local = review(common, 'l1', 'd/x', 1, T0 + MINUTE);
    const remote = review(common, 'r1', 'd/x', 4, T0 + 2 * MINUTE);
    const ab = mergeProgress(local, remote, scheduler);
    const ba = mergeProgress(remote, local, scheduler);
    expect(ab.log).toEqual(ba.log);
    expect(ab.cards).toEqual(ba.cards);
  });

  it('replays a card reviewed in both, as if one tab had made both reviews', () => {
    const local = review(common, 'l1', 'd/x', 1, T0 + 20 * MINUTE);
    const remote = review(common, 'r1', 'd/x', 3, T0 + 30 * MINUTE);
    const merged = mergeProgress(local, remote, scheduler);
    const sequential = review(local, 'r1', 'd/x', 3, T0 + 30 * MINUTE);
    expect(merged.cards['d/x']).toEqual(sequential.cards['d/x']);
    expect(merged.log.at(-1)?.before).toEqual(local.cards['d/x']);
  });

  it('asks for the scheduler only when a replay is needed', () => {
    const local = review(common, 'l1', 'd/x', 1, T0 + MINUTE);
    const remote = review(common, 'r1', 'd/x', 3, T0 + 2 * MINUTE);
    expect(() => mergeProgress(local, remote, null)).toThrow(SchedulerNeededError);
    expect(() => mergeProgress(local, common, null)).not.toThrow();
  });

  it('does not bring back a review undone in either tab', () => {
    const graded = review(common, 'u1', 'd/x', 1, T0 + MINUTE);
    const undone: Progress = { ...common, undone: ['u1'] };
    const merged = mergeProgress(undone, graded, scheduler);
    expect(ids(merged)).toEqual(['c1']);
    expect(merged.cards['d/x']).toEqual(common.cards['d/x']);
    expect(merged.undone).toEqual(['u1']);
  });

  it('replays from the state before an undone first review', () => {
    const withX = review(EMPTY_PROGRESS, 'x', 'd/x', 1, T0);
    const remote = review(withX, 'y', 'd/x', 3, T0 + 10 * MINUTE); // another tab built y on x
    const local: Progress = { ...EMPTY_PROGRESS, undone: ['x'] }; // this tab undid x
    const merged = mergeProgress(local, remote, scheduler);
    expect(ids(merged)).toEqual(['y']);
    expect(merged.log[0]?.before).toBeNull();
    expect(merged.cards['d/x']).toEqual(scheduler.grade(null, 3, T0 + 10 * MINUTE));
  });

  it('keeps progress for cards it does not know', () => {
    const remote = review(EMPTY_PROGRESS, 'r1', 'retired-deck/old-card', 3, T0);
    expect(
      mergeProgress(EMPTY_PROGRESS, remote, null).cards['retired-deck/old-card'],
    ).toBeDefined();
  });

  it('keeps the latest star or unstar of each card from either tab', () => {
    const local: Progress = {
      ...EMPTY_PROGRESS,
      bookmarks: { 'd/a': { on: true, at: T0 }, 'd/b': { on: true, at: T0 + 5000 } },
    };
    const remote: Progress = {
      ...EMPTY_PROGRESS,
      bookmarks: {
        'd/a': { on: false, at: T0 + 1000 },
        'd/b': { on: false, at: T0 },
        'd/c': { on: true, at: T0 },
      },
    };
    const merged = mergeProgress(local, remote, null).bookmarks;
    expect(merged).toEqual({
      'd/a': { on: false, at: T0 + 1000 },
      'd/b': { on: true, at: T0 + 5000 },
      'd/c': { on: true, at: T0 },
    });
    expect(mergeProgress(remote, local, null).bookmarks).toEqual(merged);
  });
});
