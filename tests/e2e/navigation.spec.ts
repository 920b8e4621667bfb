import { expect, type Locator, type Page, test } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';
import { NAV_SCREENS } from '../support/main-nav.ts';

// The main navigation at every width: every screen one tap away, each link a 44 px target, in
// one row that fits. On a wide screen the row is in the header; on a phone the six screens of
// studying are a bar at the bottom, under the thumb, and Settings and Add a deck are icons in a
// header of one row, which leaves the phone's first screen to the screen itself.

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) <= 640;

/** Home's link: on a phone, the bar's first. */
const homeLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });

async function boxesOf(targets: Locator) {
  return targets.evaluateAll((nodes) =>
    nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect),
  );
}

test(
  'every screen one tap from the navigation, each link whole and 44 px',
  LAYOUT,
  async ({ page }) => {
    await page.goto('./#/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = nav.getByRole('link');
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    const { width, height } = page.viewportSize() ?? { width: 1280, height: 720 };

    const boxes = await boxesOf(links);
    expect(boxes).toHaveLength(NAV_SCREENS.length);
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
    }
    const rows = new Set(boxes.map((box) => Math.round(box.y)));
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    if (isPhone(page)) {
      // Two rows: the header's icons at the top, the bar along the screen's bottom edge.
      expect(rows.size, 'rows of links').toBe(2);
      const bottom = Math.max(...boxes.map((box) => box.y + box.height));
      expect(Math.round(bottom)).toBe(height);
      expect(heading?.y ?? 999).toBeLessThanOrEqual(72);
    } else {
      expect(rows.size, 'rows of links').toBe(1);
      expect(heading?.y ?? 999).toBeLessThanOrEqual(120);
    }

    for (const [name, title] of NAV_SCREENS) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    }
  },
);

test(
  "on a phone, the bar covers nothing: study's grades sit above it",
  LAYOUT,
  async ({ page }) => {
    await page.goto('./#/decks/aws-backend-interview/study');
    await page.getByRole('button', { name: /Show answer/ }).click();
    const grades = page.getByRole('group', { name: 'How well did you know it?' });
    const [home, row] = [await homeLink(page).boundingBox(), await grades.boundingBox()];
    expect(row).not.toBeNull();
    if (isPhone(page)) expect((row?.y ?? 0) + (row?.height ?? 0)).toBeLessThanOrEqual(home?.y ?? 0);
    // Every grade is inside the screen, whole, where a thumb reaches it.
    for (const box of await boxesOf(grades.getByRole('button')))
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
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

test('on a small tablet the bar is there too, and the card editor’s Save sits above it', async ({
  page,
}) => {
  // 768 px: wide enough for the editor's sticky actions (from 40rem), too narrow for the
  // header's row of eight links (52rem), so the bar is shown.
  await page.setViewportSize({ width: 768, height: 700 });
  await page.goto('./#/cards/aws-backend-interview/what-is-cors');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const save = page.getByRole('button', { name: /^Save/ });
  await expect(save).toBeVisible();
  const [home, box] = [await homeLink(page).boundingBox(), await save.boundingBox()];
  // The bar runs along the bottom edge, and Save, stuck to the bottom of a long editor, is
  // above it, where a tap reaches it rather than the bar.
  expect(Math.round((home?.y ?? 0) + (home?.height ?? 0))).toBe(700);
  expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(home?.y ?? 0);
  const onTop = await save.evaluate((button) => {
    const { x, y, width, height } = button.getBoundingClientRect();
    return button.contains(document.elementFromPoint(x + width / 2, y + height / 2));
  });
  expect(onTop).toBe(true);
});
