import type { Review } from '../../srs/types.ts';
import { reportHistory } from '../kernel/save-status.ts';
import type { HistoryArchive } from './history-archive.ts';
import { newGeneration, type HistoryPointer } from './saved-progress.ts';

export interface HistoryKeeperOptions {
  /** The archive, loaded on demand; null (or none) keeps everything in localStorage. */
  readonly archive?: () => Promise<HistoryArchive | null>;
  /** How old a review must be to leave localStorage for the archive. */
  readonly archiveAfter: number;
  readonly now: () => number;
}

/**
 * What of the history is archived (in IndexedDB) rather than in localStorage: the generation
 * in use, the ids known to be in it, and the moves between the two. Progress storage asks it
 * what to leave out of a save, and tells it what to archive after one.
 */
export function createHistoryKeeper(options: HistoryKeeperOptions) {
  let history: HistoryPointer | null = null;
  let archived = new Set<string>();
  let archiving = false;
  let loadArchive = options.archive;
  /** Why the archive could not be opened, once it failed (it is not tried again until a reload). */
  let archiveFailure: string | null = null;
  /** A restore started a generation: older ones go once a save points to it. */
  let dropOlder = false;
  /** …and its old reviews go to the archive before the first save, so they need no room here. */
  let moveFirst = false;

  const keeper = {
    pointer: () => history,
    archiving: () => archiving,

    /**
     * A newer generation (another tab's restore, or its first archive) wins; what this tab
     * thought archived may not be in it, so it is kept in localStorage until archived again.
     */
    follow(pointer: HistoryPointer | null): void {
      if (pointer && (!history || pointer.gen > history.gen)) {
        history = pointer;
        archived = new Set();
        reportHistory({ archived: pointer.count });
      }
    },

    /** The log without what the archive holds (what localStorage needs to keep). */
    recent(log: readonly Review[]): readonly Review[] {
      return archived.size > 0 ? log.filter((r) => !archived.has(r.id)) : log;
    },

    /** The archived part of the log, set apart from a merge; empty when nothing is archived. */
    older(log: readonly Review[]): Review[] {
      return archived.size > 0 ? log.filter((r) => archived.has(r.id)) : [];
    },

    /** True once, after a restore: archive the old reviews before saving anything. */
    takeMoveFirst(): boolean {
      const first = moveFirst;
      moveFirst = false;
      return first;
    },

    /**
     * Moves reviews older than `archiveAfter` (and not archived yet) to the archive, then
     * calls `saveAgain` to save without them. Until the archive has them on disk they stay in
     * localStorage: a tab closed half-way leaves both copies, and the next start finishes it.
     */
    archiveOld(log: readonly Review[], saveAgain: () => void): void {
      if (!loadArchive || archiving) return;
      const cutoff = options.now() - options.archiveAfter;
      const old = log.filter((r) => r.time < cutoff && !archived.has(r.id));
      if (old.length === 0) return;
      archiving = true;
      void loadArchive()
        .then(async (archive) => {
          if (!archive) {
            loadArchive = undefined; // no IndexedDB here: everything stays in localStorage
            return;
          }
          history ??= { gen: newGeneration(options.now(), null), count: 0 };
          const gen = history.gen;
          await archive.add(gen, old);
          if (history.gen !== gen) return; // a restore or a newer tab's generation meanwhile
          for (const r of old) archived.add(r.id);
          history = { gen, count: history.count + old.length };
          reportHistory({ archived: history.count });
        })
        .catch((error: unknown) => {
          // Kept in localStorage, as before the archive existed; tried again after a reload.
          loadArchive = undefined;
          archiveFailure = error instanceof Error ? error.message : String(error);
        })
        .finally(() => {
          archiving = false;
          // Saved again, without what the archive now has (or with everything, if it failed).
          saveAgain();
        });
    },

    /** After a save that points to a restore's generation, the older generations go. */
    saved(): void {
      if (!dropOlder || !history) return;
      dropOlder = false;
      const gen = history.gen;
      void loadArchive?.()
        .then((archive) => archive?.keepOnly(gen))
        .catch(() => undefined); // the older generations stay until a later save
    },

    /**
     * The archived reviews, once read; [] without an archive or when replaced meanwhile. When
     * the archive holds reviews it cannot give (its database held at a newer version, or
     * gone), they are reported as unreadable: still saved, left out of what is in memory.
     */
    async load(): Promise<Review[]> {
      const pointer = history;
      let failure = archiveFailure ?? 'IndexedDB is not available in this browser';
      const unreadable = (error?: unknown) => {
        if (error !== undefined) failure = error instanceof Error ? error.message : String(error);
        if (pointer && pointer.count > 0) {
          reportHistory({ loaded: true, unreadable: { count: pointer.count, reason: failure } });
        } else reportHistory({ loaded: true });
        return [];
      };
      let archive: HistoryArchive | null = null;
      try {
        archive = loadArchive ? await loadArchive() : null;
      } catch (error) {
        return unreadable(error);
      }
      if (!pointer) {
        reportHistory({ loaded: true });
        return [];
      }
      if (!archive) return unreadable();
      let reviews: Review[];
      try {
        reviews = await archive.load(pointer.gen);
      } catch (error) {
        return unreadable(error);
      }
      if (history?.gen !== pointer.gen) return []; // replaced meanwhile: none of it applies
      for (const r of reviews) archived.add(r.id);
      history = { gen: pointer.gen, count: archived.size };
      reportHistory({ archived: archived.size, loaded: true, unreadable: null });
      // Generations older than this one are left from a restore or a tab closed half-way.
      void archive.keepOnly(pointer.gen).catch(() => undefined);
      return reviews;
    },

    /** A restore replaces the history too: the next saves start a new generation. */
    renew(): void {
      if (!loadArchive) return;
      history = { gen: newGeneration(options.now(), history), count: 0 };
      archived = new Set();
      dropOlder = true;
      moveFirst = true;
      reportHistory({ archived: 0, loaded: true });
    },
  };
  return keeper;
}
