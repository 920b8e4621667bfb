/**
 * Sync between devices, in Chromium on the built app, against the development sync server
 * (scripts/sync-server.ts: express-pouchdb in memory, in this process, on 127.0.0.1 from port
 * 5990, with a user and password), each device a browser context of its own:
 *
 * 1. first sync: device A holds 5 years of history for 5,000 cards (bench/durability.ts's
 *    learner, saved as the app keeps it: recent reviews in localStorage, older ones in
 *    IndexedDB); "Start syncing…" → the "Before syncing" plan in the DOM, then "Merge and
 *    sync" → the header's "Synced just now"; then what the server holds (documents, bytes);
 * 2. empty devices join the same database, the same two steps, then until the device has
 *    saved every review (`prepdeck:progress` written holding them all, the archive counted):
 *    B stays on Settings, C goes to Home as it clicks (Settings is not drawn again);
 * 3. steady state: a grade on one device (Space, then `3`, in a study session of chosen AWS
 *    cards) → the other device's open Stats screen counting it (the accessible name of
 *    "Reviews per day…" changed in its DOM): two fresh devices on a new database, and A → B,
 *    which hold the 5 years.
 *
 * Times are read in the pages (epoch ms from `performance.timeOrigin`, one clock for every
 * page of the machine), with each step's long tasks, badge texts and requests to the server.
 * Each step starts once the page has had no long task for a second. The history's cards are
 * in no deck here (`bench/card-N`): Settings lists them as progress of cards no deck has.
 *
 *   npx tsx bench/sync.ts --dist dist      (an app already built by `npm run build`)
 *   npx tsx bench/sync.ts                  (builds the app into a temporary folder first)
 * from the repository root (the AWS deck is read from content/).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { startSyncServer, type SyncServer } from '../scripts/sync-server.ts';
import { savedProgressWithHistory } from '../src/store/tools/index.ts';
import { REPO } from './config.ts';
import { deckKeys } from './core.ts';
import { historyForBench } from './durability.ts';
import { median, percentile, round } from './stats.ts';
import { newContext, store } from './storage-probes.ts';

const YEARS = 5;
const CARDS = 5_000;
/** Grades timed in each steady-state series (after one warm-up grade). */
const GRADES = 10;
const FIRST_PORT = 5990;
const USER = 'bench';
const PASSWORD = 'bench-password';
const PASSPHRASE = 'benchmark passphrase';
const DAY = 86_400_000;
/** The longest any one step may take before the benchmark gives up on it. */
const STEP_TIMEOUT = 120_000;

type Saved = ReturnType<typeof savedProgressWithHistory>;

/** What the probe in each page records (epoch ms). */
interface Probe {
  /** Button text → when it was last clicked. */
  clicks: Record<string, number>;
  /** The "Before syncing" group in the DOM, after "Start syncing…". */
  plan: number;
  /** The badge's "Synced just now", after "Merge and sync". */
  synced: number;
  /** The header badge's texts, as they change: [when, text]. */
  badge: [number, string][];
  /** Long tasks: [start, duration]. */
  tasks: [number, number][];
  /** Each save of the progress: [when, reviews it holds (localStorage and archive)]. */
  saves: [number, number][];
  storageErrors: string[];
  /** The Stats screen's "Reviews per day…" name, as it changes: [when, name]. */
  labels: [number, string][];
  /** Key `3` pressed. */
  graded: number[];
  /** Save banners shown (progress not saved, storage nearly full…): [when, text]. */
  banners: [number, string][];
}

/**
 * Installs the probe (no named inner functions: tsx would wrap them in a helper the page does
 * not have).
 */
