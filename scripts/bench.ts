/**
 * Benchmarks, on the built app in Chromium and on the pure core in Node.
 *   npm run bench      (builds first; prints a table and writes bench-results/bench.json)
 *
 * - bytes: first-screen JavaScript and CSS gzipped (the entry and what index.html preloads),
 *   every chunk, the largest chunk;
 * - study latency: reveal-and-grade cycles by keyboard on the AWS deck, from the key press
 *   to the next card painted (p50, p95);
 * - core: grading a card and building the next queue, in Node, without the browser.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { createCardSearch } from '../src/lib/card-search.ts';
import { plainText } from '../src/lib/fold.ts';
import { buildQueue } from '../src/srs/queue.ts';
import { schedulerFor } from '../src/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/srs/settings.ts';
import type { CardState } from '../src/srs/types.ts';
import { EMPTY_PROGRESS, savedProgress } from '../src/store/index.ts';
import { formatScaleResults, scaleBench, studyLatency } from './bench-scale.ts';
import { measureBundle } from './bundle-size.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { runLighthouse } from './lighthouse.ts';

const PORT = 4190;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const summary = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  max: round(Math.max(...values)),
});

/** Progress in which every card of the deck is a review card due now. */
function allDue(keys: string[], now: number): string {
  const state = (i: number): CardState => ({
    due: Math.floor((now - 86_400_000 - i * 60_000) / 1000) * 1000,
    stability: 8 + (i % 7),
    difficulty: 4 + (i % 5),
    scheduledDays: 8,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    phase: 'review',
    lastReview: Math.floor((now - 9 * 86_400_000) / 1000) * 1000,
  });
  const cards = Object.fromEntries(keys.map((key, i) => [key, state(i)]));
  return savedProgress({ ...EMPTY_PROGRESS, cards });
}

/** The pure work behind one grade: FSRS for the card, then the next queue. */
function coreGradeAndQueue(cardCount: number): { p50: number; p95: number } {
  const scheduler = schedulerFor(0.9);
  const now = Date.UTC(2026, 10, 26, 9);
  const keys = Array.from({ length: cardCount }, (_, i) => `bench/card-${i}`);
  const states: Record<string, CardState> = {};
  keys.forEach((key, i) => {
    states[key] = scheduler.grade(null, 3, now - 3 * 86_400_000 - i * 1000);
  });
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const key = keys[i % keys.length] as string;
    const start = performance.now();
    states[key] = scheduler.grade(states[key] ?? null, 3, now + i * 1000);
    buildQueue({
      cards: keys,
      states,
      introducedToday: 0,
      settings: DEFAULT_SETTINGS,
      scheduler,
      utcOffset: () => 0,
      now: now + i * 1000,
    });
    times.push(performance.now() - start);
  }
  return { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3) };
}

/**
 * Search on a generated 5,000-card deck (the AWS cards, varied): building the index, and each
 * keystroke of typing queries, as the card browser runs it.
 */
async function searchBench(): Promise<{
  cards: number;
  buildMs: number;
  keystroke: ReturnType<typeof summary>;
}> {
  const { parseDeck } = await import('../src/deck/parse-deck.ts');
  const source = await readFile('content/aws-backend-interview.md', 'utf8');
  const base =
    parseDeck(source, 'content/aws-backend-interview.md').deck?.sections.flatMap((s) => s.cards) ??
    [];
  const cards = Array.from({ length: 5000 }, (_, i) => {
    const card = base[i % base.length];
    return {
      key: `big/card-${i}`,
      question: `${card?.questionText ?? ''} (variant ${i})`,
      answer: `${plainText(card?.answer ?? '')} Topic ${i % 97} region-${i % 13}.`,
      section: `Section ${i % 40}`,
    };
  });
  const start = performance.now();
  const search = createCardSearch(cards);
  const buildMs = round(performance.now() - start, 1);
  const times: number[] = [];
  // One query typed first warms the JIT, as the first keystrokes of a visit would.
  for (let n = 1; n <= 12; n++) search.search('warm up typing'.slice(0, n));
  for (const query of [
    'access-control-allow-origin',
    'lambda cold start',
    'nacl',
    'dynamodb streams',
    'élastic',
  ]) {
    for (let n = 1; n <= query.length; n++) {
      const t = performance.now();
      search.search(query.slice(0, n));
      times.push(performance.now() - t);
    }
  }
  return { cards: cards.length, buildMs, keystroke: summary(times) };
}

/** A generated deck of `n` cards in the documented format. */
function generatedDeck(n: number): string {
  const parts = ['# Generated deck', ''];
  for (let i = 0; i < n; i++) {
    if (i % 100 === 0) parts.push(`## Section ${i / 100 + 1}`, '');
    parts.push(
      `### Question number ${i}: how does service ${i % 37} scale?`,
      '',
      `Service ${i % 37} scales **horizontally** behind a load balancer; state lives in a managed store.`,
      '',
      '| Option | Trade-off |',
      '| --- | --- |',
      `| Cache ${i} | faster reads, stale data |`,
      '',
      '- one point',
      '- another point',
      '',
    );
  }
  return parts.join('\n');
}

