/**
 * Screenshots of every screen at phone and desktop widths, light and dark, for a look by eye.
 *   npm run build && npx vite preview --port 4180 &   then   npm run screenshots [-- baseUrl]
 * Writes PNGs to screenshots/ (not committed).
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4180/';
const reveal = async (page: Page) => {
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.locator('.card-answer .markdown').waitFor(); // rendered, not the source
};
const screens: { name: string; hash: string; act?: (page: Page) => Promise<void> }[] = [
  { name: 'home', hash: '#/' },
  {
    name: 'reader-table',
    hash: '#/decks/aws-backend-interview/sections/networking-security/4',
    act: reveal,
  },
  {
    name: 'reader-cors',
    hash: '#/decks/aws-backend-interview/sections/serverless-cors/2',
    act: reveal,
  },
  { name: 'study-question', hash: '#/decks/aws-backend-interview/study' },
  { name: 'study-answer', hash: '#/decks/aws-backend-interview/study', act: reveal },
  {
    name: 'study-shortcuts',
    hash: '#/decks/aws-backend-interview/study',
    act: async (page) => {
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'settings', hash: '#/settings' },
  {
    name: 'browse-search',
    hash: '#/browse',
    act: async (page) => {
      await page.getByRole('searchbox').fill('nacl');
      await page.getByText(/1 card matching/).waitFor();
    },
  },
  { name: 'card-page', hash: '#/cards/aws-backend-interview/what-is-cors' },
  { name: 'weak', hash: '#/weak' },
  { name: 'quiz', hash: '#/quiz' },
];
const viewports = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 860 } };

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
for (const [size, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
    for (const screen of screens) {
      await page.goto(new URL(screen.hash, base).href);
      await page.getByRole('heading').first().waitFor();
      await screen.act?.(page);
      await page.screenshot({
        path: `screenshots/${screen.name}-${size}-${colorScheme}.png`,
        fullPage: true,
      });
    }
    await page.close();
  }
}
await browser.close();
console.log('screenshots/ written');
