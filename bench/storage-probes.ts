/** Browser measurements: storage capacity and start-up, from navigation start to the study link. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DB_NAME, DB_STORES, DB_VERSION, STORAGE_KEY } from '../src/store/tools/index.ts';
import { STARTUP_RUNS } from './config.ts';
import { median, round } from './stats.ts';
import type { ScaleResults, StartupSeries } from './types.ts';

export async function newContext(browser: Browser): Promise<BrowserContext> {
  // UTC, like the simulated history, so study days line up. No service worker: these runs
  // measure the app, not the precache filling up in the background.
  return browser.newContext({
    viewport: { width: 1280, height: 860 },
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  });
}

/**
 * Saves `json` as the progress, and `history` as the archived reviews in IndexedDB, from a
 * document that runs no app code (the favicon).
 */
export async function store(
  page: Page,
  base: string,
  json: string | null,
  history: readonly (readonly [string, unknown])[] = [],
): Promise<void> {
  await page.goto(`${base}favicon.svg`);
  await page.evaluate(
    async ({ key, value, db, version, stores, chunks }) => {
      localStorage.clear();
      if (value !== null) localStorage.setItem(key, value);
      // The journal of an earlier round would replay its grades over the progress just stored.
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(db);
        request.onsuccess = request.onerror = request.onblocked = done;
      });
      if (chunks.length === 0) return;
      await new Promise<void>((done, fail) => {
        const request = indexedDB.open(db, version);
        request.onupgradeneeded = () => {
          for (const [name, options] of stores) request.result.createObjectStore(name, options);
        };
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('history', 'readwrite');
          for (const [chunkKey, chunk] of chunks) tx.objectStore('history').put(chunk, chunkKey);
          tx.oncomplete = () => {
            request.result.close();
            done();
          };
        };
      });
    },
    {
      key: STORAGE_KEY,
      value: json,
      db: DB_NAME,
      version: DB_VERSION,
      stores: DB_STORES,
      chunks: history,
    },
  );
}

/** Whether localStorage takes `json` under the progress key (and gives it back). */
export async function fitsInStorage(
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
export async function storageCapacity(page: Page, base: string): Promise<number> {
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

/** Records, in every document, when Home's study link is in the DOM, and long tasks. */
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
    const link = document.querySelector('.home-study a');
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

export async function startup(
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
