/**
 * The app at scale: a generated 5,000-card deck and a year of daily study of it, built and
 * served like the real app and measured in Chromium.
 *   npx tsx scripts/bench-scale.ts      (standalone: prints a summary; port 4192)
 * or `scaleBench({ chromiumPath, port })` from another script.
 *
 * - deck: 5,000 cards in 50 sections, generated from the AWS deck; parse time in Node;
 * - history: a learner who studies every day for a year (20 new cards a day, every due card),
 *   simulated with the app's own scheduler; its saved size and whether localStorage takes it;
 * - start-up: navigation start to the dashboard's "Study now" link, with that history saved;
 * - study latency: reveal-and-grade cycles by keyboard, key press to the next card;
 * - profiles: where the main thread spends its time at start-up and when grading (CPU profile
 *   from Chromium, mapped back to source files through hidden source maps).
 */
import { CHROMIUM_ARGS } from './chromium.ts';
import { seededRandom } from '../src/srs/simulate.ts';
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { Deck } from '../src/deck/types.ts';
import { plainText } from '../src/lib/fold.ts';
import { schedulerFor } from '../src/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/srs/settings.ts';
import { studyDay } from '../src/srs/study-day.ts';
import type { CardState, Grade, Review } from '../src/srs/types.ts';
import { savedProgress, STORAGE_KEY, type Progress } from '../src/store/index.ts';
import { measureBundle } from './bundle-size.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DECK_ID = 'big-deck';
const SECTIONS = 50;
const CARDS_PER_SECTION = 100;
const HISTORY_DAYS = 365;
const NEW_PER_DAY = 20;
const STARTUP_RUNS = 5;
const CYCLES = 200;
const ROUND = 50;
const PROFILED_GRADES = 20;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const UTC = () => 0;
const DAY_START_HOUR = DEFAULT_SETTINGS.dayStartHour;
/** The simulated learner studies at 18:00 (UTC: the browser runs in UTC too). */
const STUDY_HOUR = 18;
const SECONDS_PER_REVIEW = 20_000;
/** The simulation's own calendar; the history is then moved so its last day is yesterday. */
const SIMULATION_START = Date.UTC(2025, 0, 1);

