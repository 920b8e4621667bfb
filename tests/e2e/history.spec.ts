import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { schedulerFor } from '../../src/srs/scheduler.ts';
import type { CardState, Review } from '../../src/srs/types.ts';
import { EMPTY_PROGRESS, savedProgress, STORAGE_KEY } from '../../src/store/tools/index.ts';
import { openFromNav } from '../support/main-nav.ts';

// Years of study fit: progress saved by version 2 (every review in localStorage) is moved on
// its first save, reviews older than 45 days to IndexedDB, and all of it stays in use.

const NOW = Date.UTC(2026, 10, 20, 10, 0, 0);
test.use({ timezoneId: 'UTC' });
const DAY = 86_400_000;
const CARDS = ['what-is-aws', 'what-is-ec2', 'what-is-s3'].map((c) => `aws-backend-interview/${c}`);

/** Three cards reviewed every day for 400 days, Good each time, as version 2 saved it. */
function version2History(): { raw: string; reviews: number } {
  const scheduler = schedulerFor(0.9);
  const log: Review[] = [];
  const cards: Record<string, CardState> = {};
  for (let day = 400; day >= 1; day--) {
    for (const [i, card] of CARDS.entries()) {
      const time = NOW - day * DAY + i * 60_000;
      const before = cards[card] ?? null;
      log.push({ id: `h${day}x${i}`, card, grade: 3, time, before });
      cards[card] = scheduler.grade(before, 3, time);
    }
  }
  const v3 = JSON.parse(savedProgress({ ...EMPTY_PROGRESS, cards, log })) as object;
  return { raw: JSON.stringify({ ...v3, version: 2 }), reviews: log.length };
}

/** Opens the app on a browser holding `version2History()`, on its day. */
async function seedVersion2History(page: Page): Promise<{ raw: string; reviews: number }> {
  await page.clock.setFixedTime(NOW);
  const history = version2History();
  await page.goto('./favicon.svg');
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: STORAGE_KEY,
    value: history.raw,
  });
  await page.goto('./#/');
  return history;
}

const savedLength = (page: Page) =>
  page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, STORAGE_KEY);

test('a long version-2 history moves to IndexedDB and all of it stays in stats and backups', async ({
  page,
}) => {
  const { raw, reviews } = await seedVersion2History(page);
  await expect(page.getByRole('link', { name: /^Study/ }).first()).toBeVisible();
  // Its first save moves the old reviews out: about 45 of 400 days stay in localStorage.
  await expect.poll(() => savedLength(page), { timeout: 20_000 }).toBeLessThan(raw.length / 4);

  await page.reload();
  await openFromNav(page, 'Settings');
  await expect(
    page.getByText(/Older reviews, kept in IndexedDB where there is room for years: \d/),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Download a backup' }).click();
  const file = JSON.parse(await readFile((await (await download).path()) as string, 'utf8'));
  expect(file.progress.log).toHaveLength(reviews);

  await openFromNav(page, 'Stats');
  await expect(
    page.getByRole('img', {
      name: /Reviews per day over the last 12 months: 1,[01]\d\d reviews on 3\d\d days/,
    }),
  ).toBeVisible();
});

// The archive cannot be opened (a newer PrepDeck upgraded its database): the older reviews are
// named as unreadable, not passed over, and a backup says it lacks them, on screen and in the file.
test('an archive this version cannot open: the user is told, and a backup says what it lacks', async ({
  page,
}) => {
  const { raw, reviews } = await seedVersion2History(page);
  await expect.poll(() => savedLength(page), { timeout: 20_000 }).toBeLessThan(raw.length / 4);
  const kept = await page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? '{}') as { state: { history: { count: number } } })
        .state.history.count,
    STORAGE_KEY,
  );
  expect(kept).toBeGreaterThan(reviews / 2);

  // A newer version takes the database: this page's connections let go (versionchange).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('prepdeck', 99);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: 'older reviews could not be read' });
  await expect(warning).toContainText(
    `${kept.toLocaleString('en')} older reviews could not be read`,
  );
  await expect(warning).toContainText('a newer version of PrepDeck saved them');

  await openFromNav(page, 'Settings');
  const download = page.waitForEvent('download');
  await page.getByRole('main').getByRole('button', { name: 'Download a backup' }).click();
  const file = JSON.parse(await readFile((await (await download).path()) as string, 'utf8'));
  expect(file.missing.reviews).toBe(kept);
  expect(file.progress.log).toHaveLength(reviews - kept);
  await expect(
    page.getByText(`Downloaded without ${kept.toLocaleString('en')} older reviews`),
  ).toBeVisible();
});
