import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Scheduler } from '../../srs/scheduler.ts';
import type { Review, StudySettings } from '../../srs/types.ts';
import { encodeProgress } from './codec.ts';
import type { HistoryArchive } from './history-archive.ts';
import { createHistoryKeeper } from './history-keeper.ts';
import { SchedulerNeededError } from './merge.ts';
import { CURRENT_VERSION } from './migrations.ts';
import { withHistory, type Progress } from './progress.ts';
import { ARCHIVE_AFTER, describeError, readSavedProgress } from './saved-progress.ts';
import { createSetAside } from './set-aside.ts';
import { guardedGet, guardedRemove, guardedSet } from '../kernel/guarded-storage.ts';
import { reportSave, reportWiped } from '../kernel/save-status.ts';

/** How long a save too big for localStorage waits for the archive to make room before it is told. */
const ARCHIVE_GRACE_MS = 3_000;

export interface ProgressStorageOptions {
  /** Where progress lives: localStorage in the app, or null when the browser denies it. */
  readonly backend: Storage | null;
  /** Combines this tab's progress with what another tab saved (see `mergeProgress`). */
  readonly merge: (local: Progress, saved: Progress, scheduler: Scheduler | null) => Progress;
  /** Loads FSRS on demand, for the rare merge that must replay a card's history. */
  readonly loadScheduler: (settings: StudySettings) => Promise<Scheduler>;
  /** This tab's progress right now. */
  readonly current: () => Progress;
  /** Called when a merge changed this tab's progress, so memory matches storage. */
  readonly onMerged: (merged: Progress) => void;
  /** Called after each successful save with what storage now holds. */
  readonly onSaved?: (raw: string) => void;
  readonly now: () => number;
  /**
   * Defers writing: called with the write to run later (in the app, once studying pauses:
   * `save-pause.ts`), so a grade paints the next card before a large history is saved; several
   * grades coalesce. Without it every change is written at once.
   */
  readonly schedule?: (write: () => void) => void;
  /**
   * Where reviews older than `archiveAfter` go, so localStorage holds what scheduling needs
   * and years of history fit (loaded on demand; none: everything stays in localStorage).
   */
  readonly archive?: () => Promise<HistoryArchive | null>;
  /** How old a review must be to leave localStorage for the archive; 45 days by default. */
  readonly archiveAfter?: number;
}

export interface ProgressStorage extends PersistStorage<Progress> {
  /** Reads what another tab wrote (from a `storage` event) and merges it in. */
  syncFrom(raw: string | null): void;
  /** Writes a deferred change now (the page is being hidden or closed). */
  flush(): void;
  /** True while saved data is left alone (a newer version's, or unreadable without room). */
  readOnly(): boolean;
  /** The archived reviews (older than localStorage keeps), once read; [] without an archive. */
  loadHistory(): Promise<Review[]>;
  /** A restore replaces the history too: the next saves start a new archive generation. */
  newHistory(): void;
}

/**
 * The persist storage for progress. Beyond reading and writing JSON it: moves unreadable data
 * aside (never overwriting it), refuses to write over data from a newer app version, merges with
 * other tabs before each write, and reports a full or missing storage instead of losing progress.
 */