export interface Summary {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface ProfileEntry {
  /** Source file (mapped through the source map) or script URL, or a V8 category. */
  readonly where: string;
  /** Self time on the main thread, ms. */
  readonly selfMs: number;
}

export interface ProfileSummary {
  /** Sampled main-thread time, ms (idle excluded). */
  readonly busyMs: number;
  /**
   * Self time by source file, largest first. "(program)" is native work no script is charged
   * with (V8's runtime, compiling, Blink); a bare name is a browser API (`setItem`, `focus`) or
   * Playwright's own injected code (`innerAccumulatedElementText`: its polling for the link).
   */
  readonly byFile: readonly ProfileEntry[];
  /** Self time by function (`file:line  source line`), largest first. */
  readonly byFunction: readonly ProfileEntry[];
  /** From a separate run with a Chromium trace: renderer main-thread self time by trace event. */
  readonly byTraceEvent: readonly ProfileEntry[];
}

export interface ParseTimes {
  /** The 5,000-card deck, one run. */
  readonly ms: number;
  /** The first 1,000 and 2,000 cards, and all 5,000: how the time grows. */
  readonly scaling: readonly { readonly cards: number; readonly ms: number }[];
}

/** Start-up runs, each in a new page from navigation start, ms. */
export interface StartupSeries {
  /** To the "Study now" link visible, read in the page once Playwright saw it (as specified). */
  readonly runs: number[];
  readonly median: number;
  /** To the link in the DOM and laid out (a MutationObserver: no polling delay). */
  readonly inDomRuns: number[];
  readonly inDomMedian: number;
  /** Longest main-thread task before the link was in the DOM (median over the runs). */
  readonly longestTaskMedian: number;
}

export interface ScaleResults {
  readonly date: string;
  /** The figures are wall-clock times: a busy machine shows in them. */
  readonly machine: {
    readonly cpus: number;
    readonly loadAverageAtStart: number;
    readonly loadAverageAtEnd: number;
  };
  readonly deck: {
    readonly id: string;
    readonly cards: number;
    readonly sections: number;
    readonly markdownBytes: number;
    readonly answerChars: { readonly min: number; readonly mean: number; readonly max: number };
    /** parseDeck in Node, ms, on the whole deck and on its first cards. */
    readonly parse: ParseTimes;
  };
  readonly build: {
    readonly ms: number;
    readonly firstScreenJsGzip: number;
    readonly totalJsGzip: number;
    readonly largestChunk: { readonly name: string; readonly bytes: number; readonly gzip: number };
  };
  readonly history: {
    /** Days of history actually stored (365 unless a year does not fit in localStorage). */
    readonly days: number;
    readonly reviews: number;
    readonly cardsStudied: number;
    /** `savedProgress(progress)`: what the app saves. */
    readonly jsonChars: number;
    readonly jsonBytesUtf8: number;
    /** Review cards due on the day of the run, and learning cards. */
    readonly dueToday: number;
    /** Every attempt, the full year first: did localStorage.setItem take it? */
    readonly attempts: readonly {
      readonly days: number;
      readonly reviews: number;
      readonly jsonChars: number;
      readonly fits: boolean;
      readonly error?: string;
    }[];
    /** The largest ASCII value (in characters) this Chromium's localStorage took under the key. */
    readonly localStorageMaxChars: number;
    readonly simulationMs: number;
  };
  readonly startup: {
    /** A first visit with the history saved (fresh context, empty HTTP cache). */
    readonly firstVisit: StartupSeries;
    /** The same with nothing saved (same deck): what the history itself costs. */
    readonly emptyStorage: StartupSeries;
    /** With the history, a returning visitor: new pages in one context, the HTTP cache warm. */
    readonly warmCache: StartupSeries;
  };
  readonly studyLatency: {
    readonly cycles: number;
    /** Key press to the next question in the DOM and laid out. */
    readonly work: Summary;
    /** Key press to the next frame painted. */
    readonly painted: Summary;
  };
  readonly profiles: {
    readonly startup: ProfileSummary;
    /** Over PROFILED_GRADES reveal-and-grade cycles. */
    readonly grading: ProfileSummary & { readonly grades: number };
  };
}

export interface ScaleBenchOptions {
  readonly chromiumPath: string;
  readonly port: number;
  /** Progress messages (default: none). */
  readonly onProgress?: (message: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const median = (values: readonly number[]) => round(percentile(values, 50), 1);
const summary = (values: readonly number[]): Summary => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  max: round(Math.max(...values)),
});

// ---------------------------------------------------------------------------------------------
// 1. The deck

const CODE_SNIPPETS: readonly [string, string][] = [
  [
    'js',
    "const res = await fetch(url, { method: 'POST' });\nif (!res.ok) throw new Error(`HTTP ${res.status}`);",
  ],
  [
    'yaml',
    'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 60',
  ],
  ['bash', 'aws s3 cp ./build s3://my-bucket/app --recursive\naws cloudfront create-invalidation'],
  [
    'python',
    "import boto3\ntable = boto3.resource('dynamodb').Table('orders')\ntable.get_item(Key={'id': 42})",
  ],
];

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const clip = (list: readonly string[], from: number, count: number) =>
  Array.from({ length: count }, (_, k) => list[(from + k) % list.length]).join(' ');

/** A 5,000-card deck in the deck format: the AWS deck's cards, each in many variants. */
function generateDeck(aws: Deck): { markdown: string; answerLengths: number[] } {
  const base = aws.sections.flatMap((s) => s.cards);
  const corpus = words(base.map((c) => plainText(c.answer)).join(' '));
  const random = seededRandom(7);
  const answerLengths: number[] = [];
  const lines = [
    '# Big Deck: 5,000 Backend Questions',
    '',
    'A generated deck for benchmarks: the AWS questions in many variants, 50 sections of 100 cards.',
    '',
  ];
  let n = 0;
  for (let s = 0; s < SECTIONS; s++) {
    const theme = aws.sections[s % aws.sections.length];
    lines.push(`## Part ${s + 1}: ${theme?.title ?? 'Mixed'}`, '');
    for (let c = 0; c < CARDS_PER_SECTION; c++, n++) {
      const card = base[n % base.length];
      if (!card) throw new Error('the AWS deck has no cards');
      const variant = Math.floor(n / base.length) + 1;
      const own = words(plainText(card.answer));
      const lead = clip(own, 0, Math.min(own.length, 22 + (n % 10)));
      const at = Math.floor(random() * corpus.length);
      const answer = [
        `${lead.replace(/[.:;,]?$/, '.')}`,
        '',
        `In variant ${variant}, think of region-${n % 13} and service tier ${n % 7}: ${clip(corpus, at, 14 + (n % 8))}.`,
        '',
        `- ${clip(corpus, at + 40, 6)}`,
        `- ${clip(corpus, at + 60, 5)} (topic ${n % 97})`,
        `- ${clip(corpus, at + 80, 7)}`,
      ];
      if (n % 5 === 2) {
        answer.push(
          '',
          '| Option | Latency | Cost |',
          '| --- | --- | --- |',
          `| ${clip(corpus, at + 3, 2)} | ${(n % 90) + 10} ms | low |`,
          `| ${clip(corpus, at + 9, 2)} | ${(n % 40) + 2} ms | high |`,
        );
      } else if (n % 7 === 3) {
        const [lang, code] = CODE_SNIPPETS[n % CODE_SNIPPETS.length] as [string, string];
        answer.push('', `\`\`\`${lang}`, code, '```');
      }
      const text = answer.join('\n');
      answerLengths.push(text.length);
      lines.push(`### ${card.questionText} (variant ${variant})`, '', text, '');
    }
  }
  return { markdown: lines.join('\n'), answerLengths };
}

/** The first `count` cards of the generated deck (its title and their sections). */
function firstCards(markdown: string, count: number): string {
  let at = 0;
  for (let n = 0; n <= count; n++) {
    at = markdown.indexOf('\n### ', at + 1);
    if (at === -1) return markdown;
  }
  return markdown.slice(0, at + 1);
}

/**
 * parseDeck in Node on the first 1,000 and 2,000 cards, then on the whole deck (one run each: a
 * run takes seconds), to show how the time grows with the size of one file.
 */
async function timeParse(markdown: string): Promise<{ deck: Deck; parse: ParseTimes }> {
  const { parseDeck } = await import('../src/deck/index.ts');
  const time = (source: string) => {
    const start = performance.now();
    const { deck, messages } = parseDeck(source, `content/${DECK_ID}.md`);
    if (!deck) throw new Error(`the generated deck does not parse: ${messages[0]?.reason}`);
    return { deck, ms: round(performance.now() - start, 0) };
  };
  const scaling = [1000, 2000].map((cards) => ({
    cards,
    ms: time(firstCards(markdown, cards)).ms,
  }));
  const { deck, ms } = time(markdown);
  return {
    deck,
    parse: { ms, scaling: [...scaling, { cards: SECTIONS * CARDS_PER_SECTION, ms }] },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. A year of history

interface History {
  readonly progress: Progress;
  readonly days: number;
  readonly dueToday: number;
  readonly json: string;
}

/**
 * A learner who studies every evening for `days` days: every card due that study day (learning
 * steps as they fall due that evening), then 20 new cards in deck order. Each review is recalled
 * with the predicted probability (graded Good), else Again. Reviews are logged as the store logs
 * them. The history is simulated on a fixed calendar, then moved by whole days so that its last
 * day is the day before `now`: the same data on every run, with cards due today.
 */
function simulateHistory(cardIds: readonly string[], days: number, now: number): History {
  const scheduler = schedulerFor(DEFAULT_SETTINGS.desiredRetention);
  const random = seededRandom(2024);
  const idRandom = seededRandom(99);
  const ids = new Set<string>();
  const newId = () => {
    for (;;) {
      const id = Array.from({ length: 8 }, () => Math.floor(idRandom() * 36).toString(36)).join('');
      if (!ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
  };
  const keys = cardIds.map((id) => `${DECK_ID}/${id}`);
  const states: Record<string, CardState> = {};
  const log: Review[] = [];
  const firstDay = studyDay(SIMULATION_START + DAY_START_HOUR * HOUR, UTC, DAY_START_HOUR);
  let introduced = 0;

  for (let day = firstDay; day < firstDay + days; day++) {
    let time = day * DAY + STUDY_HOUR * HOUR;
    const isToday = (t: number) => studyDay(t, UTC, DAY_START_HOUR) <= day;
    const queue = keys.filter((key) => {
      const state = states[key];
      return state !== undefined && isToday(state.due);
    });
    queue.push(...keys.slice(introduced, introduced + NEW_PER_DAY));
    introduced = Math.min(keys.length, introduced + NEW_PER_DAY);
    /** Learning steps due later this evening, soonest first. */
    const later: string[] = [];
    const due = (key: string) => states[key]?.due ?? 0;
    while (queue.length > 0 || later.length > 0) {
      let key: string;
      if (later.length > 0 && (due(later[0] as string) <= time || queue.length === 0)) {
        key = later.shift() as string;
        time = Math.max(time, due(key)); // the learner waits for the step
      } else {
        key = queue.shift() as string;
      }
      const before = states[key] ?? null;
      const recalled = before === null || random() < scheduler.retrievability(before, time);
      const grade: Grade = recalled ? 3 : 1;
      log.push({ id: newId(), card: key, grade, time: scheduler.reviewTime(before, time), before });
      const after = scheduler.grade(before, grade, time);
      states[key] = after;
      time += SECONDS_PER_REVIEW;
      if (after.phase !== 'review' && isToday(after.due)) {
        later.push(key);
        later.sort((a, b) => due(a) - due(b));
      }
    }
  }

  // Move everything so that the last simulated day is yesterday.
  const lastDay = firstDay + days - 1;
  const shift = (studyDay(now, UTC, DAY_START_HOUR) - 1 - lastDay) * DAY;
  const move = (s: CardState): CardState => ({
    ...s,
    due: s.due + shift,
    lastReview: s.lastReview + shift,
  });
  const cards = Object.fromEntries(Object.entries(states).map(([k, s]) => [k, move(s)]));
  const progress: Progress = {
    cards,
    log: log.map((r) => ({ ...r, time: r.time + shift, before: r.before && move(r.before) })),
    undone: [],
    bookmarks: {},
    settings: DEFAULT_SETTINGS,
  };
  const today = studyDay(now, UTC, DAY_START_HOUR);
  const dueToday = Object.values(cards).filter(
    (s) => studyDay(s.due, UTC, DAY_START_HOUR) <= today,
  ).length;
  const json = savedProgress(progress);
  return { progress, days, dueToday, json };
}

// ---------------------------------------------------------------------------------------------
// The app, built on the generated deck

/** A Vite root holding only the big deck, with the app's sources and public files linked in. */
async function prepareRoot(markdown: string): Promise<string> {
  const tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'prepdeck-scale-')));
  await mkdir(path.join(tmp, 'content'));
  await writeFile(path.join(tmp, 'content', `${DECK_ID}.md`), markdown);
  await writeFile(path.join(tmp, 'index.html'), await readFile(path.join(REPO, 'index.html')));
  await symlink(path.join(REPO, 'src'), path.join(tmp, 'src'), 'dir');
  await symlink(path.join(REPO, 'public'), path.join(tmp, 'public'), 'dir');
  return tmp;
}

async function buildApp(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: path.join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      // Maps for the profiles only: 'hidden' adds no comment, the served scripts are unchanged.
      sourcemap: 'hidden',
      // The full big deck is one large chunk on purpose: no warning about it.
      chunkSizeWarningLimit: 100_000,
    },
  });
  // The build must hold the big deck and nothing else (the glob is root-relative).
  const assets = await readdir(path.join(outDir, 'assets'));
  const scripts = await Promise.all(
    assets
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFile(path.join(outDir, 'assets', name), 'utf8')),
  );
  const all = scripts.join('\n');
  if (!all.includes('(variant 96)')) throw new Error('the build does not hold the big deck');
  if (all.includes('AWS Interview Questions & Answers')) {
    throw new Error("the build picked up the repository's content/ instead of the temporary one");
  }
}

