import { describe, expect, it } from 'vitest';
import { formatMessage, parseDeck, type DeckRule } from '../../src/deck/index.ts';

const PATH = 'content/test.md';

function errorsOf(source: string) {
  return parseDeck(source, PATH).messages.map((m) => ({
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    severity: m.severity,
  }));
}

function only(source: string, ruleId: DeckRule) {
  return parseDeck(source, PATH).messages.filter((m) => m.ruleId === ruleId);
}

describe('parseDeck: a valid deck', () => {
  const source = [
    '# Networking',
    '',
    'Core ideas, *briefly*.',
    '',
    '## Basics',
    '',
    '### What is a `VPC`?',
    '',
    'A private network.',
    '',
    '#### Detail',
    '',
    '| a | b |',
    '| - | - |',
    '| 1 | 2 |',
    '',
    '### Why subnets? {#subnets}',
    '',
    '```js',
    'const x = 1;',
    '',
    '### not a heading inside code',
    '```',
    '',
    '## More',
    '',
    '### What is NAT?',
    '',
    '- one',
    '- two',
    '',
  ].join('\n');
  const { deck, messages } = parseDeck(source, PATH);

  it('reads title, description, sections and cards without messages', () => {
    expect(messages).toEqual([]);
    expect(deck?.id).toBe('test');
    expect(deck?.title).toBe('Networking');
    expect(deck?.description).toBe('Core ideas, *briefly*.');
    expect(deck?.sections.map((s) => [s.id, s.title, s.cards.length])).toEqual([
      ['basics', 'Basics', 2],
      ['more', 'More', 1],
    ]);
  });

  it('slugs the question into an id unless {#id} is given', () => {
    const ids = deck?.sections.flatMap((s) => s.cards.map((c) => c.id));
    expect(ids).toEqual(['what-is-a-vpc', 'subnets', 'what-is-nat']);
  });

  it('keeps the question markdown and its plain text apart', () => {
    const card = deck?.sections[0]?.cards[0];
    expect(card?.question).toBe('What is a `VPC`?');
    expect(card?.questionText).toBe('What is a VPC?');
    expect(card?.line).toBe(7);
  });

  it('slices answers verbatim, with #### headings and tables inside', () => {
    expect(deck?.sections[0]?.cards[0]?.answer).toBe(
      'A private network.\n\n#### Detail\n\n| a | b |\n| - | - |\n| 1 | 2 |',
    );
  });

  it('does not split a card at ### inside fenced code', () => {
    expect(deck?.sections[0]?.cards[1]?.answer).toBe(
      '```js\nconst x = 1;\n\n### not a heading inside code\n```',
    );
    expect(deck?.sections[1]?.cards[0]?.answer).toBe('- one\n- two');
  });

  it('keeps a card id when its answer changes', () => {
    const edited = source.replace('A private network.', 'An isolated virtual network.');
    const ids = parseDeck(edited, PATH).deck?.sections[0]?.cards.map((c) => c.id);
    expect(ids).toEqual(['what-is-a-vpc', 'subnets']);
  });
});

