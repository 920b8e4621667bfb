import { expect, test } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';

// The main navigation at every width: one row of links (on a phone it scrolls inside itself),
// each a 44 px target, every screen one tap away, the current one in view, and the header
// short enough to leave the phone's first screen to the screen itself.

const SCREENS = ['Cards', 'Weak spots', 'Quiz', 'Mock', 'Stats', 'Settings', 'Home'] as const;

test(
  'one row of links: every screen one tap away, the current one in view',
  LAYOUT,
  async ({ page }) => {
    await page.goto('./#/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

    const boxes = await nav
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect),
      );
    expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'rows of links').toBe(1);
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
    // The header (brand, theme, links) leaves the rest of a 640 px phone screen to the screen.
    const navBox = await nav.boundingBox();
    expect((navBox?.y ?? 0) + (navBox?.height ?? 0)).toBeLessThanOrEqual(120);

    for (const name of SCREENS) {
      await nav.getByRole('link', { name }).click();
      const current = nav.getByRole('link', { name });
      await expect(current).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Scrolled into the row's view, whole.
      const [link, row] = await Promise.all([current.boundingBox(), nav.boundingBox()]);
      expect(
        link && row && link.x >= row.x - 1 && link.x + link.width <= row.x + row.width + 1,
      ).toBe(true);
    }

    // A screen with no link of its own (a deck's study) shows the row from its start.
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.goto('./#/decks/aws-backend-interview/study');
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    const [home, row] = await Promise.all([
      nav.getByRole('link', { name: 'Home' }).boundingBox(),
      nav.boundingBox(),
    ]);
    expect(home && row && home.x >= row.x - 1).toBe(true);
  },
);

test(
  'key hints show where there is a keyboard, not on a touch screen',
  LAYOUT,
  async ({ page }, testInfo) => {
    const touch = testInfo.project.use.hasTouch === true;
    await page.goto('./#/decks/aws-backend-interview/study');
    const reveal = page.getByRole('button', { name: /Show answer/ });
    await expect(reveal.locator('kbd')).toBeVisible({ visible: !touch });
    await expect(page.getByRole('button', { name: /Shortcuts/ })).toBeVisible({ visible: !touch });
    await reveal.click();
    const grades = page.getByRole('group', { name: 'How well did you know it?' });
    await expect(grades.locator('kbd').first()).toBeVisible({ visible: !touch });
  },
);
