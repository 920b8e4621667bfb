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
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const laterCode = () =>
    fetched.filter((path) => /\/(settings-page|stats-page|markdown)-[^/]*\.js$/.test(path));
  // A first visit's Home waits for the welcome's code: held back, it keeps Home undrawn.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/welcome-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto('./');
  // The page has loaded and the browser has been idle: the moment prefetching used to start.
  await page.evaluate(
    () =>
      new Promise((idle) => requestIdleCallback(() => setTimeout(idle, 500), { timeout: 2000 })),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  expect(laterCode()).toEqual([]);

  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  // Then, while the user reads Home, the rest arrives: no click waits for the network.
  await expect.poll(() => laterCode().length, { timeout: 15_000 }).toBe(3);
});
