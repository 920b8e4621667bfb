import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/index.ts';
import { DECK_PATH, readAwsSource, words } from '../support/aws-source.ts';

const { deck, messages } = parseDeck(
  readFileSync(DECK_PATH, 'utf8'),
  'content/aws-backend-interview.md',
);
const cards = deck?.sections.flatMap((s) => s.cards) ?? [];
const markdown = unified().use(remarkParse).use(remarkGfm);

/** The words a reader sees in an answer: text, table cells and code, not markup. */
function answerWords(answer: string): string[] {
  return words(textOf(markdown.parse(answer)));
}

/** Text with a space between nodes, so list items and table cells do not run together. */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join(' ');
  return '';
}

// The source's serverless answer ends with a chat assistant's offer to write more; it is
// not part of the answer, so it is the one passage deliberately left out of the deck.
const CHATBOT_OFFER =
  /Would you like me to tailor these best practices[\s\S]*recommended AWS settings\./;

describe('the AWS deck', () => {
  it('parses without any message', () => {
    expect(messages).toEqual([]);
  });

  it('has 52 cards in 9 sections, the source eight in order and a ninth for the trailing two', () => {
    expect(deck?.sections.map((s) => s.cards.length)).toEqual([5, 10, 9, 7, 5, 6, 4, 4, 2]);
    expect(cards).toHaveLength(52);
    expect(cards[0]?.questionText).toBe('What is AWS?');
    expect(cards.at(-1)?.questionText).toBe('What is CORS?');
  });

  it('has unique card ids', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(52);
  });

  it('contains no mis-decoded characters', () => {
    const text = readFileSync(DECK_PATH, 'utf8');
    // Typical Mac Roman readings of UTF-8 lead bytes: ‚Ä (U+2014 …), Ô∏ (U+FE0F), üü (emoji).
    expect(text).not.toMatch(/‚Ä|Ô∏|üü|üí|‚Ä|‚öôÔ/);
    expect(text).toContain('🟢 AWS Basics');
    expect(text).toContain('What’s the difference between SQS and SNS?');
  });

  it('writes the seven comparison answers as GFM tables', () => {
    const withTables = cards.filter((c) => /^\| --- \|/m.test(c.answer)).map((c) => c.id);
    expect(withTables).toEqual([
      'what-is-the-difference-between-ec2-and-lambda',
      'difference-between-s3-and-ebs',
      'difference-between-rds-and-dynamodb',
      'difference-between-security-group-and-nacl',
      'what-is-the-difference-between-cloudformation-and-terraform',
      'whats-the-difference-between-sqs-and-sns',
      'what-is-cors',
    ]);
  });

  it('fences the CORS snippets with their language', () => {
    const cors = cards.find((c) => c.id === 'what-is-cors')?.answer ?? '';
    expect(cors.match(/^```(\w+)/gm)).toEqual(
      expect.arrayContaining(['```js', '```yaml', '```http']),
    );
  });

  it('turns the sub-headings of the two long answers into headings inside the answer', () => {
    const serverless = cards.find((c) => c.id === 'serverless-best-practices')?.answer ?? '';
    expect(serverless.match(/^#### .+$/gm)).toHaveLength(10);
    const cors = cards.find((c) => c.id === 'what-is-cors')?.answer ?? '';
    expect(cors).toMatch(/^#### 🚦 CORS Flow in Simple Terms$/m);
    expect(cors).toMatch(/^##### 2️⃣ Preflight Request \(OPTIONS\)$/m);
  });
});

describe('fidelity to the source document', () => {
  const source = readAwsSource();
  const sourceQAs = source.flatMap((s) => s.qas);

  it('holds the source sections in order', () => {
    expect(source.slice(0, 8).map((s) => s.title)).toEqual(
      deck?.sections.slice(0, 8).map((s) => s.title),
    );
    expect(source.map((s) => s.qas.length)).toEqual([5, 10, 9, 7, 5, 6, 4, 4, 2]);
  });

  it('holds every source question, in order, numbers dropped', () => {
    expect(cards.map((c) => words(c.questionText))).toEqual(
      sourceQAs.map((qa) => words(qa.question)),
    );
  });

  it.each(sourceQAs.map((qa, i) => [qa.number, qa.question, i] as const))(
    'answer to %i. %s has exactly the source words, in order',
    (_number, _question, index) => {
      const sourceAnswer = sourceQAs[index]?.answer.replace(CHATBOT_OFFER, '') ?? '';
      expect(answerWords(cards[index]?.answer ?? '')).toEqual(words(sourceAnswer));
    },
  );
});
