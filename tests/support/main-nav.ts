import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Follows the main navigation to a screen as a user would: a link in the header on a wide
 * screen; on a phone, in the bottom bar or an icon in the header.
 */
export async function openFromNav(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Every screen in the navigation: its link's name, and its heading once open. */
export const NAV_SCREENS = [
  ['Cards', 'Cards'],
  ['Weak spots', 'Weak spots'],
  ['Quiz', 'Quiz'],
  ['Mock', 'Mock interview'],
  ['Stats', 'Statistics'],
  ['Settings', 'Settings'],
  ['Add a deck', 'Add a deck'],
  ['Home', 'Today'],
] as const;

/** Settings, opened from the navigation, once its backup section is on screen. */
export async function openSettings(page: Page): Promise<void> {
  await openFromNav(page, 'Settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Back up and move' })).toBeVisible();
}

/** What the Stats screen says of the reviews, as a user reads it. */
export async function statsReviews(page: Page): Promise<Locator> {
  await openFromNav(page, 'Stats');
  return page.getByRole('img', { name: /^Reviews per day over the last 12 months:/ });
}
