import { expect, test } from '@playwright/test';
import { openFromNav } from '../support/main-nav.ts';

// A first visit, before a service worker keeps the app's code (after that, screens load offline).
test.use({ serviceWorkers: 'block' });
const STATS_CHUNK = '**/assets/stats-page-*.js';

test('a screen whose code cannot load leaves the app working and retries once back online', async ({
  page,
  context,
}) => {
  // Offline before the idle prefetch fetched the screen's code.
  await page.route(STATS_CHUNK, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');

  await context.setOffline(true);
  await openFromNav(page, 'Stats');

  // The screen's own failure, in the main area. (Offline, a banner whose code is not cached
  // yet says the same in its own place, beside it; that is not this test's screen.)
  const failure = page.getByRole('main').getByRole('alert');
  await expect(failure).toContainText('This screen could not be loaded');
  await expect(failure).toContainText(/offline/i);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }),
  ).toBeVisible();

  await context.setOffline(false);
  await page.unroute(STATS_CHUNK);
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(failure).toHaveCount(0);
});
