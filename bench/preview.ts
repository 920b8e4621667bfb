/**
 * Add a deck, in Chromium on the built app: from choosing a 1 MB document in "Files to add" to
 * its preview drawn (the card count and the question list in the DOM, then the next frame), on
 * the generated README of bench/import.ts and on a README written like the React interview one.
 * A fresh context and page for every run (nothing cached, as a first use: the importer's Worker
 * is fetched when the file is chosen); one warm-up run, then the median of RUNS.
 *
 *   npx tsx bench/preview.ts              (builds the app into a temporary folder first)
 *   npx tsx bench/preview.ts --dist dist  (an app already built)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/serve-static.ts';
import { REPO } from './config.ts';
import { reactReadme, readme } from './import.ts';
import { median, round } from './stats.ts';

const RUNS = 5;

/**
 * When the file is chosen: once the app is installed (its service worker has cached it for
 * offline use, as on every visit after the first), or on the very first visit while the
 * service worker still downloads and stores the app, which competes for the CPU.
 */
type Moment = 'installed' | 'first visit';

/** One document's runs. */
export interface PreviewFigure {
  readonly document: string;
  readonly moment: Moment;
  readonly bytes: number;
  /** What the preview said, e.g. "2,645 cards in 106 sections". */
  readonly count: string;
  /** Question rows drawn at first (the list draws the first ones, then "Show all"). */
  readonly rows: number;
  /** File chosen (the input's change event) → count and question list in the DOM, laid out. */
  readonly inDomMs: readonly number[];
  /** The same to the next frame after it (what the user sees). */
  readonly paintedMs: readonly number[];
  readonly inDomMedian: number;
  readonly paintedMedian: number;
  /** Longest main-thread task in that time (median over the runs): did the page freeze? */
  readonly longestTaskMedian: number;
}

export interface PreviewLatency {
  readonly runs: number;
  readonly loadAverageAtStart: number;
  readonly loadAverageAtEnd: number;
  readonly documents: readonly PreviewFigure[];
}

interface Sample {
  readonly inDom: number;
  readonly painted: number;
  readonly longestTask: number;
  readonly count: string;
  readonly rows: number;
}

/** Installs the probe: `window.__preview` resolves when the preview of the chosen file is drawn. */
function previewProbe() {
  const w = window as unknown as { __preview: Promise<Sample> };
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  w.__preview = new Promise<Sample>((resolve, reject) => {
    const seen = { chosenAt: 0, longestTask: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (seen.chosenAt && entry.startTime >= seen.chosenAt) {
          seen.longestTask = Math.max(seen.longestTask, entry.duration);
        }
      }
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'change',
      (event) => {
        if ((event.target as HTMLElement).getAttribute('aria-label') === 'Files to add') {
          seen.chosenAt = performance.now();
        }
      },
      { capture: true },
    );
    new MutationObserver((_, observer) => {
      if (!seen.chosenAt) return;
      const preview = document.querySelector('.add-deck-preview');
      const failed = preview?.querySelector('[role="alert"]');
      if (failed) {
        observer.disconnect();
        reject(new Error(`no preview: ${failed.textContent}`));
        return;
      }
      const count = preview?.querySelector('.add-deck-count');
      const rows = preview?.querySelectorAll('ol[aria-label="Questions"] > li').length ?? 0;
      if (!count || rows === 0) return;
      observer.disconnect();
      void document.body.offsetHeight;
      const inDom = performance.now() - seen.chosenAt;
      // The frame that shows it: after the next animation frame has been produced.
      requestAnimationFrame(() =>
        setTimeout(() =>
          resolve({
            inDom,
            painted: performance.now() - seen.chosenAt,
            longestTask: seen.longestTask,
            count: count.textContent ?? '',
            rows,
          }),
        ),
      );
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function once(browser: Browser, url: string, file: string, moment: Moment): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}#/add-deck`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'Add a deck' }).waitFor();
    // A person looks at the screen before choosing a file: let it go idle.
    await page.waitForLoadState('networkidle');
    if (moment === 'installed') {
      await page.evaluate(() => navigator.serviceWorker?.ready.then(() => true));
    }
    await page.evaluate(previewProbe);
    // A file on disk, as a person picks one: Playwright hands its path to Chromium. (A buffer
    // would be sent as base64 and rebuilt by script in the page, work no user's page does.)
    await page.getByLabel('Files to add').setInputFiles(file);
    return await page.evaluate(
      () => (window as unknown as { __preview: Promise<Sample> }).__preview,
    );
  } finally {
    await context.close();
  }
}

/** Runs the measurement against a built app at `url` (served with its base path). */
export async function previewLatency(url: string, runs = RUNS): Promise<PreviewLatency> {
  const loadAverageAtStart = round(os.loadavg()[0] ?? 0, 1);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const documents: PreviewFigure[] = [];
  const folder = await mkdtemp(path.join(os.tmpdir(), 'prepdeck-documents-'));
  try {
    for (const [name, text] of [
      ['readme', readme()],
      ['react-readme', reactReadme()],
    ] as const) {
      const buffer = Buffer.from(text, 'utf8');
      const file = path.join(folder, `${name}.md`);
      await writeFile(file, buffer);
      for (const moment of ['installed', 'first visit'] as const) {
        await once(browser, url, file, moment); // warm-up
        const samples: Sample[] = [];
        for (let i = 0; i < runs; i++) samples.push(await once(browser, url, file, moment));
        const last = samples.at(-1);
        documents.push({
          document: name,
          moment,
          bytes: buffer.byteLength,
          count: last?.count ?? '',
          rows: last?.rows ?? 0,
          inDomMs: samples.map((s) => round(s.inDom, 1)),
          paintedMs: samples.map((s) => round(s.painted, 1)),
          inDomMedian: median(samples.map((s) => s.inDom)),
          paintedMedian: median(samples.map((s) => s.painted)),
          longestTaskMedian: median(samples.map((s) => s.longestTask)),
        });
      }
    }
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
  return {
    runs,
    loadAverageAtStart,
    loadAverageAtEnd: round(os.loadavg()[0] ?? 0, 1),
    documents,
  };
}

export function formatPreviewLatency(r: PreviewLatency): string {
  return [
    `Add a deck, 1 MB file chosen → preview drawn (Chromium, median of ${r.runs}; load average ${r.loadAverageAtStart} at start, ${r.loadAverageAtEnd} at end):`,
    ...r.documents.map(
      (d) =>
        `  ${d.document.padEnd(13)} ${d.moment.padEnd(12)} ${(d.bytes / 1024 / 1024).toFixed(2)} MB  painted ${d.paintedMedian} ms (runs ${d.paintedMs.join(', ')}); in the DOM ${d.inDomMedian} ms; longest task ${d.longestTaskMedian} ms; "${d.count}", ${d.rows} rows drawn`,
    ),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dist');
  let dist = i >= 0 ? process.argv[i + 1] : undefined;
  let tmp: string | undefined;
  if (!dist) {
    // Not dist/: the end-to-end tests build and serve that one.
    tmp = await mkdtemp(path.join(os.tmpdir(), 'prepdeck-preview-'));
    dist = tmp;
    await build({
      root: REPO,
      configFile: path.join(REPO, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true },
    });
  }
  const server = await serveStatic({ root: dist });
  try {
    const result = await previewLatency(server.url);
    console.log(formatPreviewLatency(result));
    console.log(JSON.stringify(result));
  } finally {
    await server.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}
