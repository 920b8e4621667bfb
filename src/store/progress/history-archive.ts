import type { Review } from '../../srs/types.ts';
import { decodeReviews, encodeReviews } from './codec.ts';
import { connectProgressDatabase, type Database } from './progress-db.ts';
import { compareReviews } from './progress.ts';
import { reportSetAside } from '../kernel/save-status.ts';

/**
 * The bulk of the review history, in IndexedDB where there is room for years of it: one chunk
 * per month of review time, in the compact saved form. localStorage keeps what scheduling
 * needs (card states and recent reviews); see `history-keeper.ts` for when reviews move here.
 */
export interface HistoryArchive {
  /** Every readable review of a generation; unreadable chunks are set aside and reported. */
  load(generation: string): Promise<Review[]>;
  /** Adds reviews to their months' chunks (a union by id); resolves once on disk. */
  add(generation: string, reviews: readonly Review[]): Promise<void>;
  /** Deletes the chunks of older generations (left over from before a restore). */
  keepOnly(generation: string): Promise<void>;
}

export const chunkKey = (generation: string, month: string) => `${generation}:${month}`;
const monthOf = (time: number) => new Date(time).toISOString().slice(0, 7);

/** Reviews by the UTC month they were made in (`YYYY-MM`): the archive's chunks. */
export function groupByMonth(reviews: readonly Review[]): Map<string, Review[]> {
  const byMonth = new Map<string, Review[]>();
  for (const review of reviews) {
    const month = monthOf(review.time);
    const list = byMonth.get(month);
    if (list) list.push(review);
    else byMonth.set(month, [review]);
  }
  return byMonth;
}
const inGeneration = (generation: string) =>
  IDBKeyRange.bound(`${generation}:`, `${generation}:\uffff`);

/**
 * The archive in the app's database; null without IndexedDB (everything stays in
 * localStorage). Rejects, saying why, when the database cannot be opened (a newer version's).
 * Another tab holding it at an older version delays the open; the journal, on the same
 * database, says so.
 */
export async function openHistoryArchive(
  factory: IDBFactory | null,
): Promise<HistoryArchive | null> {
  if (!factory) return null;
  return historyArchive(await connectProgressDatabase(factory));
}

function historyArchive(db: Database): HistoryArchive {
  return {
    async load(generation) {
      const tx = db.transaction('history');
      const range = inGeneration(generation);
      const [keys, values] = await Promise.all([
        tx.store.getAllKeys(range),
        tx.store.getAll(range),
      ]);
      const reviews: Review[] = [];
      for (const [i, value] of values.entries()) {
        try {
          reviews.push(...decodeReviews(value, 'history chunk'));
        } catch (error) {
          await setAsideChunk(db, keys[i] as string, value, error);
        }
      }
      return reviews.sort(compareReviews);
    },

    async add(generation, reviews) {
      const byMonth = groupByMonth(reviews);
      const tx = db.transaction('history', 'readwrite');
      await Promise.all(
        [...byMonth].map(async ([month, added]) => {
          let key = chunkKey(generation, month);
          const saved = await tx.store.get(key);
          let kept: Review[] = [];
          try {
            kept = saved === undefined ? [] : decodeReviews(saved, 'history chunk');
          } catch {
            // An unreadable chunk is never overwritten: the month goes beside it, and the
            // next load sets the unreadable one aside and says so.
            key = `${key}:${added[0]?.id ?? 'x'}`;
          }
          const ids = new Set(added.map((r) => r.id));
          const union = [...kept.filter((r) => !ids.has(r.id)), ...added].sort(compareReviews);
          await tx.store.put(encodeReviews(union), key);
        }),
      );
      await tx.done;
    },

    async keepOnly(generation) {
      // Only older ones: a newer generation is another tab's, not yet saved.
      const tx = db.transaction('history', 'readwrite');
      await tx.store.delete(IDBKeyRange.upperBound(`${generation}:`, true));
      await tx.done;
    },
  };
}

async function setAsideChunk(db: Database, key: string, chunk: unknown, error: unknown) {
  const reason = error instanceof Error ? error.message : 'damaged';
  try {
    const tx = db.transaction(['history', 'aside'], 'readwrite');
    const asideKey = await tx.objectStore('aside').add({ entry: chunk, reason });
    await tx.objectStore('history').delete(key);
    await tx.done;
    reportSetAside({
      key: `IndexedDB prepdeck/aside/${asideKey}`,
      reason: `a month of review history (${key}) could not be read: ${reason}`,
      where: 'journal',
    });
  } catch {
    // Left where it is: skipped again next time.
  }
}