function syncProbe() {
  const p: Probe = {
    clicks: {},
    plan: 0,
    synced: 0,
    badge: [],
    tasks: [],
    saves: [],
    storageErrors: [],
    labels: [],
    graded: [],
    banners: [],
  };
  (window as unknown as { __sync: Probe }).__sync = p;
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest('button');
      if (button)
        p.clicks[button.textContent?.trim() ?? ''] = performance.timeOrigin + performance.now();
    },
    { capture: true },
  );
  addEventListener(
    'keydown',
    (event) => event.key === '3' && p.graded.push(performance.timeOrigin + performance.now()),
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      p.tasks.push([performance.timeOrigin + e.startTime, e.duration]);
    }
  }).observe({ type: 'longtask' });
  // Each save of the progress, with how many reviews it holds once written.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    try {
      setItem.call(this, key, value);
    } catch (error) {
      if (key === 'prepdeck:progress') p.storageErrors.push(String(error));
      throw error;
    }
    if (key === 'prepdeck:progress') {
      const when = performance.timeOrigin + performance.now();
      const saved = JSON.parse(value) as { state: { log: unknown[]; history?: { count: number } } };
      p.saves.push([when, saved.state.log.length + (saved.state.history?.count ?? 0)]);
    }
  };
  new MutationObserver(() => {
    const now = performance.timeOrigin + performance.now();
    if (!p.plan && p.clicks['Start syncing…']) {
      if (document.querySelector('[role="group"][aria-label="Before syncing"]')) p.plan = now;
    }
    const text = document.querySelector('a.sync-badge')?.textContent ?? '';
    if (text !== (p.badge.at(-1)?.[1] ?? '')) p.badge.push([now, text]);
    if (!p.synced && p.clicks['Merge and sync'] && text === 'Synced just now') p.synced = now;
    const label =
      document
        .querySelector('[role="img"][aria-label^="Reviews per day over"]')
        ?.getAttribute('aria-label') ?? '';
    if (label && label !== (p.labels.at(-1)?.[1] ?? '')) p.labels.push([now, label]);
    const banners = [...document.querySelectorAll('.banner p')].map((b) => b.textContent);
    const shown = banners.join(' | ') || '(no banner)';
    if (shown !== (p.banners.at(-1)?.[1] ?? '(no banner)')) p.banners.push([now, shown]);
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
}

const readProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sync: Probe }).__sync);

/** Requests a page made to the sync server: [start, end] epoch ms, method and path. */
interface ServerRequest {
  readonly start: number;
  readonly end: number;
  readonly what: string;
}

function recordRequests(page: Page, server: string): ServerRequest[] {
  const list: ServerRequest[] = [];
  page.on('requestfinished', (request: Request) => {
    if (!request.url().startsWith(server)) return;
    const timing = request.timing();
    list.push({
      start: timing.startTime,
      end: timing.startTime + timing.responseEnd,
      what: `${request.method()} ${new URL(request.url()).pathname.split('/').slice(2).join('/')}`,
    });
  });
  return list;
}

/** A new device (browser context) with `saved` progress, on Home, with the probe installed. */
async function device(browser: Browser, url: string, saved: Saved | null): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await store(page, url, saved?.local ?? null, saved?.history);
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate(syncProbe);
  return page;
}

async function openScreen(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click();
}

interface Joined {
  /** Settings clicked in the navigation → its sync fields usable (read from Node). */
  readonly settingsMs: number;
  /** "Start syncing…" → "Before syncing" in the DOM. */
  readonly planMs: number;
  /** What the plan said. */
  readonly plan: readonly string[];
  /** "Merge and sync" clicked (epoch ms). */
  readonly mergeAt: number;
  /** "Merge and sync" → "Synced just now". */
  readonly syncedMs: number;
}

/** Waits until the page has had no long task for a second (the screen settled). */
async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (window as unknown as { __sync: Probe }).__sync.tasks.every(
        ([start, duration]) =>
          start + duration < performance.timeOrigin + performance.now() - 1_000,
      ),
    null,
    { timeout: STEP_TIMEOUT, polling: 250 },
  );
}

/**
 * Settings › Sync, filled in and started, as a person does it; times read in the page. With
 * `thenHome`, the page goes to Home as "Merge and sync" is clicked (Settings is not drawn
 * again with what the merge brings).
 */
