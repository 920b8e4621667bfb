import type { Scheduler } from '../../srs/scheduler.ts';
import type { CardState, Grade, Review } from '../../srs/types.ts';
import { holdIdleWork } from '../../lib/when-idle.ts';
import { now } from '../kernel/clock.ts';
import { reportHistory } from '../kernel/save-status.ts';
import { browserIndexedDb, browserStorage, guardedGet } from '../kernel/guarded-storage.ts';
import type { HistoryArchive } from './history-archive.ts';
import { lazyJournal } from './lazy-journal.ts';
import { withHistory } from './progress.ts';
import { createProgressStore, loadScheduler, STORAGE_KEY } from './progress-store.ts';
import { createSavePause } from './save-pause.ts';
import { rememberTabGrade } from './tab-grades.ts';

const backend = browserStorage();

/**
 * After the next frame is painted, once the browser is idle (at most a second later): for the
 * snapshot's save (after studying pauses, `save-pause.ts`; a page being hidden or closed saves
 * at once) and the history's loading.
 */
function afterPaint(write: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(write, 0); // no page (Node): nothing is painted
    return;
  }
  requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(write, { timeout: 1000 });
    else setTimeout(write, 0);
  });
}

const journal = lazyJournal(
  () =>
    import('./journal.ts').then(({ openJournal }) =>
      openJournal({
        indexedDB: browserIndexedDb(),
        readSaved: () => guardedGet(backend, STORAGE_KEY),
        // Asked at the first change rather than on load: browsers grant it to sites in use, and
        // some ask the user, which makes sense only once they study.
        onFirstRecord: () => void navigator.storage?.persist?.().catch(() => false),
      }),
    ),
  backend,
);

/** Reviews older than localStorage keeps, in IndexedDB; loaded on demand, opened once. */
let archive: Promise<HistoryArchive | null> | null = null;
const loadArchive = () =>
  (archive ??= import('./history-archive.ts').then(({ openHistoryArchive }) =>
    openHistoryArchive(browserIndexedDb()),
  ));

const savePause = createSavePause({
  journal,
  afterPaint,
  now: () => performance.now(),
  setTimeout: (run, ms) => void setTimeout(run, ms),
});

/** The app's progress, saved in this browser. */
export const useProgress = createProgressStore({
  backend,
  now,
  schedule: savePause.schedule,
  journal,
  archive: loadArchive,
});

useProgress.subscribe(savePause.changed);

/**
 * The archived history joins the rest once the first screen is up: scheduling never needs it,
 * statistics and backups do (`whenHistoryLoaded`).
 */
const historyLoaded: Promise<void> = new Promise<void>((loaded) =>
  afterPaint(() => {
    useProgress.storage
      .loadHistory()
      .then((older) => {
        if (older.length === 0) return;
        const { log, undone } = useProgress.getState();
        useProgress.setState({ log: withHistory(log, older, undone) });
      })
      .catch(() => reportHistory({ loaded: true }))
      .finally(loaded);
  }),
);

/** Resolves once the whole review history is in memory (a backup must hold all of it). */
export const whenHistoryLoaded = (): Promise<void> => historyLoaded;

/**
 * A change the learner made. `durable` is null when it is already safe on disk (or there is no
 * journal), else it resolves once it is in the crash-safe journal (a few ms), or after
 * `DURABLE_WAIT_LIMIT` when the disk is busy: a screen shows what comes next then, so what it
 * shows survives a crash.
 */
interface Kept {
  readonly durable: Promise<void> | null;
}

/** A grade: the review (for undo) and the card's state after it. */
interface Graded extends Kept {
  readonly review: Review;
  readonly next: CardState;
}

/**
 * Grades a card now. The scheduler is passed in: FSRS loads with the screens that grade, not
 * with the first screen.
 */
export function grade(card: string, rating: Grade, scheduler: Scheduler): Graded {
  const review = useProgress.getState().grade(card, rating, now(), scheduler);
  rememberTabGrade(review.id);
  // The store has just set the card's state: a grade always leaves one.
  const next = useProgress.getState().cards[card] as CardState;
  const durable = useProgress.durable();
  if (durable) holdIdleWork(durable);
  return { review, next, durable };
}

/** Undoes a review; `undone` is false, with nothing changed, when the card was reviewed again since (in another tab, say). */
export function undo(reviewId: string): Kept & { readonly undone: boolean } {
  if (!useProgress.getState().undo(reviewId)) return { undone: false, durable: null };
  return { undone: true, durable: useProgress.durable() };
}

/** Stars or unstars a card now (shown once it is durable). */
export function bookmark(card: string, on: boolean): void {
  useProgress.getState().setBookmark(card, on, now());
}

/** How long a restore waits for the journal before saying it is not confirmed on disk yet. */
const SETTLE_LIMIT = 10_000;

/**
 * Resolves once the latest change is as safe as this browser can make it: in the journal on
 * disk, however long a large one takes (a grade waits at most `DURABLE_WAIT_LIMIT`, a restore
 * must not say it is done before it is); without a journal, written to localStorage at once.
 * False when the journal has not confirmed it within `SETTLE_LIMIT` (a disk or another tab
 * holding the database): the change is kept in this tab and saved as usual, and the caller
 * says so rather than waiting for good.
 */
export async function settled(): Promise<boolean> {
  useProgress.storage.flush();
  const wait = journal.durable();
  if (!wait) return true;
  const limit = new Promise<boolean>((done) => setTimeout(() => done(false), SETTLE_LIMIT));
  return Promise.race([wait.then(() => true), limit]).catch(() => false);
}

// Changes a crash kept out of localStorage are in the journal: put them back (not over
// data this version must leave alone).
if (!useProgress.storage.readOnly()) {
  void journal
    .replay(
      () => useProgress.getState(),
      (progress) => useProgress.setState(progress),
      loadScheduler,
    )
    .catch(() => undefined);
}

// A page's events; the module is also loaded outside a page (Node tests of helpers beside it).
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => useProgress.storage.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') useProgress.storage.flush();
  });

  // Reviews made in another tab arrive here and are merged in.
  window.addEventListener('storage', (event) => {
    // A null key is `clear()`: site data cleared in another window.
    if ((event.key === STORAGE_KEY || event.key === null) && event.storageArea === backend) {
      useProgress.storage.syncFrom(event.newValue);
    }
  });
}
