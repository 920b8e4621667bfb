/**
 * The app's icons, drawn once from one glyph (the favicon's two cards) and committed:
 * public/icons/icon.svg, icon-192.png, icon-512.png, maskable-512.png (glyph inside the
 * maskable safe zone, full-bleed background) and apple-touch-icon.png. PNGs are Chromium
 * screenshots of the SVGs; nothing is downloaded.
 *
 *   npx tsx scripts/icons.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const OUT = 'public/icons';
const BLUE = '#0a58ca';

/** The glyph in a 32-unit box: a tilted card behind a card with three lines. */
const GLYPH = [
  `<rect x="5" y="3" width="20" height="26" rx="4" fill="#9ec5fe" transform="rotate(-8 15 16)"/>`,
  `<rect x="8" y="4" width="20" height="26" rx="4" fill="#fff"/>`,
  `<path d="M13 13h10M13 18h10M13 23h6" stroke="${BLUE}" stroke-width="2" stroke-linecap="round" fill="none"/>`,
].join('');

/** The icon on 512 units: `corner` rounds the background, `glyph` is its share of the width. */
function icon({ corner, glyph }: { corner: number; glyph: number }): string {
  const scale = (512 * glyph) / 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">`,
    `<rect width="512" height="512" rx="${corner}" fill="${BLUE}"/>`,
    `<g transform="translate(256 256) scale(${scale.toFixed(3)}) translate(-16.5 -16.5)">${GLYPH}</g>`,
    `</svg>`,
  ].join('');
}

// Maskable: launchers crop to any shape inside the central circle of 80 % of the width.
const ANY = icon({ corner: 112, glyph: 0.62 });
const FULL_BLEED = icon({ corner: 0, glyph: 0.44 });

const PNGS: readonly (readonly [file: string, svg: string, size: number])[] = [
  ['icon-192.png', ANY, 192],
  ['icon-512.png', ANY, 512],
  ['maskable-512.png', FULL_BLEED, 512],
  ['apple-touch-icon.png', FULL_BLEED, 180],
];

await mkdir(OUT, { recursive: true });
await writeFile(`${OUT}/icon.svg`, `${ANY}\n`);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  for (const [file, svg, size] of PNGS) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>` +
        svg.replace('<svg ', `<svg width="${size}" height="${size}" `),
    );
    await page.screenshot({ path: `${OUT}/${file}`, omitBackground: true });
    console.log(`${OUT}/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
