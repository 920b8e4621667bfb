/**
 * The countdown planner against plain FSRS, on a simulated learner whose memory follows
 * FSRS-6 with default parameters (each review recalled with the predicted probability),
 * over the AWS deck. Seeded: every run prints the same figures.
 *   npm run simulate
 */
import { readFile } from 'node:fs/promises';
import { parseDeck } from '../src/deck/parse-deck.ts';
import { schedulerFor } from '../src/srs/scheduler.ts';
import { simulate, type SimulationResult, type Strategy } from '../src/srs/simulate.ts';

const TARGET = 0.95;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const START = Date.UTC(2026, 11, 1, 9, 0, 0);
const DAY = 86_400_000;

const source = await readFile('content/aws-backend-interview.md', 'utf8');
const { deck } = parseDeck(source, 'content/aws-backend-interview.md');
const cards = deck?.sections.flatMap((s) => s.cards.map((c) => `${deck.id}/${c.id}`)) ?? [];
const scheduler = schedulerFor(0.9);

const strategies: [string, Strategy][] = [
  ['plain FSRS (0.90, 20 new/day)', { kind: 'fsrs', newPerDay: 20 }],
  ['FSRS, due dates capped at the eve', { kind: 'capped', newPerDay: 20 }],
  ['countdown planner', { kind: 'planner' }],
];

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const percentile = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

interface Summary {
  reviews: number;
  heaviest: number;
  peakToAverage: number;
  eve: number;
  meanRecall: number;
  p5Recall: number;
  atTarget: number;
}

function summarise(runs: SimulationResult[]): Summary {
  return {
    reviews: mean(runs.map((r) => r.totalReviews)),
    heaviest: mean(runs.map((r) => r.heaviestDay)),
    peakToAverage: mean(runs.map((r) => r.heaviestDay / mean(r.reviewsPerDay))),
    eve: mean(runs.map((r) => r.reviewsPerDay.at(-1) ?? 0)),
    meanRecall: mean(runs.map((r) => mean(r.recallAtInterview))),
    p5Recall: mean(runs.map((r) => percentile(r.recallAtInterview, 5))),
    atTarget: mean(
      runs.map(
        (r) => r.recallAtInterview.filter((x) => x >= TARGET).length / r.recallAtInterview.length,
      ),
    ),
  };
}

const results: Record<string, Record<string, Summary>> = {};
for (const days of [14, 5]) {
  const interview = { at: START + days * DAY, target: TARGET };
  console.log(
    `\nInterview in ${days} days, ${cards.length} cards, target recall ${TARGET}, ${SEEDS.length} seeds (mean per run)`,
  );
  console.log(
    'strategy                           reviews  heaviest day  peak/avg    eve  mean recall  p5 recall  cards ≥ target',
  );
  results[`${days}d`] = {};
  for (const [name, strategy] of strategies) {
    const runs = SEEDS.map((seed) =>
      simulate({ cards, scheduler, strategy, start: START, interview, seed }),
    );
    const s = summarise(runs);
    (results[`${days}d`] as Record<string, Summary>)[strategy.kind] = s;
    console.log(
      `${name.padEnd(34)} ${s.reviews.toFixed(0).padStart(7)}  ${s.heaviest.toFixed(1).padStart(12)}  ${s.peakToAverage.toFixed(2).padStart(8)}  ${s.eve.toFixed(1).padStart(5)}  ${s.meanRecall.toFixed(3).padStart(11)}  ${s.p5Recall.toFixed(3).padStart(9)}  ${(s.atTarget * 100).toFixed(1).padStart(13)}%`,
    );
  }
  const plain = results[`${days}d`]?.fsrs;
  const planner = results[`${days}d`]?.planner;
  if (plain && planner) {
    console.log(
      `planner vs plain FSRS: ${(planner.reviews / plain.reviews).toFixed(2)}× the reviews; cards at target ${(plain.atTarget * 100).toFixed(1)}% → ${(planner.atTarget * 100).toFixed(1)}%`,
    );
  }
}
