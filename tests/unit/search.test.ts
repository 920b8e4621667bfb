import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/index.ts';
import { createCardSearch } from '../../src/lib/card-search.ts';
import { findTermRanges, fold, plainText } from '../../src/lib/fold.ts';
import { DECK_PATH } from '../support/aws-source.ts';

const { deck } = parseDeck(readFileSync(DECK_PATH, 'utf8'), 'content/aws-backend-interview.md');
const cards = (deck?.sections ?? []).flatMap((s) =>
  s.cards.map((c) => ({
    key: c.id,
    question: c.questionText,
    answer: plainText(c.answer),
    section: s.title,
  })),
);
const search = createCardSearch(cards);
const keys = (query: string) => search.search(query).map((hit) => hit.key);

describe('card search over the AWS deck', () => {
  it('finds a card by a word of its question, ignoring case', () => {
    expect(keys('NACL')[0]).toBe('difference-between-security-group-and-nacl');
    expect(keys('nacl')[0]).toBe('difference-between-security-group-and-nacl');
  });

  it('finds a card by a phrase only its answer holds', () => {
    const hits = keys('Access-Control-Allow-Origin');
    expect(hits).toContain('what-is-cors');
    expect(hits).toContain('how-do-you-handle-cors-in-api-gateway');
  });

  it('ignores accents and matches word prefixes as you type', () => {
    expect(keys('élastic beanst')).toEqual(
      expect.arrayContaining([
        'what-is-aws-elastic-beanstalk',
        'what-is-elastic-beanstalk-used-for',
      ]),
    );
    expect(keys('cold sta')).toContain('what-is-a-lambda-cold-start');
  });

  it('requires every word, ranks question matches first, and returns nothing for nothing', () => {
    expect(keys('lambda cold')[0]).toBe('what-is-a-lambda-cold-start');
    expect(keys('nacl cors')).toEqual([]);
    expect(keys('   ')).toEqual([]);
  });

  it('reports the matched words for highlighting', () => {
    expect(search.search('NACL')[0]?.terms).toEqual(['nacl']);
  });
});

describe('highlighting helpers', () => {
  it('folds case and accents', () => {
    expect(fold('Café ÉLASTIC')).toBe('cafe elastic');
  });

  it('finds word-start matches in the original text, accents kept', () => {
    const text = 'Élastic Beanstalk and elastic IPs; inelastic demand';
    expect(findTermRanges(text, ['elastic']).map(([a, b]) => text.slice(a, b))).toEqual([
      'Élastic',
      'elastic',
    ]);
  });

  it('merges overlapping matches', () => {
    expect(findTermRanges('Security Group', ['sec', 'security'])).toEqual([[0, 8]]);
  });

  it('reduces markdown to readable text for snippets', () => {
    expect(
      plainText(
        '| Feature | SG |\n| --- | --- |\n| Level | Instance |\n\n- **Bold** `code`\n\n```js\nx();\n```',
      ),
    ).toBe('Feature SG Level Instance Bold code x();');
  });
});

describe('your own answers in the search', () => {
  it('find a card by a word only your answer holds, and say the hit came from it', () => {
    const mine = createCardSearch(cards);
    expect(mine.search('mnemonic')).toEqual([]);
    mine.setNote('what-is-a-vpc', 'My mnemonic: a fenced yard for my servers');
    const [hit, ...rest] = mine.search('mnemonic');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ key: 'what-is-a-vpc', inNote: true });
    expect(mine.search('NACL')[0]).toMatchObject({ inNote: false });
  });

  it('follow your edits: a rewritten answer no longer finds the card by its old words', () => {
    const mine = createCardSearch(cards);
    mine.setNote('what-is-a-vpc', 'My mnemonic: a fenced yard');
    mine.setNote('what-is-a-vpc', 'An isolated network');
    expect(mine.search('mnemonic')).toEqual([]);
  });
});

describe('typos', () => {
  const search = createCardSearch([
    {
      key: 'hooks',
      question: 'What are React hooks?',
      answer: 'Functions like useState.',
      section: 'React',
    },
    {
      key: 'books',
      question: 'Which books to read?',
      answer: 'Designing Data-Intensive Applications.',
      section: 'Reading',
    },
  ]);
  const found = (query: string) => search.search(query).map((hit) => hit.key);

  it('a word that matches as typed finds only that word, never a near one', () => {
    expect(found('hooks')).toEqual(['hooks']);
    expect(search.search('hooks')[0]?.terms).toEqual(['hooks']);
  });

  it('a word that matches nothing is forgiven one typo', () => {
    expect(found('reakt hooks')).toEqual(['hooks']);
    expect(found('desinging')).toEqual(['books']);
  });
});