// ---------------------------------------------------------------------------------------------
// Browser measurements

async function newContext(browser: Browser): Promise<BrowserContext> {
  // UTC, like the simulated history, so study days line up.
  return browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: 'UTC' });
}

/** Saves `json` as the progress, from a document that runs no app code (the favicon). */
async function store(page: Page, base: string, json: string | null): Promise<void> {
  await page.goto(`${base}favicon.svg`);
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      if (value !== null) localStorage.setItem(key as string, value);
    },
    [STORAGE_KEY, json] as const,
  );
}

/** Whether localStorage takes `json` under the progress key (and gives it back). */
async function fitsInStorage(
  page: Page,
  base: string,
  json: string,
): Promise<{ ok: boolean; error?: string }> {
  await page.goto(`${base}favicon.svg`);
  return page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      try {
        localStorage.setItem(key, value);
        const ok = localStorage.getItem(key) === value;
        return ok ? { ok } : { ok, error: 'read back differently' };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.name : String(error) };
      } finally {
        localStorage.clear();
      }
    },
    [STORAGE_KEY, json] as const,
  );
}

/** The largest ASCII value (to 1,024 characters) localStorage takes under the progress key. */
async function storageCapacity(page: Page, base: string): Promise<number> {
  await page.goto(`${base}favicon.svg`);
  return page.evaluate((key) => {
    let low = 0;
    let high = 64 * 1024 * 1024;
    while (high - low > 1024) {
      const mid = Math.floor((low + high) / 2);
      let fits = true;
      try {
        localStorage.setItem(key, 'x'.repeat(mid));
      } catch {
        fits = false;
      } finally {
        localStorage.clear();
      }
      if (fits) low = mid;
      else high = mid;
    }
    return low;
  }, STORAGE_KEY);
}

