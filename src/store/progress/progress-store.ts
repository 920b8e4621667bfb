import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Scheduler } from '../../srs/scheduler.ts';
import { normalizeSettings } from '../../srs/settings.ts';
import type { CardState, Grade, Review, StudySettings } from '../../srs/types.ts';
import type { Journal } from './journal.ts';
import { journalEntry, type JournalOp } from './lazy-journal.ts';
import { mergeProgress } from './merge.ts';
import { CURRENT_VERSION } from './migrations.ts';
import { EMPTY_PROGRESS, insertReview, undoReview, type Progress } from './progress.ts';
import {
  createProgressStorage,
  type ProgressStorage,
  type ProgressStorageOptions,
} from './progress-storage.ts';

export const STORAGE_KEY = 'prepdeck:progress';

/**
 * The longest a change waits for the journal before it shows anyway. A commit takes a few ms,
 * but a disk busy with something else can hold it for seconds: the app must not freeze then
 * (the change is in memory, saved as usual, and a failed write is reported).
 */
export const DURABLE_WAIT_LIMIT = 1_500;

interface ProgressActions {
  /**
   * Records a review and reschedules the card; returns the review (for undo). The scheduler
   * is passed in so that FSRS loads with the study screen, not with the first screen.
   */
  grade(card: string, grade: Grade, now: number, scheduler: Scheduler): Review;
  /** Restores the exact state before a review; false if a later review of the card exists. */
  undo(reviewId: string): boolean;
  updateSettings(settings: Partial<StudySettings>): void;
  /** Stars or unstars a card. */
  setBookmark(card: string, on: boolean, now: number): void;
  /** Replaces all progress (a restored backup). */
  replace(progress: Progress): void;
  /**
   * Merges progress from another device in, as the two-tab merge does (reviews united by id,
   * changed cards replayed through FSRS; settings and nothing else of this device's replaced).
   * Journaled as the grades, undos and stars it brings. Returns the reviews it added.
   * With `settings: 'later'` (sync: the same learner's devices), the settings changed later
   * win instead, as between two tabs.
   */
  mergeIn(progress: Progress, scheduler: Scheduler, options?: { settings?: 'later' }): number;
  /**
   * Moves the progress of a card no deck has any more (a reworded question) onto a card that
   * has none yet; false if the target already has progress. The old reviews are marked undone
   * and copied under new ids, so a merge with another tab cannot bring the old card back.
   */
  reattach(from: string, to: string): boolean;
  /** Removes the progress of a card no deck has any more (kept undone, for the same reason). */
  forget(card: string): void;
  /** Tries again to save after storage was full or unavailable. */
  retrySave(): void;
}

type ProgressStore = Progress & ProgressActions;

export interface ProgressStoreOptions {
  readonly backend: Storage | null;
  readonly now: () => number;
  /** See `ProgressStorageOptions.schedule`. */
  readonly schedule?: (write: () => void) => void;
  readonly newId?: () => string;
  /** The write-ahead journal each change is recorded in first (none: today's behaviour). */
  readonly journal?: Journal;
  /** See `ProgressStorageOptions.archive`. */
  readonly archive?: ProgressStorageOptions['archive'];
}

const pick = (s: Progress): Progress => ({
  cards: s.cards,
  log: s.log,
  undone: s.undone,
  bookmarks: s.bookmarks,
  settings: s.settings,
  ...(s.settingsAt ? { settingsAt: s.settingsAt } : {}),
});

export type ProgressHook = UseBoundStore<StoreApi<ProgressStore>> & {
  readonly storage: ProgressStorage;
  /**
   * Null when every change so far is in the journal on disk (or there is none), else when it
   * is, or when `DURABLE_WAIT_LIMIT` has passed, whichever comes first.
   */
  readonly durable: () => Promise<void> | null;
};

/** Loads FSRS on demand, for the rare merge or replay that must replay a card's history. */
export const loadScheduler = (settings: StudySettings): Promise<Scheduler> =>
  import('../../srs/scheduler.ts').then((m) => m.schedulerFor(settings.desiredRetention));

