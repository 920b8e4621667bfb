/**
 * How long the answer-first check costs per keystroke: extracting the key points of the
 * AWS deck's longest answer, then matching a typed answer of 2,000 characters (and the
 * 20,000-character limit) against them, many times. The UI re-runs the match as the user
 * types, so one match must stay well under a frame (16 ms) on a slow machine.
 *
 *   npx tsx bench/key-points.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDeck } from '../src/deck/index.ts';
import { extractKeyPoints, matchAnswer, MAX_TYPED_CHARS } from '../src/deck/key-points/index.ts';

const DECK = fileURLToPath(new URL('../content/aws-backend-interview.md', import.meta.url));
const RUNS = 300;

const { deck } = parseDeck(readFileSync(DECK, 'utf8'), 'content/aws-backend-interview.md');
const cards = deck?.sections.flatMap((s) => s.cards) ?? [];
const longest = cards.reduce((a, b) => (b.answer.length > a.answer.length ? b : a));

/** A typed answer of `length` characters: the answer's own words, shuffled, with typos. */
function typedAnswer(source: string, length: number): string {
  const words = source.match(/[\p{L}\p{N}-]+/gu) ?? ['word'];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let text = '';
  while (text.length < length) {
    const word = words[Math.floor(random() * words.length)] as string;
    // One word in ten misspelled, as people type.
    text += `${random() < 0.1 ? word.slice(0, -1) : word} `;
  }
  return text.slice(0, length);
}

function time(label: string, run: () => unknown, runs = RUNS) {
  run(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(3);
  console.log(`${label.padEnd(48)} median ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms`);
}

console.log(`Longest answer: "${longest.questionText}" (${longest.answer.length} characters)`);
const points = extractKeyPoints(longest.answer, { question: longest.questionText });
time('extractKeyPoints (longest answer)', () =>
  extractKeyPoints(longest.answer, { question: longest.questionText }),
);
time(
  'extractKeyPoints (all 52 answers)',
  () => {
    for (const card of cards) extractKeyPoints(card.answer, { question: card.questionText });
  },
  20,
);
for (const length of [2_000, MAX_TYPED_CHARS]) {
  const typed = typedAnswer(longest.answer, length);
  const result = matchAnswer(typed, points);
  time(
    `matchAnswer (${length} chars typed, ${result.covered.length}/${points.length} covered)`,
    () => matchAnswer(typed, points),
  );
}

// As typed: one match per keystroke on the growing text, as the answer box would run it.
{
  const typed = typedAnswer(longest.answer, 2_000);
  const samples: number[] = [];
  for (let i = 1; i <= typed.length; i++) {
    const start = performance.now();
    matchAnswer(typed.slice(0, i), points);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p95 = samples[Math.floor(0.95 * samples.length)] ?? 0;
  console.log(
    `${'2,000 keystrokes, one match each'.padEnd(48)} mean ${mean.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms  max ${(samples.at(-1) ?? 0).toFixed(3)} ms`,
  );
}