/** Records, in every document, when the dashboard's study link is in the DOM, and long tasks. */
function startupProbe() {
  const w = window as unknown as { __bench: { linkAt: number | null; tasks: number[][] } };
  w.__bench = { linkAt: null, tasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this document
  }
  const observer = new MutationObserver(() => {
    const link = document.querySelector('.study-now a');
    if (link && /^Study/.test(link.textContent ?? '')) {
      void document.body.offsetHeight;
      w.__bench.linkAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

interface StartupRun {
  readonly visible: number;
  readonly inDom: number;
  readonly longestTask: number;
}

/** One start: navigation start to the "Study now" link visible (in a new page of `context`). */
async function startupRun(
  context: BrowserContext,
  base: string,
  json: string | null,
  run: number,
): Promise<StartupRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(startupProbe);
    await store(page, base, json);
    await page.goto(`${base}?run=${run}#/`, { waitUntil: 'commit' });
    await page.getByRole('link', { name: /^Study now/ }).waitFor({ state: 'visible' });
    const visible = await page.evaluate(() => performance.now());
    const probe = await page.evaluate(
      () =>
        (window as unknown as { __bench: { linkAt: number | null; tasks: number[][] } }).__bench,
    );
    const inDom = probe.linkAt ?? NaN;
    const longestTask = Math.max(
      0,
      ...probe.tasks.filter(([start]) => (start ?? 0) < inDom).map(([, d]) => d ?? 0),
    );
    return {
      visible: round(visible, 1),
      inDom: round(inDom, 1),
      longestTask: round(longestTask, 1),
    };
  } finally {
    await page.close();
  }
}

/** A first visit: a fresh context (empty HTTP cache), closed after the run. */
async function coldStart(browser: Browser, base: string, json: string | null, run: number) {
  const context = await newContext(browser);
  try {
    return await startupRun(context, base, json, run);
  } finally {
    await context.close();
  }
}

async function startup(
  browser: Browser,
  base: string,
  json: string,
): Promise<ScaleResults['startup']> {
  const runs: StartupRun[] = [];
  const empty: StartupRun[] = [];
  const warm: StartupRun[] = [];
  const returning = await newContext(browser);
  try {
    await startupRun(returning, base, json, -1); // fills the HTTP cache
    // Interleaved, so that all three see the same machine.
    for (let i = 0; i < STARTUP_RUNS; i++) {
      runs.push(await coldStart(browser, base, json, i));
      empty.push(await coldStart(browser, base, null, 100 + i));
      warm.push(await startupRun(returning, base, json, 200 + i));
    }
  } finally {
    await returning.close();
  }
  const series = (list: StartupRun[]): StartupSeries => ({
    runs: list.map((r) => r.visible),
    median: median(list.map((r) => r.visible)),
    inDomRuns: list.map((r) => r.inDom),
    inDomMedian: median(list.map((r) => r.inDom)),
    longestTaskMedian: median(list.map((r) => r.longestTask)),
  });
  return { firstVisit: series(runs), emptyStorage: series(empty), warmCache: series(warm) };
}

/** Installs the latency probe of scripts/bench.ts: key `3` to the next question, laid out and painted. */
function latencyProbe() {
  const w = window as unknown as { __pressAt: number; __latencies: number[]; __work: number[] };
  w.__latencies = [];
  w.__work = [];
  window.addEventListener(
    'keydown',
    (e) => e.key === '3' && (w.__pressAt = performance.now()),
    true,
  );
  let last = document.querySelector('#card-question')?.textContent;
  new MutationObserver(() => {
    const text = document.querySelector('#card-question')?.textContent;
    if (!text || text === last) return;
    last = text;
    void document.body.offsetHeight;
    w.__work.push(performance.now() - w.__pressAt);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => w.__latencies.push(performance.now() - w.__pressAt);
      channel.port2.postMessage(0);
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function openStudy(
  page: Page,
  base: string,
  json: string,
  round: number,
  deckId: string,
): Promise<void> {
  await store(page, base, json);
  // A fresh document, so the app loads the progress just stored.
  await page.goto(`${base}?round=${round}#/decks/${deckId}/study`);
  await page.locator('#card-question').waitFor();
}

async function gradeCycle(page: Page, i: number): Promise<void> {
  await page.keyboard.press('Space');
  await page.getByRole('region', { name: 'Answer', exact: true }).waitFor();
  const before = await page.locator('#card-question').textContent();
  await page.keyboard.press('3');
  await page.waitForFunction(
    ([n, text]) =>
      (window as unknown as { __latencies: number[] }).__latencies.length >= (n as number) &&
      document.querySelector('#card-question')?.textContent !== text,
    [i + 1, before] as const,
    { timeout: 60_000 },
  );
}

/**
 * Reveal-and-grade cycles by keyboard on a deck's study screen, with `json` as the saved
 * progress: milliseconds from each `3` to the next question laid out, and to the next frame.
 */
export async function studyLatency(
  browser: Browser,
  base: string,
  json: string,
  deckId = DECK_ID,
): Promise<{ work: number[]; painted: number[] }> {
  const samples = { work: [] as number[], painted: [] as number[] };
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    for (let done = 0; done < CYCLES; done += ROUND) {
      await openStudy(page, base, json, done, deckId);
      await page.evaluate(latencyProbe);
      for (let i = 0; i < ROUND; i++) await gradeCycle(page, i);
      const round = await page.evaluate(() => {
        const w = window as unknown as { __latencies: number[]; __work: number[] };
        return { work: w.__work, painted: w.__latencies };
      });
      samples.work.push(...round.work);
      samples.painted.push(...round.painted);
    }
  } finally {
    await context.close();
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------
// Profiles: Chromium's sampling CPU profiler, mapped back to sources with the hidden maps

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}

/** Decoded mappings of one generated file: per line, [column, source, line, column] segments. */
type Segments = [number, number, number, number][][];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeMappings(mappings: string): Segments {
  const lines: Segments = [];
  let source = 0;
  let line = 0;
  let column = 0;
  for (const text of mappings.split(';')) {
    const segments: [number, number, number, number][] = [];
    let generated = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        line += values[2] ?? 0;
        column += values[3] ?? 0;
        segments.push([generated, source, line, column]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

class SourceMaps {
  private readonly maps = new Map<string, { map: SourceMap; segments: Segments } | null>();
  constructor(private readonly dist: string) {}

  private async load(url: string) {
    const name = url.split('/').pop()?.split('?')[0] ?? '';
    if (!this.maps.has(name)) {
      try {
        const map = JSON.parse(
          await readFile(path.join(this.dist, 'assets', `${name}.map`), 'utf8'),
        ) as SourceMap;
        this.maps.set(name, { map, segments: decodeMappings(map.mappings) });
      } catch {
        this.maps.set(name, null);
      }
    }
    return this.maps.get(name) ?? null;
  }

  /** Where a generated position comes from: the source file and line, and that line's text. */
  async locate(url: string, line: number, column: number) {
    const loaded = await this.load(url);
    const segments = loaded?.segments[line];
    if (!loaded || !segments) return null;
    let found: [number, number, number, number] | undefined;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    found ??= segments[0];
    if (!found) return null;
    const source = loaded.map.sources[found[1]] ?? '?';
    const relative = path.relative(REPO, path.resolve(this.dist, 'assets', source));
    const file = (relative.startsWith('..') ? source : relative).replace(
      /^.*node_modules\//,
      'node_modules/',
    );
    const text = loaded.map.sourcesContent?.[found[1]]?.split('\n')[found[2]]?.trim() ?? '';
    return { file, line: found[2] + 1, text: text.slice(0, 90) };
  }
}

const IDLE = new Set(['(idle)']);

async function summarizeProfile(
  profile: CpuProfile,
  maps: SourceMaps,
): Promise<Omit<ProfileSummary, 'byTraceEvent'>> {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each sample's time is the gap to the next one.
  for (let i = 0; i < samples.length; i++) {
    const node = samples[i] as number;
    self.set(node, (self.get(node) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (IDLE.has(functionName)) continue;
    busy += ms;
    let file: string;
    let fn: string;
    if (!url) {
      file = functionName || '(anonymous native)';
      fn = file;
    } else if (!functionName && lineNumber === 0 && columnNumber === 0) {
      // A module's top-level code (for a data chunk: building its object literals).
      file = `(top level of ${url.replace(/^https?:\/\/[^/]+\//, '')})`;
      fn = file;
    } else {
      const at = await maps.locate(url, lineNumber, columnNumber);
      file = at?.file ?? url.replace(/^https?:\/\/[^/]+\//, '');
      fn = at ? `${at.file}:${at.line}  ${at.text}` : `${file} ${functionName || '(anonymous)'}`;
    }
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([where, ms]) => ({ where, selfMs: round(ms, 1) }));
  return { busyMs: round(busy, 1), byFile: top(byFile, 12), byFunction: top(byFunction, 15) };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Self time of the renderer main thread by trace event name (nested events subtracted). */
function summarizeTrace(buffer: Buffer): ProfileEntry[] {
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const threads = new Map<string, TraceEvent[]>();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !main.has(thread)) continue;
    threads.set(thread, [...(threads.get(thread) ?? []), e]);
  }
  const self = new Map<string, number>();
  for (const events of threads.values()) {
    events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { end: number; name: string }[] = [];
    for (const e of events) {
      const dur = e.dur ?? 0;
      while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur);
      self.set(e.name, (self.get(e.name) ?? 0) + dur);
      stack.push({ end: e.ts + dur, name: e.name });
    }
  }
  return [...self]
    .map(([where, us]) => ({ where, selfMs: round(us / 1000, 1) }))
    .filter((e) => e.selfMs > 0)
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 12);
}

async function traced(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<ProfileEntry[]> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'v8'] });
  let buffer: Buffer;
  try {
    await run();
  } finally {
    buffer = await browser.stopTracing();
  }
  return summarizeTrace(buffer);
}

async function profiled<T>(
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await run();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile: profile as CpuProfile };
  } finally {
    await cdp.detach();
  }
}

async function profiles(
  browser: Browser,
  base: string,
  json: string,
  maps: SourceMaps,
): Promise<ScaleResults['profiles']> {
  const context = await newContext(browser);
  try {
    // Start-up, twice from a fresh document with the history stored: a CPU profile, then a trace.
    const page = await context.newPage();
    const startupOnce = async (tag: string) => {
      await page.goto(`${base}?profile=${tag}#/`, { waitUntil: 'commit' });
      await page.getByRole('link', { name: /^Study now/ }).waitFor({ state: 'visible' });
    };
    await store(page, base, json);
    const cpuStart = await profiled(page, () => startupOnce('cpu'));
    await store(page, base, json);
    const traceStart = await traced(browser, page, () => startupOnce('trace'));
    // Grading: the study screen loaded and one card graded first (answers and FSRS loaded),
    // then a CPU profile over some cycles, then a trace over as many more.
    await openStudy(page, base, json, 999, DECK_ID);
    await page.evaluate(latencyProbe);
    await gradeCycle(page, 0);
    const cycles = (from: number) => async () => {
      for (let i = from; i < from + PROFILED_GRADES; i++) await gradeCycle(page, i);
    };
    const cpuGrading = await profiled(page, cycles(1));
    const traceGrading = await traced(browser, page, cycles(1 + PROFILED_GRADES));
    return {
      startup: { ...(await summarizeProfile(cpuStart.profile, maps)), byTraceEvent: traceStart },
      grading: {
        ...(await summarizeProfile(cpuGrading.profile, maps)),
        byTraceEvent: traceGrading,
        grades: PROFILED_GRADES,
      },
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

/** Builds the app on a generated 5,000-card deck with a year of history and measures it. */
export async function scaleBench(options: ScaleBenchOptions): Promise<ScaleResults> {
  const say = options.onProgress ?? (() => undefined);
  const base = `http://127.0.0.1:${options.port}/`;
  const now = Date.now();
  const loadAverageAtStart = round(os.loadavg()[0] ?? NaN);

  const { parseDeck } = await import('../src/deck/index.ts');
  const awsPath = 'content/aws-backend-interview.md';
  const aws = parseDeck(await readFile(path.join(REPO, awsPath), 'utf8'), awsPath).deck;
  if (!aws) throw new Error(`${awsPath} does not parse`);
  const { markdown, answerLengths } = generateDeck(aws);
  const { deck: big, parse } = await timeParse(markdown);
  const cardIds = big.sections.flatMap((s) => s.cards.map((c) => c.id));
  say(`deck: ${cardIds.length} cards, ${markdown.length} chars, parsed in ${parse.ms} ms`);

  let tmp: string | null = null;
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    tmp = await prepareRoot(markdown);
    const outDir = path.join(tmp, 'dist');
    say('building…');
    const buildStart = performance.now();
    await buildApp(tmp, outDir);
    const buildMs = round(performance.now() - buildStart, 0);
    const bytes = await measureBundle(outDir);
    say(`built in ${buildMs} ms`);

    server = await preview({
      root: tmp,
      configFile: path.join(REPO, 'vite.config.ts'),
      logLevel: 'silent',
      preview: { port: options.port, strictPort: true, host: '127.0.0.1' },
      build: { outDir },
    });
    browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: [...CHROMIUM_ARGS],
    });

    // The history: a year, or less if a year does not fit in localStorage.
    say('simulating a year of study…');
    const simulationStart = performance.now();
    let history = simulateHistory(cardIds, HISTORY_DAYS, now);
    const simulationMs = round(performance.now() - simulationStart, 0);
    const attempts: ScaleResults['history']['attempts'][number][] = [];
    const probeContext = await newContext(browser);
    let maxChars = 0;
    try {
      const page = await probeContext.newPage();
      maxChars = await storageCapacity(page, base);
      for (const days of [HISTORY_DAYS, 300, 240, 180, 120, 90, 60, 30]) {
        if (days !== HISTORY_DAYS) history = simulateHistory(cardIds, days, now);
        const fit = await fitsInStorage(page, base, history.json);
        attempts.push({
          days,
          reviews: history.progress.log.length,
          jsonChars: history.json.length,
          fits: fit.ok,
          ...(fit.error ? { error: fit.error } : {}),
        });
        say(
          `history ${days} days: ${history.progress.log.length} reviews, ${history.json.length} chars, ${fit.ok ? 'fits' : `does not fit (${fit.error})`}`,
        );
        if (fit.ok) break;
      }
    } finally {
      await probeContext.close();
    }
    if (!attempts.at(-1)?.fits) throw new Error('not even 30 days of history fit in localStorage');

    say('start-up…');
    const startupResults = await startup(browser, base, history.json);
    say(`start-up median ${startupResults.firstVisit.median} ms; study latency, ${CYCLES} cycles…`);
    const latency = await studyLatency(browser, base, history.json);
    say('profiles…');
    const profileResults = await profiles(browser, base, history.json, new SourceMaps(outDir));

    const largest = bytes.largestChunk;
    return {
      date: new Date(now).toISOString(),
      machine: {
        cpus: os.cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: round(os.loadavg()[0] ?? NaN),
      },
      deck: {
        id: DECK_ID,
        cards: cardIds.length,
        sections: big.sections.length,
        markdownBytes: Buffer.byteLength(markdown),
        answerChars: {
          min: Math.min(...answerLengths),
          mean: Math.round(answerLengths.reduce((a, b) => a + b, 0) / answerLengths.length),
          max: Math.max(...answerLengths),
        },
        parse,
      },
      build: {
        ms: buildMs,
        firstScreenJsGzip: bytes.firstScreenJsGzip,
        totalJsGzip: bytes.totalJsGzip,
        largestChunk: {
          name: largest?.name ?? '',
          bytes: largest?.bytes ?? 0,
          gzip: largest?.gzip ?? 0,
        },
      },
      history: {
        days: history.days,
        reviews: history.progress.log.length,
        cardsStudied: Object.keys(history.progress.cards).length,
        jsonChars: history.json.length,
        jsonBytesUtf8: Buffer.byteLength(history.json),
        dueToday: history.dueToday,
        attempts,
        localStorageMaxChars: maxChars,
        simulationMs,
      },
      startup: startupResults,
      studyLatency: {
        cycles: latency.work.length,
        work: summary(latency.work),
        painted: summary(latency.painted),
      },
      profiles: profileResults,
    };
  } finally {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

/** The results as a readable text, one measure a line. */
export function formatScaleResults(r: ScaleResults): string {
  const out: string[] = [];
  const kb = (n: number) => `${round(n / 1024, 1)} KB`;
  const mb = (n: number) => `${round(n / 1024 / 1024, 2)} MiB`;
  const h = r.history;
  out.push(
    `\nPrepDeck at scale (${r.date}; ${r.machine.cpus} CPUs, load average ${r.machine.loadAverageAtStart} at start, ${r.machine.loadAverageAtEnd} at end)`,
  );
  out.push(
    `deck                         ${r.deck.cards} cards in ${r.deck.sections} sections, ${kb(r.deck.markdownBytes)} of markdown, answers ${r.deck.answerChars.min}–${r.deck.answerChars.max} chars (mean ${r.deck.answerChars.mean})`,
  );
  out.push(
    `parseDeck (Node)             ${r.deck.parse.ms} ms; ${r.deck.parse.scaling.map((p) => `${p.cards} cards ${p.ms} ms`).join(', ')}`,
  );
  out.push(
    `build                        ${round(r.build.ms / 1000, 1)} s; first-screen JS ${kb(r.build.firstScreenJsGzip)} gzip, all JS ${kb(r.build.totalJsGzip)} gzip, largest ${r.build.largestChunk.name} ${kb(r.build.largestChunk.bytes)} (${kb(r.build.largestChunk.gzip)} gzip)`,
  );
  for (const a of h.attempts) {
    out.push(
      `history, ${String(a.days).padStart(3)} days            ${a.reviews} reviews, ${a.jsonChars} chars (${mb(a.jsonChars)}): ${a.fits ? 'localStorage takes it' : `localStorage refuses it (${a.error})`}`,
    );
  }
  out.push(
    `history used                 ${h.days} days, ${h.reviews} reviews of ${h.cardsStudied} cards, ${h.dueToday} due today; simulated in ${h.simulationMs} ms`,
  );
  out.push(
    `localStorage capacity        ${h.localStorageMaxChars} ASCII chars under the key (${round((h.jsonChars / h.localStorageMaxChars) * 100, 0)}% used by the history)`,
  );
  const startupLine = (label: string, s: StartupSeries) =>
    `${label.padEnd(29)}median ${s.median} ms (runs ${s.runs.join(', ')}); in the DOM ${s.inDomMedian} ms (runs ${s.inDomRuns.join(', ')}); longest task ${s.longestTaskMedian} ms`;
  out.push(startupLine('start-up, first visit', r.startup.firstVisit));
  out.push(startupLine('  same, nothing saved', r.startup.emptyStorage));
  out.push(startupLine('  same, HTTP cache warm', r.startup.warmCache));
  const l = r.studyLatency;
  out.push(
    `grade → next card in DOM     p50 ${l.work.p50} ms, p95 ${l.work.p95} ms, max ${l.work.max} ms (${l.cycles} cycles)`,
  );
  out.push(
    `grade → next frame painted   p50 ${l.painted.p50} ms, p95 ${l.painted.p95} ms, max ${l.painted.max} ms`,
  );
  for (const [name, p] of [
    ['start-up', r.profiles.startup],
    [`${r.profiles.grading.grades} grades`, r.profiles.grading],
  ] as const) {
    out.push(`\nprofile, ${name}: ${p.busyMs} ms of main-thread time; self time by file:`);
    for (const e of p.byFile) out.push(`  ${String(e.selfMs).padStart(8)} ms  ${e.where}`);
    out.push('  by function:');
    for (const e of p.byFunction) out.push(`  ${String(e.selfMs).padStart(8)} ms  ${e.where}`);
    out.push('  by trace event (another run; renderer main thread, self time):');
    for (const e of p.byTraceEvent) out.push(`  ${String(e.selfMs).padStart(8)} ms  ${e.where}`);
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await scaleBench({
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    port: 4192,
    onProgress: (message) => console.error(`· ${message}`),
  });
  console.log(formatScaleResults(results));
}
