import { expect, test } from '@playwright/test';

// Screens appear at once: their code is fetched while the first screen is idle, and a screen
// whose code is still on its way keeps the current one on show until it is ready. Either way
// the "Loading…" placeholder never appears when moving between screens.

test('moving between screens never shows the Loading… placeholder', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  // The first screen idle, every screen's code fetched.
  await page.waitForLoadState('networkidle');

  // Records any placeholder the moment it is inserted, however briefly.
  await page.evaluate(() => {
    const w = window as unknown as { placeholders: number };
    w.placeholders = 0;
    new MutationObserver(() => {
      if (document.querySelector('main .loading')) w.placeholders += 1;
    }).observe(document.body, { childList: true, subtree: true });
  });

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const round of [1, 2]) {
    for (const [link, heading] of [
      ['Cards', 'Cards'],
      ['Quiz', 'Quiz'],
      ['Mock', 'Mock interview'],
      ['Stats', 'Statistics'],
      ['Settings', 'Settings'],
      ['Weak spots', 'Weak spots'],
      ['Add a deck', 'Add a deck'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: heading }),
        `round ${round}`,
      ).toBeVisible();
      await expect(page.locator('main .loading')).toHaveCount(0);
      await nav.getByRole('link', { name: 'Home', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
    }
  }
  // A deck's page, a section and a card, reached from links on the screens.
  await page.getByRole('link', { name: /^AWS Interview Questions/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AWS Interview Questions');
  await expect(page.locator('main .loading')).toHaveCount(0);
  await page.getByRole('link', { name: /Networking & Security/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What is a VPC?' })).toBeVisible();

  expect(
    await page.evaluate(() => (window as unknown as { placeholders: number }).placeholders),
  ).toBe(0);
});
