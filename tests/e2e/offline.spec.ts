import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../scripts/serve-static.ts';
import { ON_A_PHONE_TOO } from '../support/layout.ts';
import { NAV_SCREENS, openFromNav } from '../support/main-nav.ts';

// The built app as a static host serves it (scripts/serve-static.ts, not vite preview): offline
// after one visit, a redeploy while a tab is open, and the app in a subfolder. The host here is
// our own, so "no network" can mean the server is gone, not only the browser told it is offline.
// The service worker is what these tests are about (the suite blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const DECK_TITLE = 'AWS Interview Questions & Answers for Backend Developers';
const NEXT_VERSION = '0.0.0-redeployed';

let server: StaticServer | null = null;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

/** Fails the test on any uncaught error from the app. */
function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until the service worker has precached the app and controls the page. */
async function untilOfflineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

/** Every header screen shows its heading. */
async function visitEveryScreen(page: Page) {
  for (const [link, heading] of NAV_SCREENS) {
    await openFromNav(page, link);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  // The deck's page, from its row on Home.
  await page.getByRole('link', { name: DECK_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: DECK_TITLE })).toBeVisible();
  await expect(page.getByText('52 cards in 9 sections')).toBeVisible();
}

/**
 * A second build of the same code with another version string, made once per change of the
 * code (keyed by the first build's file names) and shared by the projects running in parallel.
 */
async function nextBuild(): Promise<string> {
  const key = createHash('sha256')
    .update(readdirSync('dist/assets').sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(tmpdir(), `prepdeck-e2e-next-${key}`);
  const ready = path.join(dir, 'ready');
  const out = path.join(dir, 'dist');
  let building = false;
  try {
    mkdirSync(dir);
    building = true;
  } catch {
    // Another worker is building it, or has.
  }
  if (building) {
    execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      env: { ...process.env, APP_VERSION: NEXT_VERSION },
      stdio: 'inherit',
    });
    writeFileSync(ready, '');
  }
  await expect.poll(() => existsSync(ready), { timeout: 180_000 }).toBe(true);
  return out;
}

/** Reload in the update banner: the page loads again, on the next version, with no banner. */
async function reloadOntoNext(page: Page, offer: Locator, version: Locator): Promise<void> {
  // Listening first: the reload can be over before the click returns.
  const reloaded = page.waitForEvent('load');
  await offer.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await openFromNav(page, 'Settings');
  await expect(version).toHaveText(`PrepDeck ${NEXT_VERSION}`);
  await expect(offer).toHaveCount(0);
}