async function setUpSync(page: Page, database: string, thenHome = false): Promise<Joined> {
  const opening = Date.now();
  await openScreen(page, 'Settings');
  const panel = page.getByRole('region', { name: 'Sync between devices' });
  for (const [label, value] of [
    ['Database address', database],
    ['User name', USER],
    ['Password', PASSWORD],
    ['Encryption passphrase', PASSPHRASE],
  ] as const) {
    await panel.getByLabel(label, { exact: true }).fill(value, { timeout: STEP_TIMEOUT });
  }
  const settingsMs = Date.now() - opening;
  await quiet(page);
  await panel.getByRole('button', { name: 'Start syncing…' }).click();
  const group = panel.getByRole('group', { name: 'Before syncing' });
  await group.waitFor({ timeout: STEP_TIMEOUT });
  const plan = await group.getByRole('listitem').allInnerTexts();
  await quiet(page);
  if (thenHome) {
    // Home in the same task as the click, before the merge changes anything Settings shows.
    await page.evaluate(() => {
      [...document.querySelectorAll('button')]
        .find((button) => button.textContent === 'Merge and sync')
        ?.click();
      location.hash = '#/';
    });
  } else await group.getByRole('button', { name: 'Merge and sync' }).click();
  await page.waitForFunction(
    () => (window as unknown as { __sync: Probe }).__sync.synced > 0,
    null,
    { timeout: STEP_TIMEOUT, polling: 100 },
  );
  const probe = await readProbe(page);
  const mergeAt = probe.clicks['Merge and sync'] ?? NaN;
  return {
    settingsMs,
    planMs: round(probe.plan - (probe.clicks['Start syncing…'] ?? NaN), 0),
    plan,
    mergeAt,
    syncedMs: round(probe.synced - mergeAt, 0),
  };
}

/** Long tasks in [from, to]: the longest, and their sum (ms). */
function longTasks(probe: Probe, from: number, to: number) {
  const within = probe.tasks.filter(([start]) => start >= from && start <= to);
  return {
    longestTaskMs: round(Math.max(0, ...within.map(([, d]) => d)), 0),
    longTasksMs: round(
      within.reduce((n, [, d]) => n + d, 0),
      0,
    ),
  };
}

/** The badge's texts from `from` on, as "+ms text". */
const badgeSteps = (probe: Probe, from: number) =>
  probe.badge.filter(([t]) => t >= from).map(([t, text]) => `+${round(t - from, 0)} ms ${text}`);

/** A page's requests to the sync server started in [from, to], by kind: count, first start, last end. */
function traffic(requests: readonly ServerRequest[], from: number, to: number): Traffic[] {
  const kinds = new Map<string, Traffic>();
  for (const r of requests) {
    if (r.start < from || r.start > to) continue;
    const kind = r.what
      .replace(/ _local\/.*/, ' _local (checkpoint)')
      .replace(/^(\w+) [^_].*/, '$1 (a document)');
    const was = kinds.get(kind);
    kinds.set(kind, {
      kind,
      count: (was?.count ?? 0) + 1,
      firstMs: Math.min(was?.firstMs ?? Infinity, round(r.start - from, 0)),
      lastEndMs: Math.max(was?.lastEndMs ?? 0, round(r.end - from, 0)),
    });
  }
  return [...kinds.values()].sort((x, y) => x.firstMs - y.firstMs);
}

interface Traffic {
  /** Method and path in the database, e.g. "POST _bulk_docs". */
  readonly kind: string;
  readonly count: number;
  /** From the click: the first such request sent, the last one answered (ms). */
  readonly firstMs: number;
  readonly lastEndMs: number;
}

