import { expect, type Page } from '@playwright/test';

/**
 * Follows the main navigation to a screen as a user would: a link in the header on a wide
 * screen; on a phone a link in the bottom bar, or through "More" for the screens kept there.
 */
export async function openFromNav(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  const link = nav.getByRole('link', { name, exact: true });
  const more = nav.getByRole('button', { name: 'More' });
  if (!(await link.isVisible()) && (await more.isVisible())) await more.click();
  await link.click();
}
