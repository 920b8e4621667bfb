import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/serve-static.ts';

const server = await serveStatic({ root: 'dist' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
for (const [w, h] of [
  [320, 640],
  [360, 780],
  [1280, 800],
]) {
  for (const scheme of ['light', 'dark'] as const) {
    const ctx = await browser.newContext({
      viewport: { width: w, height: h },
      colorScheme: scheme,
      isMobile: w < 1000,
      hasTouch: w < 1000,
      serviceWorkers: 'block',
    });
    const page = await ctx.newPage();
    await page.goto(server.url + '#/');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/home-${w}-${scheme}.png` });
    if (w < 1000) {
      await page.getByRole('button', { name: 'More' }).click();
      await page.screenshot({ path: `/tmp/shots/more-${w}-${scheme}.png` });
      await page.getByRole('link', { name: 'Stats' }).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/shots/stats-${w}-${scheme}.png` });
    }
    await page.goto(server.url + '#/decks/aws-backend-interview/study');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/study-${w}-${scheme}.png` });
    await ctx.close();
  }
}
await browser.close();
await server.close();
