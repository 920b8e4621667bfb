/**
 * docs/performance.md, generated from bench-results/bench.json (what `npm run bench` writes):
 *   npm run docs:perf
 * The page is never edited by hand; `npm run bench` regenerates it at the end of a run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchResults } from './run.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n} ms`;
const s = (n: number) => `${(n / 1000).toFixed(2)} s`;

/** The hand-written reading of the figures (bench/performance-notes.md), under the table. */
export const readNotes = () => readFile('bench/performance-notes.md', 'utf8');

/** Lighthouse mobile for today's build and the baseline's, run in turn in the same run. */
function sideBySideRows(side: BenchResults['lighthouseSideBySide']): [string, string, string][] {
  if (!side) return [];
  const row = (f: (typeof side)['today']) =>
    `performance ${f.performance}; FCP ${s(f.fcp)}, LCP ${s(f.lcp)}, TBT ${ms(f.tbt)}`;
  return [
    [
      `Lighthouse mobile, today's build, alternating with ${side.baselineCommit}'s (median of ${side.rounds})`,
      row(side.today),
      '≥ 0.98, TBT < 100 ms, LCP < 1.7 s',
    ],
    [
      `Lighthouse mobile, ${side.baselineCommit}'s build (the first wave), same runs`,
      row(side.baseline),
      '',
    ],
  ];
}

