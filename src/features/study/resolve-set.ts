import { studyEntries } from '../../store/decks/index.ts';
import type { StudySet } from '../../srs/study-set.ts';
import { cardInsights, lastGrades, learningFails } from '../../srs/insights.ts';
import { dailyStats } from '../../srs/daily-stats.ts';
import { buildQueue, drillOrder } from '../../srs/queue.ts';
import type { Scheduler } from '../../srs/scheduler.ts';
import type { UtcOffset } from '../../srs/types.ts';
import type { Progress } from '../../store/progress/index.ts';
import type { DeckOutline } from '../../deck/types.ts';
import { plural } from '../../lib/plural.ts';

/** What the sitting is about, for its title. */
export function describeSet(deck: DeckOutline, set: StudySet): string {
  switch (set.kind) {
    case 'due':
      return 'Today’s reviews';
    case 'section':
      return deck.sections.find((s) => s.id === set.sectionId)?.title ?? 'A section';
    case 'bookmarked':
      return 'Bookmarked cards';
    case 'weak':
      return 'Weak cards';
    case 'all':
      return 'Every card';
    case 'cards':
      return plural(set.cardIds.length, 'chosen card');
    case 'tag':
      return `Tag: ${set.tag}${set.due ? ' · today’s reviews' : ''}`;
  }
}

/**
 * The cards of a chosen set, in drill order (a tag's cards of today: in the queue's order);
 * null for today's queue.
 */
export function resolveSet(
  deck: DeckOutline,
  set: StudySet,
  progress: Progress,
  scheduler: Scheduler,
  now: number,
  utcOffset: UtcOffset,
): string[] | null {
  if (set.kind === 'due') return null;
  const entries = studyEntries(deck.id, now);
  let keys: string[];
  if (set.kind === 'tag') {
    keys = entries.filter((e) => e.card.tags?.includes(set.tag)).map((e) => e.key);
    if (set.due) return todaysQueue(keys, progress, scheduler, now, utcOffset);
  } else if (set.kind === 'section')
    keys = entries.filter((e) => e.section.id === set.sectionId).map((e) => e.key);
  else if (set.kind === 'bookmarked')
    keys = entries.filter((e) => progress.bookmarks[e.key]?.on).map((e) => e.key);
  else if (set.kind === 'cards') {
    const wanted = new Set(set.cardIds);
    keys = entries.filter((e) => wanted.has(e.card.id)).map((e) => e.key);
  } else if (set.kind === 'weak') {
    const all = entries.map((e) => e.key);
    const insights = cardInsights(
      all,
      progress.cards,
      lastGrades(progress.log),
      scheduler,
      now,
      learningFails(progress.log),
    );
    keys = insights.filter((i) => i.weak.length > 0).map((i) => i.key);
  } else keys = entries.map((e) => e.key);
  return drillOrder(
    keys,
    progress.cards,
    scheduler,
    now,
    utcOffset,
    progress.settings.dayStartHour,
  );
}

/** Today's queue over these cards only: learning and due reviews, then new ones up to today's limit. */
function todaysQueue(
  keys: readonly string[],
  progress: Progress,
  scheduler: Scheduler,
  now: number,
  utcOffset: UtcOffset,
): string[] {
  const { settings } = progress;
  const today = dailyStats(progress.log, now, utcOffset, settings.dayStartHour);
  const queue = buildQueue({
    cards: keys,
    states: progress.cards,
    introducedToday: today.introduced,
    introducedPerDeck: today.introducedPerDeck,
    settings,
    scheduler,
    utcOffset,
    now,
  });
  return [...queue.learning, ...queue.review, ...queue.fresh, ...queue.learningLater];
}