export function createProgressStorage(options: ProgressStorageOptions): ProgressStorage {
  const { backend } = options;
  let readOnly = false;
  let scheduler: Scheduler | null = null;
  const keeper = createHistoryKeeper({
    archive: options.archive,
    archiveAfter: options.archiveAfter ?? ARCHIVE_AFTER,
    now: options.now,
  });
  const aside = createSetAside(backend, options.now);
  /** The last value this tab read or wrote: anything else in storage came from another tab. */
  let known: string | null = null;
  /** The key progress is saved under, once known (zustand passes it on each call). */
  let storageName: string | null = null;
  /** The latest change not written yet, when writes are deferred. */
  let pending: { name: string; progress: Progress } | null = null;
  const flush = () => {
    const next = pending;
    pending = null;
    if (next) write(next.name, next.progress);
  };

  const stopWriting = (reason: 'newer-version' | 'unreadable') => {
    readOnly = true;
    reportSave({ kind: 'read-only', reason });
  };

  /** Merges, or returns null after arranging to retry once FSRS has loaded. */
  const mergeOrDefer = (local: Progress, saved: Progress, retry: () => void): Progress | null => {
    try {
      return options.merge(local, saved, scheduler);
    } catch (error) {
      if (!(error instanceof SchedulerNeededError)) throw error;
      void options.loadScheduler(local.settings).then((loaded) => {
        scheduler = loaded;
        retry();
      });
      return null;
    }
  };

  /**
   * This tab's progress merged with what another tab saved (`raw`); null when there is nothing
   * to write yet: the data is a newer version's (this tab stops writing), or the merge waits
   * for FSRS and `retry` runs once it has loaded. Throws when `raw` is unreadable. Archived
   * reviews are the same in both (or only here), so they are set apart and added back, and a
   * card's older history does not make its recent one look diverged.
   */
  const mergeSaved = (local: Progress, raw: string, retry: () => void): Progress | null => {
    const saved = readSavedProgress(raw);
    if (saved.newer || !saved.progress) {
      stopWriting('newer-version');
      return null;
    }
    keeper.follow(saved.pointer);
    const older = keeper.older(local.log);
    if (older.length === 0) return mergeOrDefer(local, saved.progress, retry);
    const recent = { ...local, log: keeper.recent(local.log) };
    const merged = mergeOrDefer(recent, saved.progress, retry);
    return merged && { ...merged, log: withHistory(merged.log, older, merged.undone) };
  };

  const archiveOld = (name: string, log: readonly Review[]) => {
    if (!readOnly) keeper.archiveOld(log, () => write(name, options.current()));
  };

  /** A full localStorage told only if the archive moving old reviews out does not finish. */
  let quotaLater: ReturnType<typeof setTimeout> | undefined;
  const write = (name: string, progress: Progress): void => {
    storageName = name;
    if (readOnly) return;
    if (!backend) {
      reportSave({ kind: 'unsaved', reason: 'unavailable' });
      return;
    }
    let merged = progress;
    // Always re-read: another tab's `storage` event may not have arrived yet.
    const current = guardedGet(backend, name);
    // Written before and now gone: site data was cleared while the app was open.
    const wiped = current === null && known !== null;
    if (current !== null && current !== known) {
      // Another tab wrote since we last looked: keep its reviews too.
      try {
        const result = mergeSaved(progress, current, () => write(name, options.current()));
        if (!result) return;
        merged = result;
      } catch (error) {
        if (!aside.unreadable(name, current, describeError(error))) {
          stopWriting('unreadable');
          return;
        }
      }
    }
    if (keeper.takeMoveFirst()) {
      archiveOld(name, merged.log);
      if (keeper.archiving()) return; // saved once the archive has them (the journal holds the restore)
    }
    // Archived reviews are not written again; everything else is, until archived.
    const kept = keeper.recent(merged.log);
    const history = keeper.pointer();
    const state = { ...encodeProgress({ ...merged, log: kept }), ...(history && { history }) };
    const raw = JSON.stringify({ state, version: CURRENT_VERSION });
    const failure = raw === current ? null : guardedSet(backend, name, raw);
    // Also when localStorage is full: moving old reviews out may make room.
    archiveOld(name, kept);
    const restored = {
      reviews: merged.log.length,
      cards: Object.keys(merged.cards).length,
      bookmarks: Object.values(merged.bookmarks).filter((b) => b.on).length,
    };
    // Worth saying only when there was study to lose: an empty start has nothing to restore.
    if (wiped && restored.reviews + restored.cards + restored.bookmarks > 0) {
      reportWiped({ ...restored, resaved: failure === null });
    }
    if (failure) {
      // Too big with old reviews on their way to the archive (a merge of years of history from
      // another device): saved again once they are there, and reported only if that fails too.
      // The journal holds the change meanwhile. An archive that does not finish is told.
      clearTimeout(quotaLater);
      if (failure === 'quota' && keeper.archiving()) {
        quotaLater = setTimeout(() => {
          if (keeper.archiving()) reportSave({ kind: 'unsaved', reason: 'quota' });
        }, ARCHIVE_GRACE_MS);
        return;
      }
      reportSave({ kind: 'unsaved', reason: failure });
      return;
    }
    clearTimeout(quotaLater);
    known = raw;
    reportSave({ kind: 'saved' }, raw.length);
    options.onSaved?.(raw);
    keeper.saved();
    if (merged !== progress) options.onMerged(merged);
  };

  return {
    getItem(name): StorageValue<Progress> | null {
      storageName = name;
      if (!backend) {
        reportSave({ kind: 'unsaved', reason: 'unavailable' });
        return null;
      }
      const raw = guardedGet(backend, name);
      if (raw === null) return null;
      try {
        const { progress, newer, pointer } = readSavedProgress(raw);
        known = raw;
        keeper.follow(pointer);
        if (newer) stopWriting('newer-version');
        else reportSave({ kind: 'saved' }, raw.length);
        if (!progress) return null;
        return { state: aside.usable(name, raw, progress), version: CURRENT_VERSION };
      } catch (error) {
        if (!aside.unreadable(name, raw, describeError(error))) stopWriting('unreadable');
        return null;
      }
    },
    setItem(name, value) {
      if (!options.schedule) return write(name, value.state);
      const first = pending === null;
      pending = { name, progress: value.state };
      if (first) options.schedule(flush);
    },
    flush,
    readOnly: () => readOnly,
    async loadHistory() {
      const reviews = await keeper.load();
      // Old reviews still in localStorage (saved by version 2, or a move cut short) go now,
      // not at the next grade.
      if (storageName !== null) archiveOld(storageName, options.current().log);
      return reviews;
    },
    newHistory: () => keeper.renew(),
    removeItem(name) {
      if (!readOnly) guardedRemove(backend, name);
    },
    syncFrom(raw) {
      if (readOnly || raw === known) return;
      // Cleared in another window: write this tab's progress back at once, and say so.
      if (raw === null) {
        if (storageName !== null && known !== null) write(storageName, options.current());
        return;
      }
      try {
        const merged = mergeSaved(options.current(), raw, () => this.syncFrom(raw));
        if (!merged) return;
        known = raw;
        options.onMerged(merged);
      } catch {
        // Unreadable data from another tab is dealt with (set aside) at the next write.
      }
    },
  };
}
