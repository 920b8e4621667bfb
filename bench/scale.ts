/**
 * The app at scale: a generated 5,000-card deck and a year of daily study of it, built and
 * served like the real app and measured in Chromium.
 *   npx tsx bench/scale.ts      (standalone: prints a summary; port 4192)
 * or `scaleBench({ chromiumPath, port })` from another script.
 *
 * - deck: 5,000 cards in 50 sections, generated from the AWS deck; parse time in Node;
 * - history: a learner who studies every day for a year (20 new cards a day, every due card),
 *   simulated with the app's own scheduler; its saved size and whether localStorage takes it;
 * - start-up: navigation start to the Home's "Study now" link, with that history saved;
 * - study latency: reveal-and-grade cycles by keyboard, key press to the next card;
 * - profiles: where the main thread spends its time at start-up and when grading (CPU profile
 *   from Chromium, mapped back to source files through hidden source maps).
 */
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { measureBundle } from '../scripts/bundle-size.ts';
import { CHROMIUM_ARGS } from '../scripts/chromium.ts';
import { buildApp, prepareRoot } from './build-app.ts';
import { CYCLES, DECK_ID, HISTORY_DAYS, REPO } from './config.ts';
import { generateDeck, timeParse } from './deck.ts';
import { simulateHistory } from './history.ts';
import { studyLatency } from './latency.ts';
import { profiles } from './profiles.ts';
import { formatScaleResults } from './report.ts';
import { SourceMaps } from './source-maps.ts';
import { round, summary } from './stats.ts';
import { fitsInStorage, newContext, startup, storageCapacity } from './storage-probes.ts';
import type { ScaleBenchOptions, ScaleResults } from './types.ts';

/** Builds the app on a generated 5,000-card deck with a year of history and measures it. */
export async function scaleBench(options: ScaleBenchOptions): Promise<ScaleResults> {
  const say = options.onProgress ?? (() => undefined);
  const base = `http://127.0.0.1:${options.port}/`;
  const now = Date.now();
  const loadAverageAtStart = round(os.loadavg()[0] ?? NaN);

  const { parseDeck } = await import('../src/deck/index.ts');
  const awsPath = 'content/aws-backend-interview.md';
  const aws = parseDeck(await readFile(path.join(REPO, awsPath), 'utf8'), awsPath).deck;
  if (!aws) throw new Error(`${awsPath} does not parse`);
  const { markdown, answerLengths } = generateDeck(aws);
  const { deck: big, parse } = await timeParse(markdown);
  const cardIds = big.sections.flatMap((s) => s.cards.map((c) => c.id));
  say(`deck: ${cardIds.length} cards, ${markdown.length} chars, parsed in ${parse.ms} ms`);

  let tmp: string | null = null;
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    tmp = await prepareRoot(markdown);
    const outDir = path.join(tmp, 'dist');
    say('building…');
    const buildStart = performance.now();
    await buildApp(tmp, outDir);
    const buildMs = round(performance.now() - buildStart, 0);
    const bytes = await measureBundle(outDir);
    say(`built in ${buildMs} ms`);

    server = await preview({
      root: tmp,
      configFile: path.join(REPO, 'vite.config.ts'),
      logLevel: 'silent',
      preview: { port: options.port, strictPort: true, host: '127.0.0.1' },
      build: { outDir },
    });
    browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: [...CHROMIUM_ARGS],
    });

    // The history: a year, or less if a year does not fit in localStorage.
    say('simulating a year of study…');
    const simulationStart = performance.now();
    let history = simulateHistory(cardIds, HISTORY_DAYS, now);
    const simulationMs = round(performance.now() - simulationStart, 0);
    const attempts: ScaleResults['history']['attempts'][number][] = [];
    const probeContext = await newContext(browser);
    let maxChars = 0;
    try {
      const page = await probeContext.newPage();
      maxChars = await storageCapacity(page, base);
      for (const days of [HISTORY_DAYS, 300, 240, 180, 120, 90, 60, 30]) {
        if (days !== HISTORY_DAYS) history = simulateHistory(cardIds, days, now);
        const fit = await fitsInStorage(page, base, history.json);
        attempts.push({
          days,
          reviews: history.progress.log.length,
          jsonChars: history.json.length,
          fits: fit.ok,
          ...(fit.error ? { error: fit.error } : {}),
        });
        say(
          `history ${days} days: ${history.progress.log.length} reviews, ${history.json.length} chars, ${fit.ok ? 'fits' : `does not fit (${fit.error})`}`,
        );
        if (fit.ok) break;
      }
    } finally {
      await probeContext.close();
    }
    if (!attempts.at(-1)?.fits) throw new Error('not even 30 days of history fit in localStorage');

    say('start-up…');
    const startupResults = await startup(browser, base, history.json);
    say(`start-up median ${startupResults.firstVisit.median} ms; study latency, ${CYCLES} cycles…`);
    const latency = await studyLatency(browser, base, history.json);
    say('profiles…');
    const profileResults = await profiles(browser, base, history.json, new SourceMaps(outDir));

    const largest = bytes.largestChunk;
    return {
      date: new Date(now).toISOString(),
      machine: {
        cpus: os.cpus().length,
        loadAverageAtStart,
        loadAverageAtEnd: round(os.loadavg()[0] ?? NaN),
      },
      deck: {
        id: DECK_ID,
        cards: cardIds.length,
        sections: big.sections.length,
        markdownBytes: Buffer.byteLength(markdown),
        answerChars: {
          min: Math.min(...answerLengths),
          mean: Math.round(answerLengths.reduce((a, b) => a + b, 0) / answerLengths.length),
          max: Math.max(...answerLengths),
        },
        parse,
      },
      build: {
        ms: buildMs,
        firstScreenJsGzip: bytes.firstScreenJsGzip,
        totalJsGzip: bytes.totalJsGzip,
        largestChunk: {
          name: largest?.name ?? '',
          bytes: largest?.bytes ?? 0,
          gzip: largest?.gzip ?? 0,
        },
      },
      history: {
        days: history.days,
        reviews: history.progress.log.length,
        cardsStudied: Object.keys(history.progress.cards).length,
        jsonChars: history.json.length,
        jsonBytesUtf8: Buffer.byteLength(history.json),
        dueToday: history.dueToday,
        attempts,
        localStorageMaxChars: maxChars,
        simulationMs,
      },
      startup: startupResults,
      studyLatency: {
        cycles: latency.work.length,
        work: summary(latency.work),
        painted: summary(latency.painted),
      },
      profiles: profileResults,
    };
  } finally {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await scaleBench({
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    port: 4192,
    onProgress: (message) => console.error(`· ${message}`),
  });
  console.log(formatScaleResults(results));
}
