import { expect, test } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';

// A panel's heading never outsizes the page title above it, at any width.
for (const [screen, hash] of [
  ['Statistics', '#/stats'],
  ['Weak spots', '#/weak'],
  ['Settings', '#/settings'],
] as const) {
  test(`${screen}: section headings are smaller than the page title`, LAYOUT, async ({ page }) => {
    await page.goto(`./${hash}`);
    const title = page.getByRole('heading', { level: 1, name: screen });
    await expect(title).toBeVisible();
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const h1 = await title.evaluate(size);
    const h2s = await page
      .getByRole('heading', { level: 2 })
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(h2s.length).toBeGreaterThan(0);
    for (const h2 of h2s) expect(h2).toBeLessThan(h1);
  });
}
