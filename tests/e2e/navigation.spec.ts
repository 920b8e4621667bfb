import { expect, type Locator, type Page, test } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';

// The main navigation at every width. On a wide screen one row of every screen's link in the
// header; on a phone a bar at the bottom that fits 320 px in one row, the screens used less
// often behind its "More". Each target is 44 px, and the header leaves the phone's first
// screen to the screen itself.

const IN_BAR = ['Cards', 'Weak spots', 'Quiz', 'Home'] as const;
const IN_MORE = ['Mock', 'Stats', 'Settings', 'Add a deck'] as const;

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) <= 640;

async function boxesOf(targets: Locator) {
  return targets.evaluateAll((nodes) =>
    nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect),
  );
}

test('every screen one tap from the navigation, in one row that fits', LAYOUT, async ({ page }) => {
  await page.goto('./#/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const more = nav.getByRole('button', { name: 'More' });
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  const width = page.viewportSize()?.width ?? 1280;

  // One row of targets (links, and "More" on a phone), each 44 px, none past the screen's edge.
  const targets = nav.locator(':is(a, button):visible');
  await expect(targets).toHaveCount(isPhone(page) ? 5 : 8);
  const boxes = await boxesOf(targets);
  expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'rows of targets').toBe(1);
  for (const box of boxes) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
  }
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  if (isPhone(page)) {
    // The bar is at the bottom of the screen, under the thumb; the header above is one row.
    const bar = await nav.boundingBox();
    expect(Math.round((bar?.y ?? 0) + (bar?.height ?? 0))).toBe(page.viewportSize()?.height);
    expect(heading?.y ?? 999).toBeLessThanOrEqual(72);
  } else {
    await expect(more).toBeHidden();
    expect(heading?.y ?? 999).toBeLessThanOrEqual(120);
  }

  for (const name of IN_BAR) {
    await nav.getByRole('link', { name }).click();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  for (const name of IN_MORE) {
    if (isPhone(page)) {
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
    }
    await nav.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (isPhone(page)) {
      // Following a link closes the menu; "More" stands for the screen it holds.
      await expect(nav.getByRole('link', { name })).toBeHidden();
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await more.click();
    }
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    if (isPhone(page)) await more.click();
  }
});

test(
  'on a phone, "More" closes with Escape, a tap outside or its own link',
  LAYOUT,
  async ({ page }) => {
    await page.goto('./#/settings');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const more = nav.getByRole('button', { name: 'More' });
    if (!isPhone(page)) {
      // A wide screen has room for every link: no menu to open.
      await expect(more).toBeHidden();
      await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
      return;
    }

    await more.click();
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();
    await expect(more).toBeFocused();

    await more.click();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();

    // The link to the screen already shown changes no route: it closes the menu all the same.
    await more.click();
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  },
);

test(
  "on a phone, the bar covers nothing: study's grades sit above it",
  LAYOUT,
  async ({ page }) => {
    await page.goto('./#/decks/aws-backend-interview/study');
    await page.getByRole('button', { name: /Show answer/ }).click();
    const grades = page.getByRole('group', { name: 'How well did you know it?' });
    const [bar, row] = await Promise.all([
      page.getByRole('navigation', { name: 'Main' }).boundingBox(),
      grades.boundingBox(),
    ]);
    expect(row).not.toBeNull();
    if (isPhone(page)) expect((row?.y ?? 0) + (row?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);
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
