import type { Page } from '@playwright/test';

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
