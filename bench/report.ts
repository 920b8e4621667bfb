/** The benchmark results as readable text, one measure a line. */
import { formatEditOverlay } from './edits.ts';
import { formatPreviewLatency } from './preview.ts';
import { formatSyncLatency } from './sync.ts';
import type { BenchResults } from './run.ts';
import { round } from './stats.ts';
import type { ScaleResults, StartupSeries } from './types.ts';

/** The results as a readable text, one measure a line. */
export function formatScaleResults(r: ScaleResults): string {
  const out: string[] = [];
  const kb = (n: number) => `${round(n / 1024, 1)} KB`;
  const mb = (n: number) => `${round(n / 1024 / 1024, 2)} MiB`;
  const h = r.history;
  out.push(
    `\nPrepDeck at scale (${r.date}; ${r.machine.cpus} CPUs, load average ${r.machine.loadAverageAtStart} at start, ${r.machine.loadAverageAtEnd} at end)`,
  );
  out.push(
    `deck                         ${r.deck.cards} cards in ${r.deck.sections} sections, ${kb(r.deck.markdownBytes)} of markdown, answers ${r.deck.answerChars.min}–${r.deck.answerChars.max} chars (mean ${r.deck.answerChars.mean})`,
  );
  out.push(
    `parseDeck (Node)             ${r.deck.parse.ms} ms; ${r.deck.parse.scaling.map((p) => `${p.cards} cards ${p.ms} ms`).join(', ')}`,
  );
  out.push(
    `build                        ${round(r.build.ms / 1000, 1)} s; first-screen JS ${kb(r.build.firstScreenJsGzip)} gzip, all JS ${kb(r.build.totalJsGzip)} gzip, largest ${r.build.largestChunk.name} ${kb(r.build.largestChunk.bytes)} (${kb(r.build.largestChunk.gzip)} gzip)`,
  );
  for (const a of h.attempts) {
    out.push(
      `history, ${String(a.days).padStart(3)} days            ${a.reviews} reviews, ${a.jsonChars} chars (${mb(a.jsonChars)}): ${a.fits ? 'localStorage takes it' : `localStorage refuses it (${a.error})`}`,
    );
  }
  out.push(
    `history used                 ${h.days} days, ${h.reviews} reviews of ${h.cardsStudied} cards, ${h.dueToday} due today; simulated in ${h.simulationMs} ms`,
  );
  out.push(
    `localStorage capacity        ${h.localStorageMaxChars} ASCII chars under the key (${round((h.jsonChars / h.localStorageMaxChars) * 100, 0)}% used by the history)`,
  );
  const startupLine = (label: string, s: StartupSeries) =>
    `${label.padEnd(29)}median ${s.median} ms (runs ${s.runs.join(', ')}); in the DOM ${s.inDomMedian} ms (runs ${s.inDomRuns.join(', ')}); longest task ${s.longestTaskMedian} ms`;
  out.push(startupLine('start-up, first visit', r.startup.firstVisit));
  out.push(startupLine('  same, nothing saved', r.startup.emptyStorage));
  out.push(startupLine('  same, HTTP cache warm', r.startup.warmCache));
  const l = r.studyLatency;
  out.push(
    `grade → next card in DOM     p50 ${l.work.p50} ms, p95 ${l.work.p95} ms, max ${l.work.max} ms (${l.cycles} cycles)`,
  );
  out.push(
    `grade → next frame painted   p50 ${l.painted.p50} ms, p95 ${l.painted.p95} ms, max ${l.painted.max} ms`,
  );
  for (const [name, p] of [
    ['start-up', r.profiles.startup],
    [`${r.profiles.grading.grades} grades`, r.profiles.grading],
  ] as const) {
    out.push(`\nprofile, ${name}: ${p.busyMs} ms of main-thread time; self time by file:`);
    for (const e of p.byFile) out.push(`  ${String(e.selfMs).padStart(8)} ms  ${e.where}`);
    out.push('  by function:');
    for (const e of p.byFunction) out.push(`  ${String(e.selfMs).padStart(8)} ms  ${e.where}`);
    out.push('  by trace event (another run; renderer main thread, self time):');
    for (const e of p.byTraceEvent) out.push(`  ${String(e.selfMs).padStart(8)} ms  ${e.where}`);
  }
  return out.join('\n');
}

/** The whole benchmark as text: bytes, latency, core, search, parser, Lighthouse, scale. */
export function formatBenchResults(results: BenchResults): string {
  const out: string[] = [];
  const kb = (n: number) => `${round(n / 1024, 1)} KB`;
  out.push(`first screen JS (gzip)       ${kb(results.bytes.firstScreenJsGzip)}   (budget 90 KB)`);
  out.push(`first screen CSS (gzip)      ${kb(results.bytes.firstScreenCssGzip)}`);
  out.push(`all JS (gzip)                ${kb(results.bytes.totalJsGzip)}`);
  out.push(
    `largest chunk (gzip)         ${results.bytes.largestChunk?.name} ${kb(results.bytes.largestChunk?.gzip ?? 0)}`,
  );
  const { work, painted, cycles } = results.studyLatencyAws;
  out.push(
    `grade → next card in DOM     p50 ${work.p50} ms, p95 ${work.p95} ms (${cycles} cycles, AWS deck, Chromium)`,
  );
  out.push(
    `grade → next frame painted   p50 ${painted.p50} ms, p95 ${painted.p95} ms (includes waiting for the next 60 Hz frame)`,
  );
  out.push(
    `grade + next queue (Node)    52 cards p95 ${results.coreGradeAndQueue.cards52.p95} ms; 5,000 cards p95 ${results.coreGradeAndQueue.cards5000.p95} ms`,
  );
  out.push(formatEditOverlay(results.editOverlay));
  const { search5000 } = results;
  out.push(
    `search, 5,000 cards (Node)   index ${search5000.buildMs} ms; per keystroke p50 ${search5000.keystroke.p50} ms, p95 ${search5000.keystroke.p95} ms, max ${search5000.keystroke.max} ms`,
  );
  for (const p of results.parser) {
    out.push(
      `parse ${String(p.cards).padStart(6)} cards     ${p.ms} ms (${p.msPerThousand} ms per 1,000 cards)`,
    );
  }
  for (const f of results.importer) {
    out.push(
      `import ${f.document.padEnd(13)} (Node) ${f.ms} ms (${f.mbPerSecond} MB/s), ${f.cards} cards`,
    );
  }
  if (results.preview1mb) out.push(formatPreviewLatency(results.preview1mb));
  if (results.sync) out.push(formatSyncLatency(results.sync));
  for (const [preset, f] of Object.entries(results.lighthouse ?? {})) {
    out.push(
      `Lighthouse ${preset.padEnd(8)}         performance ${f.performance}, accessibility ${f.accessibility}, best practices ${f.bestPractices}; FCP ${f.fcp} ms, LCP ${f.lcp} ms, TBT ${f.tbt} ms (median of 3)`,
    );
  }
  const side = results.lighthouseSideBySide;
  if (side) {
    for (const build of ['baseline', 'today'] as const) {
      const f = side[build];
      out.push(
        `Lighthouse mobile, ${build === 'baseline' ? side.baselineCommit.padEnd(8) : 'today   '} performance ${f.performance}; FCP ${f.fcp} ms, LCP ${f.lcp} ms, TBT ${f.tbt} ms (median of ${side.rounds}, alternating)`,
      );
    }
  }
  out.push(formatScaleResults(results.scale));

  return out.join('\n');
}
