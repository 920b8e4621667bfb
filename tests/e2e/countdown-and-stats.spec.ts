import { expect, test, type Page } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';
import { axeViolations } from '../support/axe.ts';

const STUDY = './#/decks/aws-backend-interview/study';

/** Grades `n` cards Good by keyboard on the study screen. */
async function gradeCards(page: Page, n: number) {
  await page.goto(STUDY);
  for (let i = 0; i < n; i++) {
    const question = page.getByRole('heading', { level: 2 });
    const text = await question.textContent();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    await page.keyboard.press('3');
    await expect(question).not.toHaveText(text ?? '');
  }
}

test('an interview date 14 days out shows a daily plan and projected readiness', async ({
  page,
}) => {
  await page.goto('./#/settings');
  const inTwoWeeks = await page.evaluate(() => {
    const d = new Date();
    // Before 4 am it is still yesterday's study day.
    if (d.getHours() < 4) d.setDate(d.getDate() - 1);
    d.setDate(d.getDate() + 14);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByLabel('Interview date').fill(inTwoWeeks);
  await page.goto('./#/');
  // Home: the interview once, with the deck's plan for today.
  const summary = page.getByRole('region', { name: /Interview in 14 days/ });
  await expect(summary.getByRole('link', { name: 'Study today’s plan · 6 cards' })).toBeVisible();
  // The deck's page: the plan in full.
  await summary.getByRole('link', { name: /^AWS Interview Questions/ }).click();
  const panel = page.getByRole('region', { name: /Interview in 14 days/ });
  await expect(panel.getByText('Readiness now')).toBeVisible();
  await expect(panel.getByText('Projected on the day')).toBeVisible();
  // 52 new cards over 10 study days, 4 kept spare: 6 today.
  await expect(panel).toContainText('0 reviews, 6 new, about 5 minutes');
  await expect(
    panel.getByRole('table', { name: /Readiness per section/ }).getByRole('row'),
  ).toHaveCount(10);

  await panel.getByRole('link', { name: 'Study today’s plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('6 chosen cards');

  // Without a date the home page is as before.
  await page.goto('./#/settings');
  await page.getByRole('button', { name: 'Clear the interview date' }).click();
  await page.goto('./#/');
  await expect(page.getByRole('heading', { name: /Interview in/ })).toHaveCount(0);
});

test('statistics show real reviews in all four views', async ({ page }) => {
  await gradeCards(page, 3);
  await page.goto('./#/stats');
  await expect(
    page.getByRole('img', { name: /Reviews per day over the last 12 months: 3 reviews on 1 day/ }),
  ).toBeVisible();
  // Good on new cards: learning steps due today, so today's forecast counts them.
  await expect(
    page.getByRole('img', { name: /Cards due per day over the next 30 days: 3 in all, 3 today/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Share of reviews recalled per week/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Mean predicted recall per section/ })).toBeVisible();

  const forecast = page.getByRole('region', { name: 'Due in the next 30 days' });
  await forecast.getByText('Show as a table').click();
  await expect(forecast.getByRole('row', { name: /Today/ })).toContainText('3');
});

test('a mock interview times each question, scores it, and leaves the schedule alone', async ({
  page,
}) => {
  await page.goto('./#/mock');
  await page.getByLabel('Questions').fill('2');
  await page.getByRole('button', { name: 'Start: 2 questions' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^[12]:\d\d$/);
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Good' }).click();
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Mock interview done: 1 of 2 Good',
  );
  await expect(page.getByRole('heading', { name: 'To work on (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Bookmark this card' }).click();
  // Saving waits for an idle moment: the bookmark arrives, and no review with it.
  const state = async () =>
    JSON.parse(
      (await page.evaluate(() => localStorage.getItem('prepdeck:progress'))) ??
        '{"state":{"log":[],"bookmarks":{}}}',
    ).state;
  await expect.poll(async () => Object.keys((await state()).bookmarks)).toHaveLength(1);
  expect((await state()).log).toEqual([]);
});

test('a mock interview counted as reviews updates the schedule', async ({ page }) => {
  await page.goto('./#/mock');
  await page.getByLabel('Questions').fill('1');
  await page.getByLabel(/Count these as reviews/).check();
  await page.getByRole('button', { name: 'Start: 1 question' }).click();
  await page.keyboard.press('Space');
  await page.keyboard.press('2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Mock interview done: 0 of 1 Good',
  );
  // Saving waits for an idle moment.
  const log = async () =>
    JSON.parse(
      (await page.evaluate(() => localStorage.getItem('prepdeck:progress'))) ??
        '{"state":{"log":[]}}',
    ).state.log;
  await expect.poll(log).toHaveLength(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(
    `countdown, statistics and mock interview have no accessibility violations (${colorScheme})`,
    LAYOUT,
    async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await gradeCards(page, 2);
      await page.goto('./#/settings');
      await page.getByLabel('Interview date').fill('2030-01-15');
      const views: [string, () => Promise<void>][] = [
        ['settings', async () => {}],
        [
          'home with countdown',
          async () => {
            await page.goto('./#/');
            await expect(page.getByRole('heading', { name: /Interview in/ })).toBeVisible();
          },
        ],
        [
          'statistics',
          async () => {
            await page.goto('./#/stats');
            await expect(page.getByRole('heading', { name: 'Statistics' })).toBeVisible();
          },
        ],
        [
          'mock setup',
          async () => {
            await page.goto('./#/mock');
            await expect(page.getByRole('heading', { name: 'Mock interview' })).toBeVisible();
          },
        ],
        [
          'mock question',
          async () => {
            await page.getByRole('button', { name: /^Start/ }).click();
            await page.keyboard.press('Space');
            await expect(
              page.getByRole('group', { name: 'How well did you know it?' }),
            ).toBeVisible();
          },
        ],
      ];
      for (const [name, open] of views) {
        await open();
        const violations = await axeViolations(page);
        expect(
          violations.map(
            (v) =>
              `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      }
    },
  );
}
