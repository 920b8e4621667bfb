import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';
import { SYNC_PASSWORD, SYNC_PORT, SYNC_TOKEN, SYNC_USER } from './tests/support/sync-server.ts';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const phone = { ...devices['Pixel 7'], isMobile: true, hasTouch: true };
// Behaviour does not change with the width: it is tested once, on the desktop. What depends on
// the size (no sideways scroll, axe, layout shift, the first screen) is tagged @layout and runs
// on both phones; a few behaviours that go another way on a touch phone are tagged @phone-too
// and run once more, on the narrowest phone (tests/support/layout.ts).
const aboutTheSize = /@layout/;
const aboutTheSizeOrTouch = /@layout|@phone-too/;

/**
 * A time zone where it is early afternoon as the run starts. A study day turns at 4 am local
 * time: a card learned at 3:55 falls into the next day's queue, so counts that tests expect
 * after a grade would differ whenever the suite ran at that hour. Tests that fix the clock
 * (page.clock) fix their zone too.
 */
function afternoonZone(now = new Date()): string {
  const shift = 13 - now.getUTCHours(); // local = UTC + shift, from -10 to +13 hours
  if (shift === 0) return 'UTC';
  // IANA's Etc zones count the other way: Etc/GMT-5 is five hours ahead of UTC.
  return `Etc/GMT${shift > 0 ? '-' : '+'}${Math.abs(shift)}`;
}

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  retries: 0,
  // axe audits of long pages take 20–40 s on a busy 2-core machine.
  timeout: 90_000,
  // The tests mostly wait (a server, a timer, IndexedDB): more workers than cores keep the two
  // cores busy. Tests of one file run side by side too, each with its own pages and database.
  workers: Number(process.env.E2E_WORKERS ?? 4),
  fullyParallel: true,
  // CI keeps each test's time too, for the list of the slowest (scripts/slowest-tests.ts).
  reporter: process.env.CI
    ? [['line'], ['json', { outputFile: 'test-times/browser.json' }]]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // A trace records every step of every test to keep the failing ones: 8% of the suite's time
    // (measured: 69 → 63 s on three specs). CI's log is all a failed run leaves, so CI records
    // none; a run here keeps each failure's trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // Each new context would install the service worker and precache the whole app (129 files,
    // 1.3 MB): 15% of the suite's time (measured: 90 → 77 s on three specs). Tests of what the
    // worker does (offline, updates) allow it; behaviour elsewhere does not depend on it.
    serviceWorkers: 'block',
    timezoneId: afternoonZone(),
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    // The narrowest phones people use: nothing may scroll sideways at 360 or 320 px.
    {
      name: 'phone-360',
      grep: aboutTheSize,
      use: { ...phone, viewport: { width: 360, height: 780 }, screen: { width: 360, height: 780 } },
    },
    {
      name: 'phone-320',
      grep: aboutTheSizeOrTouch,
      use: { ...phone, viewport: { width: 320, height: 640 }, screen: { width: 320, height: 640 } },
    },
  ],
  webServer: [
    {
      // The built app, as users get it, not the dev server. CI has built it just before
      // (E2E_BUILT): building it again would cost half a minute.
      command: `${process.env.E2E_BUILT ? '' : 'npm run build && '}npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      // In memory, with a user and password as a real CouchDB would ask: started for the run,
      // stopped after it.
      command: `npx tsx scripts/sync-server.ts --port ${SYNC_PORT} --user ${SYNC_USER} --password ${SYNC_PASSWORD} --token ${SYNC_TOKEN}`,
      url: `http://127.0.0.1:${SYNC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