test('after one visit the app works with no network at all, reload included', async ({
  page,
  context,
}) => {
  const errors = trackErrors(page);
  server = await serveStatic({ root: 'dist' });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await untilOfflineReady(page);

  // No server and no network.
  await server.close();
  server = null;
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('52 cards · 0 learned')).toBeVisible();

  // A study sitting: reveal an answer (markdown and the deck's answers) and grade it.
  await page.getByRole('link', { name: /^Study now/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What is AWS?' })).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('region', { name: 'Answer', exact: true })).toContainText(
    'AWS (Amazon Web Services) is a cloud computing platform',
  );
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'What are the main advantages of AWS?' }),
  ).toBeVisible();

  await visitEveryScreen(page);
  // A card's own page, with its answer rendered (a table), from a link.
  await page.goto(
    `${page.url().split('#')[0]}#/decks/aws-backend-interview/sections/networking-security/4`,
  );
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(
    page.getByRole('region', { name: 'Answer' }).getByRole('columnheader', { name: 'NACL' }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a redeploy keeps the open tab on its version, offers the new one, and Reload switches', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const errors = trackErrors(page);
  const next = await nextBuild();
  const settingsChunk = (dir: string) =>
    readdirSync(path.join(dir, 'assets')).find((f) => /^settings-page-.*\.js$/.test(f));
  const oldChunk = settingsChunk('dist');
  expect(oldChunk).toBeDefined();
  expect(settingsChunk(next)).not.toBe(oldChunk);

  server = await serveStatic({ root: 'dist' });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await untilOfflineReady(page);
  await openFromNav(page, 'Settings');
  const version = page.getByText(/^PrepDeck \S+$/);
  const oldVersion = (await version.innerText()).replace('PrepDeck ', '');
  expect(oldVersion).not.toBe(NEXT_VERSION);
  // Some progress, which no update may touch.
  await openFromNav(page, 'Home');
  await page.getByRole('link', { name: /^Study now/ }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /main advantages/ })).toBeVisible();
  await openFromNav(page, 'Home');

  // The redeploy: the old version's chunks are gone from the server.
  server.swap(next);
  expect((await fetch(`${server.url}assets/${oldChunk}`)).status).toBe(404);
  // The grade is in the journal at once, and in localStorage once studying pauses.
  await expect
    .poll(() => page.evaluate(() => window.localStorage.getItem('prepdeck:progress')))
    .toContain('what-is-aws');
  const saved = await page.evaluate(() => JSON.stringify(window.localStorage));

  // Opening the app in another tab is a visit: the browser finds the new version.
  const other = await context.newPage();
  await other.goto(server.url);
  const offer = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(offer).toBeVisible({ timeout: 30_000 });
  await other.close();

  // The open tab keeps working on its version, screens not yet shown included, even reloaded.
  await visitEveryScreen(page);
  await openFromNav(page, 'Settings');
  await expect(version).toHaveText(`PrepDeck ${oldVersion}`);
  await page.reload();
  await expect(version).toHaveText(`PrepDeck ${oldVersion}`);
  await openFromNav(page, 'Mock');
  await expect(page.getByRole('heading', { level: 1, name: 'Mock interview' })).toBeVisible();

  // Reload takes the new version, whole.
  await reloadOntoNext(page, offer, version);
  await visitEveryScreen(page);
  expect(await page.evaluate(() => JSON.stringify(window.localStorage))).toBe(saved);
  expect(errors).toEqual([]);
});

test(
  'a tab open since the first visit takes the new version when Reload is chosen',
  ON_A_PHONE_TOO,
  async ({ page, context }) => {
    test.setTimeout(240_000);
    const errors = trackErrors(page);
    const next = await nextBuild();
    server = await serveStatic({ root: 'dist' });
    // The very first visit: this tab registered the service worker with none controlling it.
    await page.goto(server.url);
    await untilOfflineReady(page);
    await openFromNav(page, 'Settings');
    const version = page.getByText(/^PrepDeck \S+$/);
    await expect(version).not.toHaveText(`PrepDeck ${NEXT_VERSION}`);

    server.swap(next);
    const other = await context.newPage();
    await other.goto(server.url);
    const offer = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(offer).toBeVisible({ timeout: 30_000 });
    await other.close();

    await reloadOntoNext(page, offer, version);
    expect(errors).toEqual([]);
  },
);

test('served from a subfolder, the app installs there and works offline there', async ({
  page,
  context,
}) => {
  server = await serveStatic({ root: 'dist', base: '/prepdeck/' });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await untilOfflineReady(page);

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(server.url);
  const manifestUrl = await page
    .locator('link[rel="manifest"]')
    .evaluate((l: HTMLLinkElement) => l.href);
  expect(manifestUrl).toBe(`${server.url}manifest.webmanifest`);
  const manifest = (await (await fetch(manifestUrl)).json()) as {
    start_url: string;
    scope: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(server.url);
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512', 'any']),
  );
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const response = await fetch(new URL(icon.src, manifestUrl));
    expect(response.status, icon.src).toBe(200);
  }

  await server.close();
  server = null;
  await context.setOffline(true);
  await page.goto(`${page.url().split('#')[0]}#/stats`);
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await openFromNav(page, 'Cards');
  await expect(page.getByRole('heading', { level: 1, name: 'Cards' })).toBeVisible();
});
