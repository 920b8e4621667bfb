import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Scheduler } from '../../srs/scheduler.ts';
import type { Review, StudySettings } from '../../srs/types.ts';
import { decodeProgress, encodeProgress, ProgressFormatError } from './codec.ts';
import type { HistoryArchive } from './history-archive.ts';
import { SchedulerNeededError } from './merge.ts';
import { CURRENT_VERSION, migrateProgress } from './migrations.ts';
import { withHistory, type Progress } from './progress.ts';
import { withoutUnusableCards } from './card-check.ts';
import { guardedGet, guardedRemove, guardedSet } from '../kernel/guarded-storage.ts';
import { reportHistory, reportSave, reportSetAside, reportWiped } from '../kernel/save-status.ts';

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

/** Where the archived part of the history is, saved with the progress (format version 3). */
interface HistoryPointer {
  /** The archive generation: time-sortable, so tabs settle on the newest (a restore's). */
  readonly gen: string;
  /** How many reviews it holds, for the storage report before it is read. */
  readonly count: number;
}

const GENERATION = /^[a-z0-9]{1,12}-[a-z0-9]{1,16}$/;
const DAY = 86_400_000;
/** Reviews older than this leave localStorage for the archive (scheduling needs none of them). */
export const ARCHIVE_AFTER = 45 * DAY;

function readPointer(state: unknown): HistoryPointer | null {
  const value = (state as { history?: unknown } | null)?.history;
  if (value === undefined) return null;
  const { gen, count } = (value ?? {}) as Partial<HistoryPointer>;
  if (typeof gen !== 'string' || !GENERATION.test(gen) || !Number.isSafeInteger(count)) {
    throw new ProgressFormatError('history should name an archive generation and a count');
  }
  return { gen, count: count as number };
}

/** A generation id later than `after` (time-sortable: base-36 ms, then random). */
export function newGeneration(now: number, after: HistoryPointer | null): string {
  const previous = after ? parseInt(after.gen.split('-')[0] ?? '0', 36) : 0;
  const random = crypto.getRandomValues(new Uint32Array(2));
  const time = Math.max(now, previous + 1);
  return `${time.toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
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
  const archiveAfter = options.archiveAfter ?? ARCHIVE_AFTER;
  /** The archive generation in use, and the ids known to be in it (none are in localStorage). */
  let history: HistoryPointer | null = null;
  let archived = new Set<string>();
  let archiving = false;
  let loadArchive = options.archive;
  /** A restore started a generation: older ones go once a save points to it. */
  let dropOlder = false;
  /** …and its old reviews go to the archive before the first save, so they need no room here. */
  let moveFirst = false;
  const followHistory = (pointer: HistoryPointer | null) => {
    // A newer generation (another tab's restore, or its first archive) wins; what this tab
    // thought archived may not be in it, so it is kept in localStorage until archived again.
    if (pointer && (!history || pointer.gen > history.gen)) {
      history = pointer;
      archived = new Set();
      reportHistory({ archived: pointer.count });
    }
  };
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
  /**
   * A merge of what this tab has with what another saved, over the reviews localStorage holds:
   * archived ones are the same in both (or only here), so they are set apart and added back,
   * and a card's older history does not make its recent one look diverged.
   */
  const mergeSaved = (local: Progress, saved: Progress, retry: () => void): Progress | null => {
    if (archived.size === 0) return mergeOrDefer(local, saved, retry);
    const older = local.log.filter((r) => archived.has(r.id));
    const recent = local.log.filter((r) => !archived.has(r.id));
    const merged = mergeOrDefer({ ...local, log: recent }, saved, retry);
    return merged && { ...merged, log: withHistory(merged.log, older, merged.undone) };
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
  const read = (
    raw: string,
  ): { progress: Progress | null; newer: boolean; pointer: HistoryPointer | null } => {
    const { state, version } = parse(raw);
    if (version > CURRENT_VERSION) {
      try {
        return { progress: decodeProgress(state), newer: true, pointer: null };
      } catch {
        return { progress: null, newer: true, pointer: null };
      }
    }
    const migrated = migrateProgress(state, version);
    return { progress: decodeProgress(migrated), newer: false, pointer: readPointer(migrated) };
  };

  /**
   * Moves reviews older than `archiveAfter` (and not archived yet) to the archive, then saves
   * again without them. Until the archive has them on disk they stay in localStorage: a tab
   * closed half-way leaves both copies, and the next start finishes the move.
   */
  const archiveOld = (name: string, log: readonly Review[]) => {
    if (!loadArchive || archiving || readOnly) return;
    const cutoff = options.now() - archiveAfter;
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
      .catch(() => {
        // Kept in localStorage, as before the archive existed; tried again after a reload.
        loadArchive = undefined;
      })
      .finally(() => {
        archiving = false;
        // Saved again, without what the archive now has (or with everything, if it failed).
        write(name, options.current());
      });
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
        followHistory(saved.pointer);
        const result = mergeSaved(progress, saved.progress, () => write(name, options.current()));
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
    if (moveFirst) {
      moveFirst = false;
      archiveOld(name, merged.log);
      if (archiving) return; // saved once the archive has them (the journal holds the restore)
    }
    // Archived reviews are not written again; everything else is, until archived.
    const kept = archived.size > 0 ? merged.log.filter((r) => !archived.has(r.id)) : merged.log;
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
      reportSave({ kind: 'unsaved', reason: failure });
      return;
    }
    known = raw;
    reportSave({ kind: 'saved' }, raw.length);
    options.onSaved?.(raw);
    if (dropOlder && history) {
      dropOlder = false;
      const gen = history.gen;
      void loadArchive?.().then((archive) => archive?.keepOnly(gen));
    }
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
        const { progress, newer, pointer } = read(raw);
        known = raw;
        followHistory(pointer);
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
    async loadHistory() {
      const pointer = history;
      const archive = loadArchive ? await loadArchive().catch(() => null) : null;
      let reviews: Review[] = [];
      if (pointer && archive) {
        reviews = await archive.load(pointer.gen);
        if (history?.gen !== pointer.gen) return []; // replaced meanwhile: none of it applies
        for (const r of reviews) archived.add(r.id);
        history = { gen: pointer.gen, count: archived.size };
        reportHistory({ archived: archived.size });
        // Generations older than this one are left from a restore or a tab closed half-way.
        void archive.keepOnly(pointer.gen).catch(() => undefined);
      }
      reportHistory({ loaded: true });
      // Old reviews still in localStorage (saved by version 2, or a move cut short) go now,
      // not at the next grade.
      if (storageName !== null) archiveOld(storageName, options.current().log);
      return reviews;
    },
    newHistory() {
      if (!loadArchive) return;
      history = { gen: newGeneration(options.now(), history), count: 0 };
      archived = new Set();
      dropOlder = true;
      moveFirst = true;
      reportHistory({ archived: 0, loaded: true });
    },
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
        followHistory(saved.pointer);
        const merged = mergeSaved(options.current(), saved.progress, () => this.syncFrom(raw));
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
