/** 1. The deck: a 5,000-card deck generated from the AWS deck, and how long it takes to parse. */
import type { Deck } from '../src/deck/types.ts';
import { plainText } from '../src/lib/fold.ts';
import { seededRandom } from '../src/srs/simulate.ts';
import { CARDS_PER_SECTION, DECK_ID, SECTIONS } from './config.ts';
import { round } from './stats.ts';
import type { ParseTimes } from './types.ts';

const CODE_SNIPPETS: readonly [string, string][] = [
  [
    'js',
    "const res = await fetch(url, { method: 'POST' });\nif (!res.ok) throw new Error(`HTTP ${res.status}`);",
  ],
  [
    'yaml',
    'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 60',
  ],
  ['bash', 'aws s3 cp ./build s3://my-bucket/app --recursive\naws cloudfront create-invalidation'],
  [
    'python',
    "import boto3\ntable = boto3.resource('dynamodb').Table('orders')\ntable.get_item(Key={'id': 42})",
  ],
];

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const clip = (list: readonly string[], from: number, count: number) =>
  Array.from({ length: count }, (_, k) => list[(from + k) % list.length]).join(' ');

/** A 5,000-card deck in the deck format: the AWS deck's cards, each in many variants. */
export function generateDeck(aws: Deck): { markdown: string; answerLengths: number[] } {
  const base = aws.sections.flatMap((s) => s.cards);
  const corpus = words(base.map((c) => plainText(c.answer)).join(' '));
  const random = seededRandom(7);
  const answerLengths: number[] = [];
  const lines = [
    '# Big Deck: 5,000 Backend Questions',
    '',
    'A generated deck for benchmarks: the AWS questions in many variants, 50 sections of 100 cards.',
    '',
  ];
  let n = 0;
  for (let s = 0; s < SECTIONS; s++) {
    const theme = aws.sections[s % aws.sections.length];
    lines.push(`## Part ${s + 1}: ${theme?.title ?? 'Mixed'}`, '');
    for (let c = 0; c < CARDS_PER_SECTION; c++, n++) {
      const card = base[n % base.length];
      if (!card) throw new Error('the AWS deck has no cards');
      const variant = Math.floor(n / base.length) + 1;
      const own = words(plainText(card.answer));
      const lead = clip(own, 0, Math.min(own.length, 22 + (n % 10)));
      const at = Math.floor(random() * corpus.length);
      const answer = [
        `${lead.replace(/[.:;,]?$/, '.')}`,
        '',
        `In variant ${variant}, think of region-${n % 13} and service tier ${n % 7}: ${clip(corpus, at, 14 + (n % 8))}.`,
        '',
        `- ${clip(corpus, at + 40, 6)}`,
        `- ${clip(corpus, at + 60, 5)} (topic ${n % 97})`,
        `- ${clip(corpus, at + 80, 7)}`,
      ];
      if (n % 5 === 2) {
        answer.push(
          '',
          '| Option | Latency | Cost |',
          '| --- | --- | --- |',
          `| ${clip(corpus, at + 3, 2)} | ${(n % 90) + 10} ms | low |`,
          `| ${clip(corpus, at + 9, 2)} | ${(n % 40) + 2} ms | high |`,
        );
      } else if (n % 7 === 3) {
        const [lang, code] = CODE_SNIPPETS[n % CODE_SNIPPETS.length] as [string, string];
        answer.push('', `\`\`\`${lang}`, code, '```');
      }
      const text = answer.join('\n');
      answerLengths.push(text.length);
      lines.push(`### ${card.questionText} (variant ${variant})`, '', text, '');
    }
  }
  return { markdown: lines.join('\n'), answerLengths };
}

/** The first `count` cards of the generated deck (its title and their sections). */
function firstCards(markdown: string, count: number): string {
  let at = 0;
  for (let n = 0; n <= count; n++) {
    at = markdown.indexOf('\n### ', at + 1);
    if (at === -1) return markdown;
  }
  return markdown.slice(0, at + 1);
}

/**
 * parseDeck in Node on the first 1,000 and 2,000 cards, then on the whole deck (one run each: a
 * run takes seconds), to show how the time grows with the size of one file.
 */
export async function timeParse(markdown: string): Promise<{ deck: Deck; parse: ParseTimes }> {
  const { parseDeck } = await import('../src/deck/index.ts');
  const time = (source: string) => {
    const start = performance.now();
    const { deck, messages } = parseDeck(source, `content/${DECK_ID}.md`);
    if (!deck) throw new Error(`the generated deck does not parse: ${messages[0]?.reason}`);
    return { deck, ms: round(performance.now() - start, 0) };
  };
  const scaling = [1000, 2000].map((cards) => ({
    cards,
    ms: time(firstCards(markdown, cards)).ms,
  }));
  const { deck, ms } = time(markdown);
  return {
    deck,
    parse: { ms, scaling: [...scaling, { cards: SECTIONS * CARDS_PER_SECTION, ms }] },
  };
}
