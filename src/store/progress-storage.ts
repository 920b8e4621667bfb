import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Scheduler } from '../srs/scheduler.ts';
import type { StudySettings } from '../srs/types.ts';
import { decodeProgress, encodeProgress } from './codec.ts';
import { SchedulerNeededError } from './merge.ts';
import { CURRENT_VERSION, migrateProgress } from './migrations.ts';
import type { Progress } from './progress.ts';
import { withoutUnusableCards } from './card-check.ts';
import { guardedGet, guardedRemove, guardedSet } from './guarded-storage.ts';
import { reportSave, reportSetAside, reportWiped } from './save-status.ts';

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
   * Defers writing: called with the write to run later (after the next frame in the app), so
   * a grade paints the next card before a large history is saved; several grades coalesce.
   * Without it every change is written at once.
   */
  readonly schedule?: (write: () => void) => void;
}

export interface ProgressStorage extends PersistStorage<Progress> {
  /** Reads what another tab wrote (from a `storage` event) and merges it in. */
  syncFrom(raw: string | null): void;
  /** Writes a deferred change now (the page is being hidden or closed). */
  flush(): void;
  /** True while saved data is left alone (a newer version's, or unreadable without room). */
  readOnly(): boolean;
}

type Envelope = { state: unknown; version: number };

/**
 * The persist storage for progress. Beyond reading and writing JSON it: moves unreadable data
 * aside (never overwriting it), refuses to write over data from a newer app version, merges with
 * other tabs before each write, and reports a full or missing storage instead of losing progress.
 */
export function createProgressStorage(options: ProgressStorageOptions): ProgressStorage {
  const { backend } = options;
  let readOnly = false;
  let scheduler: Scheduler | null = null;
  /** The latest change not written yet, when writes are deferred. */
  let pending: { name: string; progress: Progress } | null = null;
  const flush = () => {
    const next = pending;
    pending = null;
    if (next) write(next.name, next.progress);
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
  /** The last value this tab read or wrote: anything else in storage came from another tab. */
  let known: string | null = null;
  /** The key progress is saved under, once known (zustand passes it on each call). */
  let storageName: string | null = null;

  const parse = (raw: string): Envelope => {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value !== 'object' ||
      value === null ||
      !('state' in value) ||
      !('version' in value)
    ) {
      throw new Error('not a saved-progress envelope');
    }
    const { state, version } = value as Envelope;
    if (!Number.isSafeInteger(version) || version < 0) throw new Error('invalid version');
    return { state, version };
  };

  /**
   * Saved progress as this version understands it, or an error saying why it cannot. Data
   * from a newer version is never unreadable: it is used if its shape is still understood,
   * and otherwise left alone (progress null), but it is never set aside or written over.
   */
  const read = (raw: string): { progress: Progress | null; newer: boolean } => {
    const { state, version } = parse(raw);
    if (version > CURRENT_VERSION) {
      try {
        return { progress: decodeProgress(state), newer: true };
      } catch {
        return { progress: null, newer: true };
      }
    }
    return { progress: decodeProgress(migrateProgress(state, version)), newer: false };
  };

  /** Copies saved data, untouched, to a fresh key; the key, or null without room. */
  const copyAside = (name: string, raw: string): string | null => {
    const stamp = new Date(options.now()).toISOString().replace(/[:.]/g, '-');
    let key = `${name}:unreadable:${stamp}`;
    for (let n = 2; guardedGet(backend, key) !== null; n++)
      key = `${name}:unreadable:${stamp}-${n}`;
    return guardedSet(backend, key, raw) === null ? key : null;
  };

  /** Copies unreadable data to a fresh key, then frees the main key; false if it could not. */
  const setAside = (name: string, raw: string, reason: string): boolean => {
    const key = copyAside(name, raw);
    if (key === null) return false;
    guardedRemove(backend, name);
    reportSetAside({ key, reason });
    return true;
  };

  const safeGet = (name: string): string | null => guardedGet(backend, name);

  /**
   * Card states FSRS cannot grade (they would throw on the first grade) are left out of what
   * is loaded; the saved data is first copied aside whole, so nothing is lost.
   */
  const usable = (name: string, raw: string, progress: Progress): Progress => {
    const checked = withoutUnusableCards(progress);
    if (checked.problems.length === 0) return progress;
    const key = copyAside(name, raw);
    if (key === null) return progress;
    reportSetAside({
      key,
      partial: true,
      reason: `${checked.problems.length} card ${checked.problems.length === 1 ? 'state' : 'states'} FSRS cannot use (${checked.problems.slice(0, 3).join('; ')}${checked.problems.length > 3 ? '; …' : ''})`,
    });
    return checked.progress;
  };

  const write = (name: string, progress: Progress): void => {
    storageName = name;
    if (readOnly) return;
    if (!backend) {
      reportSave({ kind: 'unsaved', reason: 'unavailable' });
      return;
    }
    let merged = progress;
    // Always re-read: another tab's `storage` event may not have arrived yet.
    const current = safeGet(name);
    // Written before and now gone: site data was cleared while the app was open.
    const wiped = current === null && known !== null;
    if (current !== null && current !== known) {
      // Another tab wrote since we last looked: keep its reviews too.
      try {
        const saved = read(current);
        if (saved.newer || !saved.progress) {
          readOnly = true;
          reportSave({ kind: 'read-only', reason: 'newer-version' });
          return;
        }
        const result = mergeOrDefer(progress, saved.progress, () => write(name, options.current()));
        if (!result) return;
        merged = result;
      } catch (error) {
        if (!setAside(name, current, describe(error))) {
          readOnly = true;
          reportSave({ kind: 'read-only', reason: 'unreadable' });
          return;
        }
      }
    }
    const raw = JSON.stringify({ state: encodeProgress(merged), version: CURRENT_VERSION });
    const failure = raw === current ? null : guardedSet(backend, name, raw);
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
      reportSave({ kind: 'unsaved', reason: failure });
      return;
    }
    known = raw;
    reportSave({ kind: 'saved' }, raw.length);
    options.onSaved?.(raw);
    if (merged !== progress) options.onMerged(merged);
  };

  return {
    getItem(name): StorageValue<Progress> | null {
      storageName = name;
      if (!backend) {
        reportSave({ kind: 'unsaved', reason: 'unavailable' });
        return null;
      }
      const raw = safeGet(name);
      if (raw === null) return null;
      try {
        const { progress, newer } = read(raw);
        known = raw;
        if (newer) {
          readOnly = true;
          reportSave({ kind: 'read-only', reason: 'newer-version' });
        } else {
          reportSave({ kind: 'saved' }, raw.length);
        }
        return progress ? { state: usable(name, raw, progress), version: CURRENT_VERSION } : null;
      } catch (error) {
        if (!setAside(name, raw, describe(error))) {
          readOnly = true;
          reportSave({ kind: 'read-only', reason: 'unreadable' });
        }
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
        const saved = read(raw);
        if (saved.newer || !saved.progress) {
          readOnly = true;
          reportSave({ kind: 'read-only', reason: 'newer-version' });
          return;
        }
        const merged = mergeOrDefer(options.current(), saved.progress, () => this.syncFrom(raw));
        if (!merged) return;
        known = raw;
        options.onMerged(merged);
      } catch {
        // Unreadable data from another tab is dealt with (set aside) at the next write.
      }
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
