/**
 * The fault suite: tabs of one browser grading, reloading and closing at once in seeded random
 * interleavings (tests/support/tab-interleavings.ts), 2 and 3 tabs in turn, in Chromium on the
 * built app, with the machine loaded by busy processes (a laptop on a video call). Fails when
 * any interleaving loses a review.
 *
 *   npm run faults -- [--runs 200] [--load 4] [--dist dist] [--from 1]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { runInterleaving } from '../tests/support/tab-interleavings.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveStatic } from './serve-static.ts';

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const runs = Number(option('runs', '200'));
const load = Number(option('load', '4'));
const from = Number(option('from', '1'));
let dist = option('dist', '');
if (!dist) {
  dist = 'dist';
  await build({ logLevel: 'warn' });
}

/** Busy processes, each spinning one core, for the length of the suite. */
const busy: ChildProcess[] = Array.from({ length: load }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const server = await serveStatic({ root: dist });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const failures: string[] = [];
let made = 0;
try {
  for (let seed = from; seed < from + runs; seed++) {
    const tabs = seed % 2 === 0 ? 2 : 3;
    const context = await browser.newContext();
    try {
      const result = await runInterleaving(context, server.url, { seed, tabs, stepsPerTab: 5 });
      made += result.made;
      const line = `seed ${seed}, ${tabs} tabs: ${result.kept} of ${result.made} reviews kept`;
      console.log(`${line} (load ${os.loadavg()[0]?.toFixed(1)})`);
      if (result.kept !== result.made) failures.push(`${line}\n  ${result.steps.join('\n  ')}`);
    } finally {
      await context.close();
    }
  }
} finally {
  for (const child of busy) child.kill();
  await browser.close();
  await server.close();
}
console.log(`\n${runs} interleavings, ${made} reviews made, ${failures.length} losing any`);
for (const failure of failures) console.log(failure);
process.exitCode = failures.length > 0 ? 1 : 0;