describe('parseDeck: errors, one tiny input per rule', () => {
  it('no-cards: an empty file', () => {
    expect(errorsOf('')).toContainEqual({
      line: 1,
      column: 1,
      ruleId: 'no-cards',
      severity: 'error',
    });
    expect(parseDeck('', PATH).deck).toBeNull();
  });

  it('no-cards: prose only', () => {
    const messages = only('# Notes\n\nJust some prose.\n', 'no-cards');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.reason).toMatch(/No cards found/);
  });

  it('missing-title: cards but no # heading', () => {
    expect(errorsOf('## S\n\n### Q\n\nA\n')).toEqual([
      { line: 1, column: 1, ruleId: 'missing-title', severity: 'error' },
    ]);
  });

  it('empty-answer: a question followed directly by the next one', () => {
    expect(errorsOf('# T\n\n## S\n\n### First\n\n### Second\n\nA\n')).toEqual([
      { line: 5, column: 1, ruleId: 'empty-answer', severity: 'error' },
    ]);
  });

  it('empty-answer: the last question of the file', () => {
    expect(errorsOf('# T\n\n## S\n\n### Q\n\nA\n\n### Last\n')).toEqual([
      { line: 9, column: 1, ruleId: 'empty-answer', severity: 'error' },
    ]);
  });

  it('duplicate-card-id: points at the second card, across sections', () => {
    const messages = only(
      '# T\n\n## A\n\n### Same?\n\nx\n\n## B\n\n### Same!\n\ny\n',
      'duplicate-card-id',
    );
    expect(messages.map((m) => m.line)).toEqual([11]);
    expect(messages[0]?.reason).toContain('first used on line 5');
  });

  it('duplicate-card-id: an explicit id clashing with a slug', () => {
    expect(errorsOf('# T\n\n## A\n\n### Q one\n\nx\n\n### Other {#q-one}\n\ny\n')).toEqual([
      { line: 9, column: 1, ruleId: 'duplicate-card-id', severity: 'error' },
    ]);
  });

  it('card-outside-section: a card before any ## heading', () => {
    expect(errorsOf('# T\n\n### Q\n\nA\n\n## S\n\n### R\n\nB\n')).toEqual([
      { line: 3, column: 1, ruleId: 'card-outside-section', severity: 'error' },
    ]);
  });

  it('content-outside-card: prose between a section and its first card', () => {
    expect(errorsOf('# T\n\n## S\n\nStray.\n\n### Q\n\nA\n')).toEqual([
      { line: 5, column: 1, ruleId: 'content-outside-card', severity: 'error' },
    ]);
  });

  it('extra-title: a second # heading', () => {
    expect(errorsOf('# T\n\n## S\n\n### Q\n\nA\n\n# Again\n')).toEqual([
      { line: 9, column: 1, ruleId: 'extra-title', severity: 'error' },
    ]);
  });

  it('empty-question: ### with nothing after it', () => {
    expect(only('# T\n\n## S\n\n###\n\nA\n', 'empty-question').map((m) => m.line)).toEqual([5]);
  });

  it('invalid-id: an explicit id that is not a slug', () => {
    expect(errorsOf('# T\n\n## S\n\n### Q {#Not Valid}\n\nA\n')).toEqual([
      { line: 5, column: 1, ruleId: 'invalid-id', severity: 'error' },
    ]);
  });

  it('invalid-id: a question with no letters or digits', () => {
    expect(only('# T\n\n## S\n\n### ???\n\nA\n', 'invalid-id')[0]?.reason).toMatch(/explicit/);
  });

  it('duplicate-section-id: two sections with the same slug', () => {
    expect(errorsOf('# T\n\n## S\n\n### Q\n\nA\n\n## s\n\n### R\n\nB\n')).toEqual([
      { line: 9, column: 1, ruleId: 'duplicate-section-id', severity: 'error' },
    ]);
  });

  it('empty-section: a warning, and the deck still loads without it', () => {
    const { deck, messages } = parseDeck('# T\n\n## Empty\n\n## S\n\n### Q\n\nA\n', PATH);
    expect(messages.map((m) => [m.line, m.ruleId, m.severity])).toEqual([
      [3, 'empty-section', 'warning'],
    ]);
    expect(deck?.sections.map((s) => s.id)).toEqual(['s']);
  });

  it('reports several problems in line order', () => {
    const lines = errorsOf('# T\n\n## S\n\n### A\n\n### A\n\nx\n').map((m) => [m.line, m.ruleId]);
    expect(lines).toEqual([
      [5, 'empty-answer'],
      [7, 'duplicate-card-id'],
    ]);
  });
});

describe('formatMessage', () => {
  it('prints path:line:column: reason', () => {
    const [message] = parseDeck('# T\n\n## S\n\n### Q\n', PATH).messages;
    expect(message && formatMessage(message)).toBe(
      'content/test.md:5:1: Empty answer for "Q", expected markdown below the question [empty-answer]',
    );
  });
});