/** What the server holds in a database, as its owner reads it. */
async function serverHolds(database: string): Promise<{ documents: number; bytes: number }> {
  const response = await fetch(`${database}/_all_docs?include_docs=true`, {
    headers: { Authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
  });
  const body = Buffer.from(await response.arrayBuffer());
  const { rows } = JSON.parse(body.toString('utf8')) as { rows: unknown[] };
  return { documents: rows.length, bytes: body.byteLength };
}

async function newDatabase(server: SyncServer, name: string): Promise<string> {
  const response = await fetch(`${server.url}/${name}`, {
    method: 'PUT',
    headers: { Authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
  });
  if (!response.ok) throw new Error(`could not create ${name}: ${response.status}`);
  return `${server.url}/${name}`;
}

/** The sync server on the first free port from `FIRST_PORT`. */
async function freeSyncServer(): Promise<SyncServer> {
  for (let port = FIRST_PORT; port < FIRST_PORT + 50; port++) {
    try {
      return await startSyncServer({ port, user: USER, password: PASSWORD });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`no free port from ${FIRST_PORT}`);
}

/** "…: 1,234 reviews on 5 days" → 1234. */
const reviewsIn = (label: string) =>
  Number(/: ([\d,]+) reviews?/.exec(label)?.[1]?.replaceAll(',', '') ?? NaN);

export interface Steady {
  readonly grades: number;
  /** Key `3` on the studying device → the other's Stats screen counting the review (DOM), ms. */
  readonly latenciesMs: readonly number[];
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/**
 * Grades `cards` (the first one a warm-up) one at a time on `from`, each time waiting for `to`'s
 * open Stats screen to count it.
 */
async function steadyLatency(from: Page, to: Page, cards: readonly string[]): Promise<Steady> {
  await openScreen(to, 'Stats');
  await to.getByRole('img', { name: /^Reviews per day over/ }).waitFor();
  // The name is read after the screen has settled (older reviews loaded, if any).
  await to.waitForTimeout(1_000);
  const startLabel = (await readProbe(to)).labels.at(-1)?.[1] ?? '';
  const start = reviewsIn(startLabel);
  if (!Number.isFinite(start)) throw new Error(`Stats says "${startLabel}"`);
  const ids = cards.map((key) => key.split('/')[1]).join(',');
  await from.evaluate((hash) => {
    location.hash = hash;
  }, `#/decks/aws-backend-interview/study?set=cards:${ids}`);
  const question = from.locator('#card-question');
  const latencies: number[] = [];
  for (let i = 0; i < cards.length; i++) {
    await question.waitFor();
    const shown = await question.innerText();
    await from.keyboard.press('Space');
    await from.getByRole('region', { name: 'Answer', exact: true }).waitFor();
    await from.keyboard.press('3');
    await to.waitForFunction(
      (n) => {
        const label = (window as unknown as { __sync: Probe }).__sync.labels.at(-1)?.[1] ?? '';
        const count = /: ([\d,]+) reviews?/.exec(label)?.[1]?.replaceAll(',', '');
        return Number(count ?? NaN) >= n;
      },
      start + i + 1,
      { timeout: 30_000, polling: 50 },
    );
    const pressed = (await readProbe(from)).graded.at(-1) ?? NaN;
    const seen = (await readProbe(to)).labels.find(
      ([t, l]) => t >= pressed && reviewsIn(l) > start + i,
    );
    if (i > 0) latencies.push(round((seen?.[0] ?? NaN) - pressed, 0));
    if (i < cards.length - 1) {
      await from.waitForFunction(
        (text) =>
          (document.querySelector('#card-question') as HTMLElement | null)?.innerText !== text,
        shown,
      );
    }
  }
  return {
    grades: latencies.length,
    latenciesMs: latencies,
    median: median(latencies),
    p95: round(percentile(latencies, 95), 0),
    max: Math.max(...latencies),
  };
}

/** One device's first sync, from Settings. */
export interface Join extends Joined {
  /** Long tasks from "Merge and sync" to "Synced just now" (or to every review saved). */
  readonly longestTaskMs: number;
  readonly longTasksMs: number;
  /** The header badge's texts from "Merge and sync" on. */
  readonly badge: readonly string[];
  /** Requests to the sync server from "Merge and sync" to "Synced just now". */
  readonly traffic: readonly Traffic[];
  /** Reviews the device should hold once synced (0: not watched). */
  readonly expected: number;
  /** "Merge and sync" → progress saved with every review (null: not within a minute). */
  readonly allSavedMs: number | null;
  readonly reviewsSaved: number;
  /** Saves of the progress that failed, and save banners shown, from "Merge and sync" on. */
  readonly storageErrors: readonly string[];
  readonly banners: readonly string[];
}

/**
 * A device joins `database` from Settings: the plan, "Merge and sync", until it says "Synced
 * just now" and has saved `reviews` reviews.
 */
async function join(
  page: Page,
  server: SyncServer,
  database: string,
  reviews: number,
  thenHome = false,
): Promise<Join> {
  const requests = recordRequests(page, server.url);
  const joined = await setUpSync(page, database, thenHome);
  const synced = joined.mergeAt + joined.syncedMs;
  let allSavedAt: number | null = null;
  if (reviews > 0) {
    try {
      await page.waitForFunction(
        (n) => (window as unknown as { __sync: Probe }).__sync.saves.some(([, c]) => c >= n),
        reviews,
        { timeout: 60_000, polling: 250 },
      );
      allSavedAt = (await readProbe(page)).saves.find(([, n]) => n >= reviews)?.[0] ?? null;
    } catch {
      // told: not every review saved within the minute
    }
  }
  // The badge may say "Synced" and go back to "Syncing…" (one direction paused before the
  // other started): read it once it has said "Synced just now" for a second.
  await page
    .waitForFunction(
      () => {
        const last = (window as unknown as { __sync: Probe }).__sync.badge.at(-1);
        return (
          last?.[1] === 'Synced just now' &&
          last[0] < performance.timeOrigin + performance.now() - 1_000
        );
      },
      null,
      { timeout: 30_000, polling: 250 },
    )
    .catch(() => undefined); // the badge's steps tell where it stopped
  const probe = await readProbe(page);
  return {
    ...joined,
    ...longTasks(probe, joined.mergeAt, Math.max(synced, allSavedAt ?? 0)),
    badge: badgeSteps(probe, joined.mergeAt),
    traffic: traffic(requests, joined.mergeAt, synced),
    expected: reviews,
    allSavedMs: allSavedAt === null ? null : round(allSavedAt - joined.mergeAt, 0),
    reviewsSaved: Math.max(0, ...probe.saves.map(([, n]) => n)),
    storageErrors: probe.storageErrors,
    banners: probe.banners
      .filter(([t]) => t >= joined.mergeAt)
      .map(([t, text]) => `+${round(t - joined.mergeAt, 0)} ms ${text}`),
  };
}

export interface SyncLatency {
  readonly date: string;
  readonly cpus: number;
  readonly loadAverageAtStart: number;
  readonly loadAverageAtEnd: number;
  readonly history: {
    readonly years: number;
    readonly cards: number;
    readonly reviews: number;
    /** Characters in localStorage, and the months archived in IndexedDB. */
    readonly localChars: number;
    readonly archivedMonths: number;
  };
  /** Device A, holding the history, syncs first with an empty database. */
  readonly first: Join & {
    /** What the server holds once A says "Synced just now". */
    readonly server: { readonly documents: number; readonly bytes: number };
  };
  /** Device B, empty, joins, and stays on Settings (as a person may, waiting). */
  readonly join: Join;
  /** Device C, empty, joins and goes to Home at once (Settings is not drawn again). */
  readonly joinHome: Join;
  /** Two fresh devices, a new database: a grade on one → the other's Stats. */
  readonly steadyFresh: Steady;
  /** A → B, both holding the 5 years. */
  readonly steadyHistory: Steady | null;
}

/** Runs the measurement against a built app at `url` (served with its base path). */
export async function syncLatency(
  url: string,
  options: { readonly onProgress?: (message: string) => void } = {},
): Promise<SyncLatency> {
  const say = options.onProgress ?? (() => undefined);
  const loadAverageAtStart = round(os.loadavg()[0] ?? NaN, 2);
  const now = Math.floor(Date.now() / DAY) * DAY;
  say(`generating ${YEARS} years of history for ${CARDS} cards…`);
  const progress = historyForBench(CARDS, YEARS, now);
  const saved = savedProgressWithHistory(progress, now);
  const reviews = progress.log.length;
  const keys = await deckKeys();
  const server = await freeSyncServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const database = await newDatabase(server, 'bench-history');
    // 1. Device A, with the history, first.
    say(`device A (${reviews} reviews) syncs first with ${database}…`);
    const a = await device(browser, url, saved);
    const aJoined = await join(a, server, database, 0);
    const first = { ...aJoined, server: await serverHolds(database) };
    say(`A: plan ${first.planMs} ms, synced ${first.syncedMs} ms; ${JSON.stringify(first.server)}`);

    // 2. Device B, empty, joins and stays on Settings; C, empty, joins and goes Home.
    say('device B (empty) joins…');
    const b = await device(browser, url, null);
    const bJoined = await join(b, server, database, reviews);
    say(
      `B: plan ${bJoined.planMs} ms, synced ${bJoined.syncedMs} ms, saved ${bJoined.allSavedMs} ms`,
    );
    say('device C (empty) joins…');
    const c = await device(browser, url, null);
    const joinHome = await join(c, server, database, reviews, true);
    say(
      `C: plan ${joinHome.planMs} ms, synced ${joinHome.syncedMs} ms, saved ${joinHome.allSavedMs} ms`,
    );
    await c.context().close();

    // 3. Steady state, with the history: A grades, B's Stats counts.
    say('steady state, A → B, with the history…');
    let steadyHistory: Steady | null = null;
    try {
      steadyHistory = await steadyLatency(a, b, keys.slice(0, GRADES + 1));
    } catch (error) {
      say(`steady state with the history failed: ${String(error)}`);
    }
    await a.context().close();
    await b.context().close();

    // …and with two fresh devices on a new database.
    say('steady state, two fresh devices…');
    const fresh = await newDatabase(server, 'bench-fresh');
    const laptop = await device(browser, url, null);
    await setUpSync(laptop, fresh);
    const phone = await device(browser, url, null);
    await setUpSync(phone, fresh);
    const steadyFresh = await steadyLatency(
      laptop,
      phone,
      keys.slice(GRADES + 1, 2 * (GRADES + 1)),
    );
    await laptop.context().close();
    await phone.context().close();

    return {
      date: new Date().toISOString(),
      cpus: os.cpus().length,
      loadAverageAtStart,
      loadAverageAtEnd: round(os.loadavg()[0] ?? NaN, 2),
      history: {
        years: YEARS,
        cards: CARDS,
        reviews,
        localChars: saved.local.length,
        archivedMonths: saved.history.length,
      },
      first,
      join: bJoined,
      joinHome,
      steadyFresh,
      steadyHistory,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('en')} ms`);

export function formatSyncLatency(r: SyncLatency): string {
  const steady = (name: string, s: Steady | null) =>
    s
      ? `  ${name}: median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)} (${s.grades} grades: ${s.latenciesMs.join(', ')})`
      : `  ${name}: not measured`;
  const all = r.history.reviews.toLocaleString('en');
  const joined = (j: Join) => [
    `  Settings opened → its fields usable ${ms(j.settingsMs)}`,
    `  "Start syncing…" → plan shown ${ms(j.planMs)}: ${j.plan.join(' ')}`,
    `  "Merge and sync" → "Synced just now" ${ms(j.syncedMs)}` +
      (j.expected > 0
        ? `; → every review saved ${j.allSavedMs === null ? 'not within a minute' : ms(j.allSavedMs)} (${j.reviewsSaved.toLocaleString('en')} of ${j.expected.toLocaleString('en')})`
        : ''),
    `  long tasks ${ms(j.longTasksMs)} in all, longest ${ms(j.longestTaskMs)}`,
    `  badge: ${j.badge.join(' · ')}`,
    `  requests: ${j.traffic.map((x) => `${x.kind} ×${x.count} ${x.firstMs}–${x.lastEndMs} ms`).join('; ')}`,
    ...(j.storageErrors.length ? [`  failed saves: ${j.storageErrors.join('; ')}`] : []),
    ...(j.banners.length ? [`  banners: ${j.banners.join(' · ')}`] : []),
  ];
  return [
    `Sync, Chromium, built app ↔ development sync server on 127.0.0.1 (${r.cpus} CPUs; load average ${r.loadAverageAtStart} at start, ${r.loadAverageAtEnd} at end):`,
    `History: ${r.history.years} years × ${r.history.cards.toLocaleString('en')} cards, ${all} reviews (${(r.history.localChars / 1e6).toFixed(2)} M chars in localStorage, ${r.history.archivedMonths} months in IndexedDB)`,
    `1. First sync, device A holding the history:`,
    ...joined(r.first),
    `  the server then holds ${r.first.server.documents} documents, ${(r.first.server.bytes / 1e6).toFixed(2)} MB (_all_docs?include_docs=true)`,
    `2a. Device B, empty, joins (stays on Settings):`,
    ...joined(r.join),
    `2b. Device C, empty, joins (goes to Home as it clicks "Merge and sync"):`,
    ...joined(r.joinHome),
    `3. Steady state, key 3 on one device → the other's open Stats screen counts it (DOM):`,
    steady('two fresh devices', r.steadyFresh),
    steady(`A → B, both with the ${r.history.years} years`, r.steadyHistory),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dist');
  const dist = i >= 0 ? process.argv[i + 1] : undefined;
  // Served from a copy: the browser tests rebuild dist/ (`npm run build`) whenever they start.
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'prepdeck-sync-'));
  if (dist) await cp(dist, tmp, { recursive: true });
  else {
    await build({
      root: REPO,
      configFile: path.join(REPO, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true },
    });
  }
  const server = await serveStatic({ root: tmp });
  try {
    const result = await syncLatency(server.url, {
      onProgress: (message) => console.error(`· ${message}`),
    });
    console.log(formatSyncLatency(result));
    console.log(JSON.stringify(result));
  } finally {
    await server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
