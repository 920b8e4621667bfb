/**
 * From a click on Cards, Quiz, Mock, Stats or Settings in the header to that screen's heading
 * painted, in Chromium on the built app served locally: the first time each screen opens in a
 * visit (after the first screen went idle, as a person reads it first), and again later.
 * Also counts how often the "Loading…" placeholder showed.
 *
 *   npm run build && npx tsx bench/route-latency.ts
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/serve-static.ts';

/** Header link → the heading its screen shows. */
const SCREENS: readonly (readonly [link: string, heading: string])[] = [
  ['Cards', 'Cards'],
  ['Quiz', 'Quiz'],
  ['Mock', 'Mock interview'],
  ['Stats', 'Statistics'],
  ['Settings', 'Settings'],
];

interface Summary {
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Clicks after which the "Loading…" placeholder was seen. */
  readonly placeholders: number;
}

export interface RouteLatency {
  readonly firstOpen: Summary;
  readonly again: Summary;
  /** Median per screen, first open and again. */
  readonly byScreen: Readonly<Record<string, { firstOpen: number; again: number }>>;
}

type Sample = { readonly screen: string; readonly ms: number; readonly placeholder: boolean };

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

function summarise(samples: readonly Sample[]): Summary {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? NaN),
    placeholders: samples.filter((s) => s.placeholder).length,
  };
}

/** Clicks a header link and times it, in the page, up to the frame after the heading appears. */
async function timedClick(page: Page, link: string, heading: string) {
  const measured = page.evaluate(
    (expected) =>
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      new Promise<{ ms: number; placeholder: boolean }>((resolve) => {
        const seen = { clickedAt: 0, placeholder: false };
        document.addEventListener('click', () => (seen.clickedAt = performance.now()), {
          capture: true,
          once: true,
        });
        new MutationObserver((_, observer) => {
          if (document.querySelector('main .loading')) seen.placeholder = true;
          if (!seen.clickedAt || document.querySelector('main h1')?.textContent !== expected)
            return;
          observer.disconnect();
          // The frame that shows it: after the next animation frame has been produced.
          requestAnimationFrame(() =>
            setTimeout(() =>
              resolve({ ms: performance.now() - seen.clickedAt, placeholder: seen.placeholder }),
            ),
          );
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    heading,
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  return measured;
}

async function home(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

/** Runs the measurement against a built app at `url` (served with its base path). */
export async function routeLatency(url: string, visits = 8): Promise<RouteLatency> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const first: Sample[] = [];
  const again: Sample[] = [];
  try {
    for (let visit = 0; visit < visits; visit++) {
      // A fresh profile each visit: nothing cached, no service worker, as a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.locator('main h1').first().waitFor();
      // A person reads the first screen before clicking: let it go idle.
      await page.waitForLoadState('networkidle');
      for (const [link, heading] of SCREENS) {
        first.push({ screen: link, ...(await timedClick(page, link, heading)) });
        await home(page);
      }
      for (let round = 0; round < 2; round++) {
        for (const [link, heading] of SCREENS) {
          again.push({ screen: link, ...(await timedClick(page, link, heading)) });
          await home(page);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (list: Sample[], screen: string) =>
    summarise(list.filter((s) => s.screen === screen)).p50;
  const byScreen = Object.fromEntries(
    SCREENS.map(([link]) => [link, { firstOpen: median(first, link), again: median(again, link) }]),
  );
  return { firstOpen: summarise(first), again: summarise(again), byScreen };
}

export function formatRouteLatency({ firstOpen, again, byScreen }: RouteLatency): string {
  const line = (label: string, s: Summary) =>
    `${label.padEnd(12)} p50 ${s.p50} ms · p95 ${s.p95} ms · max ${s.max} ms` +
    ` (${s.samples} clicks, "Loading…" seen ${s.placeholders}×)`;
  return [
    'Route latency, click → content (Cards, Quiz, Mock, Stats, Settings from Home):',
    line('first open', firstOpen),
    line('again', again),
    ...Object.entries(byScreen).map(
      ([screen, m]) => `  ${screen.padEnd(10)} median ${m.firstOpen} ms first, ${m.again} ms again`,
    ),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveStatic({ root: 'dist' });
  try {
    const result = await routeLatency(server.url);
    console.log(formatRouteLatency(result));
    console.log(JSON.stringify(result));
  } finally {
    await server.close();
  }
}