describe('parseDeck: untrusted and pathological input', () => {
  it('answer-too-large: an answer over 20 KB', () => {
    const big = 'word '.repeat(5000);
    const messages = only(`# T\n\n## S\n\n### Q\n\n${big}\n`, 'answer-too-large');
    expect(messages.map((m) => m.line)).toEqual([5]);
    expect(messages[0]?.reason).toMatch(/is 25 KB, expected at most 20 KB/);
  });

  it.each([
    ['accented letters (2 bytes each)', 'é'.repeat(10_300), 21],
    ['emoji (4 bytes each)', '🚀'.repeat(5_200), 21],
    ['CJK (3 bytes each)', '答'.repeat(6_900), 21],
  ])('answer-too-large counts UTF-8 bytes: %s', (_label, answer, kb) => {
    const messages = only(`# T\n\n## S\n\n### Q\n\n${answer}\n`, 'answer-too-large');
    expect(messages[0]?.reason).toMatch(new RegExp(`is ${kb} KB`));
    expect(only(`# T\n\n## S\n\n### Q\n\n${answer.slice(0, 1000)}\n`, 'answer-too-large')).toEqual(
      [],
    );
  });

  it.each([
    ['thousands of nested quotes', `${'>'.repeat(5000)} deep`, 7, /Block quotes nested 5000 deep/],
    [
      'quotes and lists nested thousands deep on one line',
      `${'> - '.repeat(5000)}deep`,
      7,
      /Block quotes and lists nested 10000 deep/,
    ],
    [
      'lists nested on one line',
      `${'1. '.repeat(300)}x`,
      7,
      /Block quotes and lists nested 300 deep/,
    ],
    ['100 KB of emphasis markers', '*_'.repeat(50_000), 7, /more than 2000 emphasis markers/],
    ['emphasis markers over many lines', '*_\n'.repeat(3000), 7, /more than 2000 emphasis markers/],
    [
      'lists nested hundreds deep',
      Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
      208,
      /indented 402 spaces/,
    ],
  ])(
    'pathological-markdown: refuses %s quickly, at its line',
    (_label, answer, line, reason) => {
      const { deck, messages } = parseDeck(`# T\n\n## S\n\n### Q\n\n${answer}\n`, PATH);
      expect(deck).toBeNull();
      expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['pathological-markdown', line]]);
      expect(messages[0]?.reason).toMatch(reason);
    },
    2000,
  );

  it('accepts ordinary emphasis, quotes and nested lists', () => {
    const answer = '> a quote\n>> nested\n\n- **bold** and _em_\n  - nested\n    - deeper';
    expect(parseDeck(`# T\n\n## S\n\n### Q\n\n${answer}\n`, PATH).messages).toEqual([]);
  });
});

describe('parseDeck: an unclosed code fence', () => {
  it('is an error at the fence when it swallows the cards after it', () => {
    const source =
      '# T\n\n## S\n\n### One\n\n```js\nconst a = 1;\n\n### Two\n\nA\n\n### Three\n\nB\n';
    const { deck, messages } = parseDeck(source, PATH);
    expect(deck).toBeNull();
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.severity])).toEqual([
      ['unclosed-code-fence', 7, 1, 'error'],
    ]);
    expect(messages.map(formatMessage)).toEqual([
      `${PATH}:7:1: Unclosed code fence \`\`\` swallows every card after it (line 10 is read as code), expected a closing \`\`\` [unclosed-code-fence]`,
    ]);
  });

  it('is only a warning when nothing follows it but the rest of its answer', () => {
    const { deck, messages } = parseDeck('# T\n\n## S\n\n### One\n\n~~~\ncode\n', PATH);
    expect(deck?.sections[0]?.cards).toHaveLength(1);
    expect(messages.map((m) => [m.ruleId, m.line, m.severity])).toEqual([
      ['unclosed-code-fence', 7, 'warning'],
    ]);
  });

  it('pairs fences by kind and length, as CommonMark does', () => {
    const source = '# T\n\n## S\n\n### One\n\n````\n```\n````\n\n### Two\n\n~~~\n```\n~~~\n';
    expect(parseDeck(source, PATH).messages).toEqual([]);
  });
});

describe('parseDeck: a prompt above `<!-- answer -->`', () => {
  it('puts what is above the marker on the question side', () => {
    const source =
      '# T\n\n## S\n\n### What prints?\n\n```js\nlog(1)\n```\n\n<!-- answer -->\n\n`1`\n\n### Plain\n\nA\n';
    const { deck, messages } = parseDeck(source, PATH);
    expect(messages).toEqual([]);
    expect(deck?.sections[0]?.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ['```js\nlog(1)\n```', '`1`'],
      [undefined, 'A'],
    ]);
  });
});
