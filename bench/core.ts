/** Benchmarks of the pure core in Node (grading, queues, search, parsing), and the AWS deck fixture. */
import { readFile } from 'node:fs/promises';
import { createCardSearch } from '../src/lib/card-search.ts';
import { plainText } from '../src/lib/fold.ts';
import { buildQueue } from '../src/srs/queue.ts';
import { schedulerFor } from '../src/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/srs/settings.ts';
import type { CardState } from '../src/srs/types.ts';
import { EMPTY_PROGRESS, savedProgress } from '../src/store/tools/index.ts';
import { percentile, round, summary } from './stats.ts';

/** Progress in which every card of the deck is a review card due now. */
export function allDue(keys: string[], now: number): string {
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
export function coreGradeAndQueue(cardCount: number): { p50: number; p95: number } {
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
export async function searchBench(): Promise<{
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
export async function parserThroughput(): Promise<
  { cards: number; ms: number; msPerThousand: number }[]
> {
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

export async function deckKeys(): Promise<string[]> {
  const { parseDeck } = await import('../src/deck/parse-deck.ts');
  const source = await readFile('content/aws-backend-interview.md', 'utf8');
  const { deck } = parseDeck(source, 'content/aws-backend-interview.md');
  return deck?.sections.flatMap((s) => s.cards.map((c) => `${deck.id}/${c.id}`)) ?? [];
}