export function createProgressStore(options: ProgressStoreOptions): ProgressHook {
  const newId = options.newId ?? (() => timedId(options.now()));
  const { journal } = options;
  const tab = randomId();
  // Nothing is journaled while the saved data is left alone: a reload must not bring back
  // changes this tab was not allowed to save.
  const record = (op: JournalOp, change: Partial<Progress>) => {
    if (!storage.readOnly()) void journal?.record(journalEntry(op, tab, change));
  };
  const durable = (): Promise<void> | null => {
    const wait = journal?.durable();
    if (!wait) return null;
    return Promise.race([wait, new Promise<void>((done) => setTimeout(done, DURABLE_WAIT_LIMIT))]);
  };
  let store: UseBoundStore<StoreApi<ProgressStore>> | null = null;
  const storage = createProgressStorage({
    backend: options.backend,
    now: options.now,
    ...(options.schedule ? { schedule: options.schedule } : {}),
    ...(options.archive ? { archive: options.archive } : {}),
    current: () => (store ? pick(store.getState()) : EMPTY_PROGRESS),
    merge: (local, saved, scheduler) => mergeProgress(local, saved, scheduler),
    loadScheduler,
    onMerged: (merged) => store?.setState(merged),
    onSaved: (raw) => journal?.saved(raw),
  });

  store = create<ProgressStore>()(
    persist<ProgressStore, [], [], Progress>(
      (set, get) => {
        /** A settings change's time: now, and always after this tab's last one. */
        const nextSettingsAt = () =>
          Math.max(Math.round(options.now()), (get().settingsAt ?? 0) + 1);
        return {
          ...EMPTY_PROGRESS,
          grade(card, grade, now, scheduler) {
            const { cards, log } = get();
            const before = cards[card] ?? null;
            const review: Review = {
              id: newId(),
              card,
              grade,
              time: scheduler.reviewTime(before, now),
              before,
            };
            const after = scheduler.grade(before, grade, now);
            assertSavable(after);
            // To the journal first: the disk works on it while the new state is drawn.
            record('grade', { cards: { [card]: after }, log: [review] });
            set({
              cards: { ...cards, [card]: after },
              log: insertReview(log, review),
            });
            return review;
          },
          undo(reviewId) {
            const next = undoReview(pick(get()), reviewId);
            if (!next) return false;
            set({ cards: next.cards, log: next.log, undone: next.undone });
            record('undo', { undone: [reviewId] });
            return true;
          },
          setBookmark(card, on, now) {
            const at = Math.floor(now / 1000) * 1000;
            const mark = { on, at };
            const show = () => set({ bookmarks: { ...get().bookmarks, [card]: mark } });
            record('bookmark', { bookmarks: { [card]: mark } });
            // The star shows once it is in the journal, so what is on screen survives a crash.
            const wait = journal?.enabled() ? durable() : null;
            if (wait) void wait.then(show);
            else show();
          },
          updateSettings(settings) {
            // Timed, so a tab that changed nothing cannot write its older settings back over these.
            const change = {
              settings: normalizeSettings({ ...get().settings, ...settings }),
              settingsAt: nextSettingsAt(),
            };
            set(change);
            record('settings', change);
          },
          reattach(from, to) {
            const { cards, log, undone, bookmarks } = get();
            if (from === to || cards[to] || log.some((r) => r.card === to)) return false;
            const moved = log.filter((r) => r.card === from);
            const { [from]: state, ...otherCards } = cards;
            const { [from]: mark, ...otherMarks } = bookmarks;
            set({
              cards: state ? { ...otherCards, [to]: state } : otherCards,
              log: log.map((r) => (r.card === from ? { ...r, id: newId(), card: to } : r)),
              undone: [...undone, ...moved.map((r) => r.id)],
              bookmarks: mark
                ? { ...otherMarks, [to]: mark, [from]: { on: false, at: mark.at } }
                : bookmarks,
            });
            return true;
          },
          forget(card) {
            const { cards, log, undone, bookmarks } = get();
            const { [card]: _forgotten, ...otherCards } = cards;
            const mark = bookmarks[card];
            const ids = log.filter((r) => r.card === card).map((r) => r.id);
            set({
              cards: otherCards,
              log: log.filter((r) => r.card !== card),
              undone: [...undone, ...ids],
              bookmarks: mark ? { ...bookmarks, [card]: { on: false, at: mark.at } } : bookmarks,
            });
            // Journaled (a forget names its card by its star, off): replayed after a crash, the
            // card is new again, as here, its older reviews archived or not.
            if (ids.length > 0 || cards[card] || mark)
              record('forget', {
                undone: ids,
                bookmarks: { [card]: { on: false, at: mark?.at ?? options.now() } },
              });
          },
          replace(progress) {
            storage.newHistory();
            // The restored settings are the latest change: another tab's must not win over them.
            const settingsAt = nextSettingsAt();
            const restored = { ...pick(progress), settingsAt };
            set(restored);
            record('restore', restored);
          },
          mergeIn(progress, scheduler, options) {
            const local = pick(get());
            // Another device's settings are its own (a file or link from someone's device):
            // this device keeps its settings, unless both are the learner's synced devices.
            const { settingsAt: _theirs, ...reviews } = { ...progress, settings: local.settings };
            const merged = mergeProgress(
              local,
              options?.settings === 'later' ? progress : reviews,
              scheduler,
            );
            set(pick(merged));
            const had = new Set(local.log.map((r) => r.id));
            const log = merged.log.filter((r) => !had.has(r.id));
            const changed = <T>(now: Record<string, T>, was: Record<string, T>) =>
              Object.fromEntries(Object.entries(now).filter(([key, value]) => value !== was[key]));
            const cards = changed(merged.cards, local.cards);
            const undone = merged.undone.filter((id) => !local.undone.includes(id));
            const bookmarks = changed(merged.bookmarks, local.bookmarks);
            // Each as the change it is, so a replay after a crash merges it in again (idempotent).
            if (log.length > 0) record('grade', { cards, log });
            if (undone.length > 0) record('undo', { undone });
            if (Object.keys(bookmarks).length > 0) record('bookmark', { bookmarks });
            if (merged.settingsAt !== local.settingsAt) {
              record('settings', { settings: merged.settings, settingsAt: merged.settingsAt });
            }
            return log.length;
          },
          retrySave() {
            storage.setItem(STORAGE_KEY, { state: pick(get()), version: CURRENT_VERSION });
            storage.flush();
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: CURRENT_VERSION,
        storage,
        partialize: pick,
        // The storage hands over decoded, migrated and validated progress: take it whole.
        merge: (saved, current) => ({ ...current, ...(saved as Progress) }),
      },
    ),
  );
  return Object.assign(store, {
    storage,
    durable,
  });
}

/** Nothing invalid is ever written: a NaN or an impossible date stops here, not in storage. */
function assertSavable(state: CardState): void {
  const numbers = [
    state.due,
    state.stability,
    state.difficulty,
    state.lastReview,
    state.reps,
    state.lapses,
  ];
  if (!numbers.every(Number.isFinite) || state.due < state.lastReview - 1000) {
    throw new Error(`Refusing to save an invalid card state: ${JSON.stringify(state)}`);
  }
}

/**
 * A review id that sorts as it was made (the time in base 36, then random characters), so that
 * grades within one whole second, which share a review time, keep their order in the log.
 */
function timedId(time: number): string {
  return Math.round(time).toString(36).padStart(9, '0') + randomId();
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
