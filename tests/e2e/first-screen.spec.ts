import { expect, test } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';

test('opens a section, reveals an answer and sees its table', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  // Home lists the deck; its page lists its sections.
  await page
    .getByRole('link', { name: 'AWS Interview Questions & Answers for Backend Developers' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AWS Interview Questions & Answers for Backend Developers',
  );
  await expect(page.getByText('52 cards in 9 sections')).toBeVisible();
  // Repaired encoding: real emoji and dashes, none of the source's mojibake.
  await expect(page.getByRole('link', { name: /🟢 AWS Basics/ })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/‚Ä|Ô∏|üü/);

  await page.getByRole('link', { name: /Networking & Security/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is a VPC?');
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Difference between Security Group and NACL?',
  );
  await expect(page.getByRole('table')).toHaveCount(0);

  await page.getByRole('button', { name: /Show answer/ }).click();
  const table = page.getByRole('region', { name: 'Answer' }).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Feature', 'SG', 'NACL']);
  await expect(table.getByRole('row', { name: /Stateful/ })).toContainText(['Yes']);

  // The position is in the URL: a reload shows the same card.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Difference between Security Group and NACL?',
  );
  expect(errors).toEqual([]);
});

test('renders the CORS answer with code as code', async ({ page }) => {
  await page.goto('./#/decks/aws-backend-interview/sections/serverless-cors/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is CORS?');
  await page.keyboard.press('Space');
  const answer = page.getByRole('region', { name: 'Answer' });
  await expect(answer.locator('pre code.language-js').first()).toContainText(
    'export const handler = async (event) =>',
  );
  await expect(answer.locator('pre code.language-yaml')).toContainText('allowCredentials: false');
  await expect(answer.getByRole('heading', { name: '🚦 CORS Flow in Simple Terms' })).toBeVisible();
});

test(
  'a first visit draws Home whole: nothing moves once it is on screen',
  LAYOUT,
  async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.shifts.push((entry as unknown as { value: number }).value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    // The welcome a first visit shows, and the deck below it, in the same first drawing.
    await expect(page.getByRole('heading', { name: 'Welcome to PrepDeck' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Study now/ })).toBeVisible();
    // What the page still loads after it (the countdown, the prefetched screens) shifts nothing.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
  },
);

test('the other screens’ code is fetched only once the first screen is drawn', async ({ page }) => {
  // When Home's heading first reaches the page, on the page's own clock.
  await page.addInitScript(() => {
    const w = window as unknown as { drawnAt: number | null };
    w.drawnAt = null;
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')?.textContent !== 'Today') return;
      w.drawnAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  // While the user reads Home, the rest arrives: no click waits for the network…
  const laterCode = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(settings-page|stats-page|markdown)-[^/]*\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
    );
  await expect.poll(async () => (await laterCode()).length, { timeout: 15_000 }).toBe(3);
  // …but none of it was asked for before Home was drawn.
  const drawnAt = await page.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt);
  expect(drawnAt).toBeGreaterThan(0);
  for (const startedAt of await laterCode()) expect(startedAt).toBeGreaterThan(drawnAt);
});
