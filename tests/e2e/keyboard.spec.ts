import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (
        el.getAttribute('aria-label') ??
        label ??
        el.closest('label')?.textContent ??
        el.textContent ??
        ''
      ).trim();
    });
    if (name.test(focused)) {
      // Whatever has focus shows it.
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      });
      expect(outline, `focus ring on ${focused}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

test('study, search, bookmark, settings and restore, by keyboard alone', async ({ page }) => {
  await page.goto('./');

  // Study two cards; bookmark the second with B.
  await tabTo(page, /^Study now/);
  await page.keyboard.press('Enter');
  // Named: while Home gives way to Study, both screens' headings may be on the page at once.
  await expect(page.getByRole('heading', { level: 2, name: 'What is AWS?' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(
    page.getByRole('heading', { level: 2, name: 'What are the main advantages of AWS?' }),
  ).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByRole('status')).toHaveText('Bookmarked.');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');

  // Search from anywhere with /, open a result, star it.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('nacl');
  await tabTo(page, /^Difference between Security Group and NACL\?$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    /#\/cards\/aws-backend-interview\/difference-between-security-group-and-nacl$/,
  );
  await tabTo(page, /^Bookmark: Difference between Security Group and NACL\?/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Bookmark: Difference/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Settings: change a value, download progress, then restore it.
  await page.keyboard.press('Home');
  await tabTo(page, /^Settings$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await tabTo(page, /^New cards per day$/);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('15');
  await tabTo(page, /^Download a backup$/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await (await download).path();

  await tabTo(page, /^Restore from a file/);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /holds 2 reviews of 2 cards, from .*, and 2 bookmarks\./ }),
  ).toBeVisible();
  await tabTo(page, /^Restore$/);
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(
      /^Restored\. Your previous progress is kept in this browser as prepdeck:progress:before-restore:/,
    ),
  ).toBeVisible();

  // Everything survived: the settings, the two reviews, the two bookmarks.
  await page.reload();
  await expect(page.getByLabel('New cards per day')).toHaveValue('15');
  const saved = JSON.parse(
    (await page.evaluate(() => localStorage.getItem('prepdeck:progress'))) ?? '{}',
  ).state;
  expect(saved.log).toHaveLength(2);
  expect(Object.values(saved.bookmarks).filter((b) => (b as number[])[0] === 1)).toHaveLength(2);
});
