import type { Scheduler } from '../../srs/scheduler.ts';
import type { CardState, Review } from '../../srs/types.ts';
import { compareReviews, type Progress } from './progress.ts';

export class SchedulerNeededError extends Error {
  constructor() {
    super('merging these histories needs the FSRS scheduler');
    this.name = 'SchedulerNeededError';
  }
}

/**
 * Combines progress saved by two tabs so that no review made in either is lost: the log is a
 * union by review id (minus undone ones), and each card whose history differs is replayed
 * through FSRS in time order, as if one tab had made every review. Settings are the later
 * change's (`local`'s when neither has a time).
 * Pure and symmetric in the reviews kept, so both tabs reach the same cards. Only a replay
 * needs the scheduler: without one it throws `SchedulerNeededError`, and the caller loads it.
 */
export function mergeProgress(
  local: Progress,
  remote: Progress,
  scheduler: Scheduler | null,
): Progress {
  const undone = new Set([...local.undone, ...remote.undone]);
  const byId = new Map<string, Review>();
  // Where each card's history starts, undone reviews included: an undone first review
  // still tells what the card was before it.
  const start = new Map<string, Review>();
  for (const review of [...local.log, ...remote.log]) {
    const first = start.get(review.card);
    if (!first || compareReviews(review, first) < 0) start.set(review.card, review);
    if (!undone.has(review.id) && !byId.has(review.id)) byId.set(review.id, review);
  }
  let log = [...byId.values()].sort(compareReviews);

  const localIds = idsByCard(local.log);
  const remoteIds = idsByCard(remote.log);
  const mergedIds = idsByCard(log);
  const cards: Record<string, CardState> = {};
  const diverged = new Set<string>();
  /** Cards whose state comes from `remote` alone: their reviews must be remote's copies too. */
  const fromRemote = new Set<string>();
  const keys = new Set([
    ...Object.keys(local.cards),
    ...Object.keys(remote.cards),
    ...mergedIds.keys(),
  ]);
  for (const key of keys) {
    const ids = mergedIds.get(key) ?? '';
    const state =
      ids === (localIds.get(key) ?? '')
        ? local.cards[key]
        : ids === (remoteIds.get(key) ?? '')
          ? remote.cards[key]
          : undefined;
    if (state) cards[key] = state;
    else if (ids !== '') diverged.add(key);
    if (state && state !== local.cards[key]) fromRemote.add(key);
  }
  // The same review can differ in its "state before" when one tab already replayed it after
  // a concurrent grade of the same card: keep the copy that matches the card state kept.
  if (fromRemote.size > 0) {
    const remoteById = new Map(remote.log.map((r) => [r.id, r]));
    log = log.map((r) => (fromRemote.has(r.card) ? (remoteById.get(r.id) ?? r) : r));
  }
  const rest = {
    undone: [...undone].sort(),
    bookmarks: mergeBookmarks(local.bookmarks, remote.bookmarks),
    ...laterSettings(local, remote),
  };
  if (diverged.size === 0) return { cards, log, ...rest };

  if (!scheduler) throw new SchedulerNeededError();
  const replayed = replayCards(log, diverged, start, scheduler);
  for (const [key, state] of replayed.states) cards[key] = state;
  return { cards, log: replayed.log, ...rest };
}

/** The settings changed last, with when; `local`'s on a tie (a change made here or neither timed). */
function laterSettings(
  local: Progress,
  remote: Progress,
): Pick<Progress, 'settings' | 'settingsAt'> {
  const newer = (remote.settingsAt ?? 0) > (local.settingsAt ?? 0) ? remote : local;
  return newer.settingsAt
    ? { settings: newer.settings, settingsAt: newer.settingsAt }
    : { settings: newer.settings };
}

/** Per card, the latest star or unstar wins; on a tie, the star. */
function mergeBookmarks(
  local: Progress['bookmarks'],
  remote: Progress['bookmarks'],
): Progress['bookmarks'] {
  const merged = { ...local };
  for (const [key, theirs] of Object.entries(remote)) {
    const ours = merged[key];
    if (!ours || theirs.at > ours.at || (theirs.at === ours.at && theirs.on)) merged[key] = theirs;
  }
  return merged;
}

/** A card's review ids in order, as one string, to compare histories cheaply. */
function idsByCard(log: readonly Review[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const review of log) ids.set(review.card, `${ids.get(review.card) ?? ''}${review.id},`);
  return ids;
}

/**
 * Replays the given cards through their merged history. Each review's `before` becomes the
 * state the replay started it from, so undo and audits stay exact; the final state is the card's.
 */
function replayCards(
  log: readonly Review[],
  keys: ReadonlySet<string>,
  start: ReadonlyMap<string, Review>,
  scheduler: Scheduler,
): { log: Review[]; states: Map<string, CardState> } {
  const states = new Map<string, CardState>();
  const seen = new Set<string>();
  const rewritten = log.map((review) => {
    if (!keys.has(review.card)) return review;
    const before = seen.has(review.card)
      ? (states.get(review.card) ?? null)
      : (start.get(review.card)?.before ?? null);
    seen.add(review.card);
    states.set(review.card, scheduler.grade(before, review.grade, review.time));
    return before === review.before ? review : { ...review, before };
  });
  return { log: rewritten, states };
}
