/**
 * Durability figures, measured in Chromium on the built app:
 *   npx tsx bench/durability.ts [base URL]     (default http://127.0.0.1:4305/, a running
 *                                               `vite preview` of `npm run build`)
 * or `durabilityBench({ base, chromiumPath })` from another script.
 *
 * - grade → durable: from the `3` key to the journal transaction's `complete` (IndexedDB);
 * - grade → next card: from the `3` key to the frame after the next question is laid out;
 *   both with an empty history (the 52-card deck) and with 5 years of history for 5,000 cards
 *   (saved as the app keeps it: recent reviews in localStorage, older ones in IndexedDB);
 * - start-up to the Home's "Study now" link with that history;
 * - bytes: localStorage and IndexedDB for 1 and 5 years of 5,000 cards, a journal entry.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { seededRandom } from '../src/srs/simulate.ts';
import { schedulerFor } from '../src/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/srs/settings.ts';
import type { CardState, Grade, Review } from '../src/srs/types.ts';
import {
  EMPTY_PROGRESS,
  journalEntry,
  savedProgressWithHistory,
  STORAGE_KEY,
  type Progress,
} from '../src/store/tools/index.ts';
import { store } from './storage-probes.ts';

const DAY = 86_400_000;
/**
 * A sitting of 50 grades on the AWS deck (52 cards), its daily limit raised to let them all in:
 * with the 15 that 20 new cards a day allowed, the "p95" was the second-slowest grade, nearly
 * always the first one after the page opened (code not compiled yet). That first grade is
 * reported on its own.
 */
const GRADES = 50;
const SITTING = { ...DEFAULT_SETTINGS, newPerDay: GRADES };
const LOCAL_STORAGE_LIMIT = 5_000_000;

type Saved = ReturnType<typeof savedProgressWithHistory>;

export interface DurabilityResults {
  /** Characters in localStorage (`chars`) and in IndexedDB's history chunks (`archived`). */
  readonly sizes: Record<
    'year1' | 'year5',
    { reviews: number; chars: number; archived: number; fits: boolean }
  >;
  readonly runs: Record<
    'cards52' | 'cards5000year5',
    { durableP95: number; nextCardP95: number; firstDurable: number; firstNextCard: number }
  >;
  /** Start-up to Home's study link, median, with that history and with none. */
  readonly startupYear5Median: number;
  readonly startupEmptyMedian: number;
  /** One grade's journal entry (entries are trimmed once localStorage has them). */
  readonly journalCharsPerGrade: number;
}

/**
 * Every card studied from its introduction (20 new a day), each review at its due time, Good
 * with the predicted recall and Again otherwise, graded by the app's scheduler.
 */
export function historyForBench(cards: number, years: number, end: number): Progress {
  const scheduler = schedulerFor(DEFAULT_SETTINGS.desiredRetention);
  const random = seededRandom(7);
  const start = end - years * 365 * DAY;
  const states: Record<string, CardState> = {};
  const log: Review[] = [];
  for (let i = 0; i < cards; i++) {
    const key = `bench/card-${i}`;
    let time = start + Math.floor(i / 20) * DAY;
    let state: CardState | null = null;
    while (time < end) {
      const grade: Grade =
        state === null || random() < scheduler.retrievability(state, time) ? 3 : 1;
      log.push({
        id: `${i.toString(36)}x${log.length.toString(36)}`,
        card: key,
        grade,
        time,
        before: state,
      });
      state = scheduler.grade(state, grade, time);
      time = Math.max(state.due, time + 60_000);
    }
    if (state) states[key] = state;
  }
  log.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
  return { cards: states, log, undone: [], bookmarks: {}, settings: DEFAULT_SETTINGS };
}

const p95 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(0.95 * (sorted.length - 1))] ?? NaN) * 10) / 10;
};

