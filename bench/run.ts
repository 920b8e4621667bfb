/**
 * Benchmarks, on the built app in Chromium and on the pure core in Node.
 *   npm run bench      (builds first; prints a table, writes bench-results/bench.json and
 *                     docs/performance.md from it)
 *
 * - bytes: first-screen JavaScript and CSS gzipped (the entry and what index.html preloads),
 *   every chunk, the largest chunk;
 * - study latency: reveal-and-grade cycles by keyboard on the AWS deck, from the key press
 *   to the next card painted (p50, p95);
 * - core: grading a card and building the next queue, in Node, without the browser;
 * - Add a deck: a 1 MB document chosen → its preview drawn, in Chromium (bench/preview.ts);
 * - card edits laid over a 5,000-card deck, in Node (bench/edits.ts);
 * - sync: the first sync of 5 years × 5,000 cards, devices joining, a grade reaching the other
 *   device, against the development sync server (bench/sync.ts);
 * - Lighthouse mobile on today's build and the first wave's (or BENCH_BASELINE's), alternating.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { measureBundle } from '../scripts/bundle-size.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { alternateLighthouse, runLighthouse } from '../scripts/lighthouse.ts';
import { buildCommit, FIRST_WAVE, servePreview } from './baseline.ts';
import { REPO } from './config.ts';
import { allDue, coreGradeAndQueue, deckKeys, parserThroughput, searchBench } from './core.ts';
import { durabilityBench } from './durability.ts';
import { editOverlayBench } from './edits.ts';
import { importThroughput } from './import.ts';
import { formatPreviewLatency, previewLatency } from './preview.ts';
import { formatRouteLatency, routeLatency } from './route-latency.ts';
import { studyLatency } from './latency.ts';
import { performancePage, readNotes } from './perf-doc.ts';
import { formatBenchResults } from './report.ts';
import { scaleBench } from './scale.ts';
import { formatSyncLatency, syncLatency } from './sync.ts';
import { summary } from './stats.ts';

const PORT = 4190;

const bytes = await measureBundle();
const baselineCommit = process.env.BENCH_BASELINE ?? FIRST_WAVE;
const baselineRoot = await buildCommit(baselineCommit);
const server = await servePreview(REPO, PORT);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
let latency = { work: [] as number[], painted: [] as number[] };
let lighthouseFigures: Awaited<ReturnType<typeof runLighthouse>> | null = null;
let routes: Awaited<ReturnType<typeof routeLatency>> | null = null;
let durability: Awaited<ReturnType<typeof durabilityBench>> | null = null;
let preview1mb: Awaited<ReturnType<typeof previewLatency>> | null = null;
let sync: Awaited<ReturnType<typeof syncLatency>> | null = null;
let sideBySide: Awaited<ReturnType<typeof lighthouseSideBySide>> | null = null;
try {
  lighthouseFigures = await runLighthouse(`http://127.0.0.1:${PORT}/`, CHROMIUM_PATH, 3);
  sideBySide = await lighthouseSideBySide();
  latency = await studyLatency(
    browser,
    `http://127.0.0.1:${PORT}/`,
    allDue(await deckKeys(), Date.now()),
    'aws-backend-interview',
  );
  routes = await routeLatency(`http://127.0.0.1:${PORT}/`);
  console.log(formatRouteLatency(routes));
  durability = await durabilityBench({ base: `http://127.0.0.1:${PORT}/` });
  preview1mb = await previewLatency(`http://127.0.0.1:${PORT}/`);
  console.log(formatPreviewLatency(preview1mb));
  sync = await syncLatency(`http://127.0.0.1:${PORT}/`);
  console.log(formatSyncLatency(sync));
} finally {
  await browser.close();
  await server.close();
}

/** Lighthouse mobile, today's build and the baseline's in turn, four rounds. */
async function lighthouseSideBySide() {
  const rounds = 4;
  const baseline = await servePreview(baselineRoot, PORT + 1);
  try {
    const figures = await alternateLighthouse(
      { baseline: `http://127.0.0.1:${PORT + 1}/`, today: `http://127.0.0.1:${PORT}/` },
      CHROMIUM_PATH,
      rounds,
    );
    return { baselineCommit, rounds, ...figures };
  } finally {
    await baseline.close();
  }
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
  // A card edit saved → the decks laid with it, 5,000 cards (issue 19).
  editOverlay: editOverlayBench(),
  parser: await parserThroughput(),
  // Importing a 1 MB document of each common shape, in Node (issue 12).
  importer: importThroughput(),
  // Add a deck: a 1 MB file chosen → its preview drawn, in Chromium (issue 18).
  preview1mb,
  // Sync between devices: first sync of years of history, joining, grade → other device (issue 24).
  sync,
  lighthouse: lighthouseFigures,
  // The same, mobile, alternating with the baseline's build (issue 21).
  lighthouseSideBySide: sideBySide,
  // Click in the header → the screen's heading painted (issue 13).
  routeLatency: routes,
  // Grade → journal transaction complete, → next card; sizes for 1 and 5 years (issue 11).
  durability,
  // The app built with a generated 5,000-card deck and a year of history in storage.
  scale: await scaleBench({ chromiumPath: CHROMIUM_PATH, port: 4192 }),
  chunks: bytes.chunks,
};

await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(formatBenchResults(results));
await mkdir('docs', { recursive: true });
await writeFile('docs/performance.md', performancePage(results, await readNotes()));
console.log('written: bench-results/bench.json, docs/performance.md');
export type BenchResults = typeof results;