/** Parse time for 1,000 to 10,000 cards (median of 3), to see that it grows linearly. */
async function parserThroughput(): Promise<{ cards: number; ms: number; msPerThousand: number }[]> {
  const { parseDeck } = await import('../src/deck/parse-deck.ts');
  parseDeck(generatedDeck(200), 'warm-up.md');
  return [1000, 2000, 5000, 10000].map((cards) => {
    const source = generatedDeck(cards);
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      const { deck } = parseDeck(source, 'generated.md');
      if (deck?.sections.length !== cards / 100)
        throw new Error('the generated deck did not parse');
      return performance.now() - start;
    });
    const ms = round(percentile(times, 50), 0);
    return { cards, ms, msPerThousand: round(ms / (cards / 1000), 0) };
  });
}

async function deckKeys(): Promise<string[]> {
  const { parseDeck } = await import('../src/deck/parse-deck.ts');
  const source = await readFile('content/aws-backend-interview.md', 'utf8');
  const { deck } = parseDeck(source, 'content/aws-backend-interview.md');
  return deck?.sections.flatMap((s) => s.cards.map((c) => `${deck.id}/${c.id}`)) ?? [];
}

const bytes = await measureBundle();
const server = await preview({
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
let latency = { work: [] as number[], painted: [] as number[] };
let lighthouseFigures: Awaited<ReturnType<typeof runLighthouse>> | null = null;
try {
  lighthouseFigures = await runLighthouse(`http://127.0.0.1:${PORT}/`, CHROMIUM_PATH, 3);
  latency = await studyLatency(
    browser,
    `http://127.0.0.1:${PORT}/`,
    allDue(await deckKeys(), Date.now()),
    'aws-backend-interview',
  );
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

const results = {
  date: new Date().toISOString(),
  bytes: {
    firstScreenJsGzip: bytes.firstScreenJsGzip,
    firstScreenCssGzip: bytes.firstScreenCssGzip,
    totalJsGzip: bytes.totalJsGzip,
    largestChunk: bytes.largestChunk,
  },
  studyLatencyAws: {
    cycles: latency.work.length,
    work: summary(latency.work),
    painted: summary(latency.painted),
  },
  coreGradeAndQueue: { cards52: coreGradeAndQueue(52), cards5000: coreGradeAndQueue(5000) },
  search5000: await searchBench(),
  parser: await parserThroughput(),
  lighthouse: lighthouseFigures,
  // The app built with a generated 5,000-card deck and a year of history in storage.
  scale: await scaleBench({ chromiumPath: CHROMIUM_PATH, port: 4192 }),
  chunks: bytes.chunks,
};

await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
const kb = (n: number) => `${round(n / 1024, 1)} KB`;
console.log(`first screen JS (gzip)       ${kb(results.bytes.firstScreenJsGzip)}   (budget 90 KB)`);
console.log(`first screen CSS (gzip)      ${kb(results.bytes.firstScreenCssGzip)}`);
console.log(`all JS (gzip)                ${kb(results.bytes.totalJsGzip)}`);
console.log(
  `largest chunk (gzip)         ${results.bytes.largestChunk?.name} ${kb(results.bytes.largestChunk?.gzip ?? 0)}`,
);
const { work, painted, cycles } = results.studyLatencyAws;
console.log(
  `grade → next card in DOM     p50 ${work.p50} ms, p95 ${work.p95} ms (${cycles} cycles, AWS deck, Chromium)`,
);
console.log(
  `grade → next frame painted   p50 ${painted.p50} ms, p95 ${painted.p95} ms (includes waiting for the next 60 Hz frame)`,
);
console.log(
  `grade + next queue (Node)    52 cards p95 ${results.coreGradeAndQueue.cards52.p95} ms; 5,000 cards p95 ${results.coreGradeAndQueue.cards5000.p95} ms`,
);
const { search5000 } = results;
console.log(
  `search, 5,000 cards (Node)   index ${search5000.buildMs} ms; per keystroke p50 ${search5000.keystroke.p50} ms, p95 ${search5000.keystroke.p95} ms, max ${search5000.keystroke.max} ms`,
);
for (const p of results.parser) {
  console.log(
    `parse ${String(p.cards).padStart(6)} cards     ${p.ms} ms (${p.msPerThousand} ms per 1,000 cards)`,
  );
}
for (const [preset, f] of Object.entries(results.lighthouse ?? {})) {
  console.log(
    `Lighthouse ${preset.padEnd(8)}         performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f.bestPractices}; FCP ${f.fcp} ms, LCP ${f.lcp} ms, TBT ${f.tbt} ms (median of 3)`,
  );
}
console.log(formatScaleResults(results.scale));
console.log('written: bench-results/bench.json');