/** The page for one run's results. */
export function performancePage(r: BenchResults, notes: string): string {
  const aws = r.studyLatencyAws;
  const scale = r.scale;
  const history = scale.history;
  const rows: [string, string, string][] = [
    [
      'first-screen JavaScript / CSS, gzipped',
      `${kb(r.bytes.firstScreenJsGzip)} / ${kb(r.bytes.firstScreenCssGzip)}`,
      'JS < 90 KB (CI fails over it: `npm run size`)',
    ],
    [
      'all JavaScript, gzipped; largest chunk',
      `${kb(r.bytes.totalJsGzip)}; ${r.bytes.largestChunk?.name ?? '?'} ${kb(r.bytes.largestChunk?.gzip ?? 0)}`,
      '',
    ],
    ...Object.entries(r.lighthouse ?? {}).map(([preset, f]): [string, string, string] => [
      `Lighthouse ${preset} (median of 3)`,
      `performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f.bestPractices}; FCP ${s(f.fcp)}, LCP ${s(f.lcp)}, TBT ${ms(f.tbt)}`,
      preset === 'mobile' ? '≥ 0.98, 1.00, 1.00' : '',
    ]),
    ...sideBySideRows(r.lighthouseSideBySide),
    [
      `grade → next card in the DOM, laid out, AWS deck (${aws.cycles} cycles)`,
      `p50 ${ms(aws.work.p50)}, p95 ${ms(aws.work.p95)}`,
      'p95 < 16 ms',
    ],
    [
      'grade → next frame painted, AWS deck (includes the wait for the next 60 Hz frame)',
      `p50 ${ms(aws.painted.p50)}, p95 ${ms(aws.painted.p95)}`,
      '',
    ],
    [
      `grade → next card in the DOM, ${scale.deck.cards.toLocaleString('en')} cards + ${history.days} days of history (${scale.studyLatency.cycles} cycles)`,
      `p50 ${ms(scale.studyLatency.work.p50)}, p95 ${ms(scale.studyLatency.work.p95)}`,
      'p95 < 16 ms, ≤ 1.5× the AWS deck p95',
    ],
    [
      `grade → next frame painted, ${scale.deck.cards.toLocaleString('en')} cards + that history`,
      `p50 ${ms(scale.studyLatency.painted.p50)}, p95 ${ms(scale.studyLatency.painted.p95)}`,
      '',
    ],
    [
      `start-up to Home, ${scale.deck.cards.toLocaleString('en')} cards + ${history.reviews.toLocaleString('en')} reviews in storage (first visit, median)`,
      `${ms(scale.startup.firstVisit.median)} (${ms(scale.startup.firstVisit.inDomMedian)} to the DOM)`,
      '< 1 s',
    ],
    [
      'that history in localStorage',
      `${(history.jsonChars / 1e6).toFixed(2)} M characters (${Math.round((100 * history.jsonChars) / history.localStorageMaxChars)}% of the ${(history.localStorageMaxChars / 1e6).toFixed(2)} M Chromium allows)`,
      '',
    ],
    [
      `search, ${r.search5000.cards.toLocaleString('en')} cards, per keystroke (Node)`,
      `p50 ${ms(r.search5000.keystroke.p50)}, p95 ${ms(r.search5000.keystroke.p95)}, max ${ms(r.search5000.keystroke.max)}`,
      '< 16 ms',
    ],
    [
      `a card edit saved → every deck laid with it, ${r.editOverlay.cards.toLocaleString('en')} cards: one edited / every card reversed / an edit in another deck (Node, p95)`,
      `${ms(r.editOverlay.oneEdited.p95)} / ${ms(r.editOverlay.everyCardReversed.p95)} / ${ms(r.editOverlay.otherDeckEdited.p95)}`,
      '',
    ],
    [
      `parse ${r.parser.map((p) => p.cards.toLocaleString('en')).join(' / ')} generated cards (Node)`,
      r.parser.map((p) => s(p.ms)).join(' / '),
      'linear',
    ],
    ...(r.importer
      ? ([
          [
            `import a 1 MB document: ${r.importer.map((f) => f.document).join(' / ')} (Node)`,
            r.importer.map((f) => `${ms(f.ms)} (${f.mbPerSecond} MB/s)`).join(' / '),
            '< 1 s',
          ],
        ] satisfies [string, string, string][])
      : []),
    ...(r.preview1mb
      ? ([
          [
            `Add a deck: a 1 MB document chosen → its preview drawn, ${r.preview1mb.documents.map((d) => `${d.document}, ${d.moment}`).join(' / ')} (Chromium, median of ${r.preview1mb.runs}, load average ${r.preview1mb.loadAverageAtStart} at start, ${r.preview1mb.loadAverageAtEnd} at end)`,
            r.preview1mb.documents
              .map((d) => `${ms(Math.round(d.paintedMedian))} (${d.count})`)
              .join(' / '),
            '< 500 ms',
          ],
        ] satisfies [string, string, string][])
      : []),
    ...(r.sync
      ? ([
          [
            `Sync: first sync of ${r.sync.history.years} years × ${r.sync.history.cards.toLocaleString('en')} cards (${r.sync.history.reviews.toLocaleString('en')} reviews), "Merge and sync" → "Synced just now" (Chromium ↔ development server, load average ${r.sync.loadAverageAtStart} at start)`,
            `${ms(r.sync.first.syncedMs)} (${r.sync.first.server.documents} documents, ${(r.sync.first.server.bytes / 1e6).toFixed(1)} MB on the server)`,
            '',
          ],
          [
            'Sync: an empty device joining it → synced; → every review saved (longest task)',
            `${ms(r.sync.joinHome.syncedMs)}; ${r.sync.joinHome.allSavedMs === null ? 'not within a minute' : ms(r.sync.joinHome.allSavedMs)} (${ms(r.sync.joinHome.longestTaskMs)})`,
            '',
          ],
          [
            'Sync: a grade on one device → counted on the other’s open Stats screen, fresh devices / both with the history (median, p95)',
            `${ms(r.sync.steadyFresh.median)}, ${ms(r.sync.steadyFresh.p95)} / ${r.sync.steadyHistory ? `${ms(r.sync.steadyHistory.median)}, ${ms(r.sync.steadyHistory.p95)}` : 'not measured'}`,
            '< 2 s',
          ],
        ] satisfies [string, string, string][])
      : []),
    [
      'grade + next queue in Node, 52 / 5,000 cards (p95)',
      `${ms(r.coreGradeAndQueue.cards52.p95)} / ${ms(r.coreGradeAndQueue.cards5000.p95)}`,
      '',
    ],
    ...(r.routeLatency
      ? ([
          [
            'click in the header → screen painted, first open (Cards, Quiz, Mock, Stats, Settings)',
            `p50 ${ms(r.routeLatency.firstOpen.p50)}, p95 ${ms(r.routeLatency.firstOpen.p95)}; "Loading…" seen ${r.routeLatency.firstOpen.placeholders} times`,
            'p95 < 100 ms, no "Loading…"',
          ],
          [
            'click in the header → screen painted, again',
            `p50 ${ms(r.routeLatency.again.p50)}, p95 ${ms(r.routeLatency.again.p95)}`,
            'p95 < 50 ms',
          ],
        ] satisfies [string, string, string][])
      : []),
    ...(r.durability
      ? ([
          [
            'grade → durable (journal transaction complete), a sitting of 50 grades, 52 cards / 5,000 cards + 5 years; the first grade after the page opened',
            `p95 ${ms(r.durability.runs.cards52.durableP95)} / ${ms(r.durability.runs.cards5000year5.durableP95)}; first ${ms(r.durability.runs.cards52.firstDurable)} / ${ms(r.durability.runs.cards5000year5.firstDurable)}`,
            'p95 < 16 ms',
          ],
          [
            'grade → next card painted (journal included), same sittings; the first grade',
            `p95 ${ms(r.durability.runs.cards52.nextCardP95)} / ${ms(r.durability.runs.cards5000year5.nextCardP95)}; first ${ms(r.durability.runs.cards52.firstNextCard)} / ${ms(r.durability.runs.cards5000year5.firstNextCard)}`,
            '≤ 1.5× the 52-card figure',
          ],
          [
            'start-up to Home, 5,000 cards + 5 years / empty storage (same runs)',
            `median ${ms(r.durability.startupYear5Median)} / ${ms(r.durability.startupEmptyMedian)}`,
            '< 500 ms',
          ],
          [
            'localStorage / IndexedDB history for 5,000 cards, 1 year',
            `${(r.durability.sizes.year1.chars / 1e6).toFixed(2)} M / ${(r.durability.sizes.year1.archived / 1e6).toFixed(2)} M characters`,
            'fits with room to spare',
          ],
          [
            'localStorage / IndexedDB history for 5,000 cards, 5 years',
            `${(r.durability.sizes.year5.chars / 1e6).toFixed(2)} M / ${(r.durability.sizes.year5.archived / 1e6).toFixed(2)} M characters${r.durability.sizes.year5.fits ? '' : ' (does not fit in localStorage)'}`,
            'fits with room to spare',
          ],
        ] satisfies [string, string, string][])
      : []),
  ];
  const table = [
    '| measure | result | target |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  return [
    '# Performance',
    '',
    '<!-- Generated by `npm run docs:perf` from bench-results/bench.json: do not edit by hand. -->',
    '',
    '`npm run bench` builds the app and measures it: sizes, study latency, start-up and the preview',
    'of a 1 MB document in Add a deck in Chromium (playwright-core), Lighthouse, search, parsing and',
    'importing in Node, and the whole app again built with a',
    'generated 5,000-card deck and a simulated year of study in storage. It prints a table, writes',
    '`bench-results/bench.json` and regenerates this page. The code is in `bench/`, one job a module.',
    '',
    `Run of ${r.date.slice(0, 10)} on a ${scale.machine.cpus}-core machine (load average ${scale.machine.loadAverageAtStart} at the start, ${scale.machine.loadAverageAtEnd} at the end: wall-clock timings move with it, by ±20% between runs).`,
    '',
    ...table,
    '',
    notes.trim(),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(await readFile('bench-results/bench.json', 'utf8')) as BenchResults;
  await writeFile('docs/performance.md', performancePage(results, await readNotes()));
  console.log('written: docs/performance.md');
}
