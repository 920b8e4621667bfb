import { expect, test } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';
import { axeViolations } from '../support/axe.ts';

// The date field's segments follow the locale: month, day, year in en-US.
test.use({ locale: 'en-US' });

test(
  'a first visit: the welcome explains, sets the interview date typed key by key, and is gone after a reload',
  LAYOUT,
  async ({ page }) => {
    await page.goto('./#/');
    const welcome = page.getByRole('region', { name: 'Welcome to PrepDeck' });
    await expect(welcome).toBeVisible();
    await welcome.getByText('How studying works').click();
    await expect(welcome.getByText('Again, Hard, Good, Easy')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Interview in/ })).toHaveCount(0);
    const violations = await axeViolations(page, '.welcome');
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Two weeks from today's study day (before 4 am it is still yesterday's).
    const typed = await page.evaluate(() => {
      const d = new Date();
      if (d.getHours() < 4) d.setDate(d.getDate() - 1);
      d.setDate(d.getDate() + 14);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(d.getMonth() + 1)}${pad(d.getDate())}${d.getFullYear()}`;
    });
    const field = welcome.getByLabel('Interview date');
    // Tabbing into the field lands on its first segment (a click lands wherever it is aimed).
    await field.focus();
    await field.pressSequentially(typed);
    await field.press('Tab');

    const countdown = page.getByRole('region', { name: 'Interview in 14 days' });
    await expect(countdown).toBeVisible();
    await expect(welcome.getByRole('status')).toHaveText('Saved: your countdown is below.');
    await expect(countdown.getByRole('link', { name: /Study today’s plan/ })).toBeVisible();

    // Saving waits for an idle moment; then a reload is a new visit.
    await expect
      .poll(() =>
        page.evaluate(() => localStorage.getItem('prepdeck:progress')?.includes('"interviewAt":1')),
      )
      .toBe(true);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Interview in 14 days' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Welcome to PrepDeck' })).toHaveCount(0);
  },
);

test('the welcome is dismissed from the keyboard and stays dismissed', LAYOUT, async ({ page }) => {
  await page.goto('./#/');
  const hide = page.getByRole('button', { name: 'Got it, hide this' });
  await hide.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Welcome to PrepDeck' })).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Welcome to PrepDeck' })).toHaveCount(0);
});