/** Key press → journal transaction complete, and → the frame after the next question. */
function probe() {
  const w = window as unknown as { __press: number; __durable: number[]; __painted: number[] };
  w.__durable = [];
  w.__painted = [];
  addEventListener('keydown', (e) => e.key === '3' && (w.__press = performance.now()), true);
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args) {
    const request = add.apply(this, args);
    const pressed = w.__press;
    this.transaction.addEventListener('complete', () =>
      w.__durable.push(performance.now() - pressed),
    );
    return request;
  } as typeof add;
  let last = '';
  new MutationObserver(() => {
    const text = document.querySelector('#card-question')?.textContent ?? '';
    if (!text || text === last) return;
    last = text;
    const pressed = w.__press;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => pressed && w.__painted.push(performance.now() - pressed);
      channel.port2.postMessage(0);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function withProgress(browser: Browser, base: string, saved: Saved | null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await store(page, base, saved?.local ?? null, saved?.history);
  return { context, page };
}

async function gradeRun(browser: Browser, base: string, saved: Saved | null) {
  const { context, page } = await withProgress(browser, base, saved);
  try {
    await page.addInitScript(probe);
    await page.goto(`${base}#/decks/aws-backend-interview/study`);
    await page.locator('#card-question').waitFor();
    for (let i = 0; i < GRADES; i++) await gradeOnce(page, i);
    const { durable, painted } = await page.evaluate(() => {
      const w = window as unknown as { __durable: number[]; __painted: number[] };
      return { durable: w.__durable, painted: w.__painted };
    });
    return {
      durableP95: p95(durable),
      nextCardP95: p95(painted),
      firstDurable: Math.round((durable[0] ?? NaN) * 10) / 10,
      firstNextCard: Math.round((painted[0] ?? NaN) * 10) / 10,
    };
  } finally {
    await context.close();
  }
}

async function gradeOnce(page: Page, i: number) {
  await page.keyboard.press('Space');
  await page.getByRole('region', { name: 'Answer', exact: true }).waitFor();
  await page.keyboard.press('3');
  await page.waitForFunction(
    (n) => (window as unknown as { __painted: number[] }).__painted.length >= n,
    i + 1,
  );
}

/** Start-up medians with `saved` and with empty storage, interleaved to share the machine. */
async function startup(
  browser: Browser,
  base: string,
  saved: Saved,
): Promise<{ withHistory: number; empty: number }> {
  const times = { withHistory: [] as number[], empty: [] as number[] };
  for (let run = 0; run < 10; run++) {
    const series = run % 2 === 0 ? 'withHistory' : 'empty';
    const { context, page } = await withProgress(browser, base, run % 2 === 0 ? saved : null);
    await page.goto(`${base}?run=${run}#/`);
    await page
      .getByRole('link', { name: /Study now/ })
      .first()
      .waitFor();
    times[series].push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const median = (list: number[]) => Math.round([...list].sort((a, b) => a - b)[2] as number);
  return { withHistory: median(times.withHistory), empty: median(times.empty) };
}

export async function durabilityBench(options: {
  readonly base: string;
  readonly chromiumPath?: string;
  readonly onProgress?: (message: string) => void;
}): Promise<DurabilityResults> {
  const say = options.onProgress ?? (() => undefined);
  const now = Math.floor(Date.now() / DAY) * DAY; // whole seconds, as saved times are
  say('generating 1 and 5 years of history for 5,000 cards…');
  const year1 = historyForBench(5000, 1, now);
  const year5 = historyForBench(5000, 5, now);
  const saved1 = savedProgressWithHistory(year1, now);
  const saved5 = savedProgressWithHistory(year5, now);
  const size = (p: Progress, saved: Saved) => ({
    reviews: p.log.length,
    chars: saved.local.length,
    archived: saved.history.reduce(
      (n, [key, chunk]) => n + key.length + JSON.stringify(chunk).length,
      0,
    ),
    fits: saved.local.length + STORAGE_KEY.length < LOCAL_STORAGE_LIMIT,
  });
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    say('grading with the 52-card deck…');
    const empty = { ...EMPTY_PROGRESS, settings: SITTING };
    const small = await gradeRun(browser, options.base, savedProgressWithHistory(empty, now));
    say('grading with 5 years of history for 5,000 cards…');
    const sitting5 = savedProgressWithHistory({ ...year5, settings: SITTING }, now);
    const big = await gradeRun(browser, options.base, sitting5);
    const review = year5.log.at(-1) as Review;
    const after = year5.cards[review.card] as CardState;
    say('start-up with 5 years of history…');
    const starts = await startup(browser, options.base, saved5);
    return {
      sizes: { year1: size(year1, saved1), year5: size(year5, saved5) },
      runs: {
        cards52: small,
        cards5000year5: big,
      },
      startupYear5Median: starts.withHistory,
      startupEmptyMedian: starts.empty,
      journalCharsPerGrade: JSON.stringify(
        journalEntry('grade', 'tab', {
          cards: { [review.card]: after },
          log: [review],
        }),
      ).length,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4305/';
  const results = await durabilityBench({ base, onProgress: (m) => console.error(m) });
  console.log(JSON.stringify(results, null, 2));
}
