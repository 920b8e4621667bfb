import { describe, expect, it } from 'vitest';
import type { ShapeName } from '../../src/deck/import/types.ts';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { cardsOf, importFixture } from '../support/import-fixture.ts';

interface Expected {
  readonly shape: ShapeName;
  readonly title?: string;
  /** Section title → question texts, in order. */
  readonly sections: Record<string, string[]>;
  /** The first card's line in the file. */
  readonly firstLine: number;
}

const CASES: Record<string, Expected> = {
  'github-readme.md': {
    shape: 'headings',
    title: 'Node.js Interview Questions',
    sections: {
      Basics: ['What is Node.js?', 'What is the event loop?'],
      Modules: [
        'What is the difference between require and import?',
        'How do you read a file without blocking?',
      ],
    },
    firstLine: 22,
  },
  'subheadings.md': {
    shape: 'headings',
    title: 'System Design Notes',
    sections: { Questions: ['What is a CDN', 'Write-through cache', 'Cache-aside'] },
    firstLine: 3,
  },
  'deep-headings.md': {
    shape: 'headings',
    sections: {
      'Core Java': ['What is the JVM?', 'What is the difference between JDK and JRE?'],
      Collections: ['How does HashMap work?', 'Why is String immutable?'],
    },
    firstLine: 8,
  },
  'notion-toggles.md': {
    shape: 'list',
    title: 'Frontend Interview Prep',
    sections: {
      React: ['What is the virtual DOM?', 'What are hooks?', 'Why do keys matter in lists?'],
      CSS: ['What is the box model?', 'Flexbox or grid?'],
    },
    firstLine: 8,
  },
  'google-docs-bold.md': {
    shape: 'bold',
    sections: {
      Questions: [
        'What is a decorator?',
        'What is the GIL?',
        'List vs tuple?',
        'What does *args mean?',
      ],
    },
    firstLine: 3,
  },
  'javascript-puzzles.md': {
    shape: 'details',
    title: 'JavaScript Questions',
    sections: { Questions: ["What's the output?", "What's the output?"] },
    firstLine: 5,
  },
  'details-questions.md': {
    shape: 'details',
    title: 'Go Interview',
    sections: {
      Concurrency: ['What is a goroutine?', 'How do channels synchronise goroutines?'],
    },
    firstLine: 5,
  },
  'qa-text.txt': {
    shape: 'text',
    sections: {
      Questions: [
        'What is polymorphism?',
        'What is encapsulation?',
        'What does this print?',
        'Interface vs abstract class?',
      ],
    },
    firstLine: 1,
  },
  'numbered-text.txt': {
    shape: 'text',
    title: 'SQL Interview Questions',
    sections: {
      Questions: [
        'What is a primary key?',
        'What is a foreign key?',
        'What is normalization?',
        'What is an index?',
        'What is a view?',
      ],
    },
    firstLine: 3,
  },
  'question-answer.txt': {
    shape: 'text',
    sections: { Questions: ['What is Docker?', 'What is a Dockerfile?'] },
    firstLine: 1,
  },
  'anki-export.txt': {
    shape: 'anki',
    sections: {
      Questions: [
        'What is TCP?',
        'What is a "socket"?',
        'Show the diagram',
        'How do you list listening ports?',
        'The [...] opens a TCP connection',
      ],
    },
    firstLine: 4,
  },
  'anki-comma.txt': {
    shape: 'anki',
    title: 'Verbs',
    sections: { Questions: ['ser', 'estar', 'tener'] },
    firstLine: 6,
  },
  'questions.csv': {
    shape: 'csv',
    sections: {
      APIs: ['What is REST?', 'What does "idempotent" mean?'],
      HTTP: ['What is a 404?'],
    },
    firstLine: 2,
  },
  'table.md': {
    shape: 'table',
    title: 'Kubernetes Cheat Sheet',
    sections: { Objects: ['What is a Pod?', 'What is a Deployment?', 'What is a Service?'] },
    firstLine: 7,
  },
};

describe('importDocument: every shape in the corpus', () => {
  it.each(Object.entries(CASES))('%s', (name, expected) => {
    const result = importFixture(name);
    expect(result.shape).toBe(expected.shape);
    expect(result.shapesConsidered[0]?.shape).toBe(expected.shape);
    const sections = Object.fromEntries(
      (result.deck?.sections ?? []).map((s) => [s.title, s.cards.map((c) => c.questionText)]),
    );
    expect(sections).toEqual(expected.sections);
    if (expected.title) expect(result.deck?.title).toBe(expected.title);
    expect(cardsOf(result)[0]?.line).toBe(expected.firstLine);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    for (const card of cardsOf(result)) expect(card.answer.trim()).not.toBe('');
  });
});

describe('importDocument: what each shape keeps and leaves out', () => {
  it('README: no badges, table of contents, "back to top" links or licence as cards', () => {
    const result = importFixture('github-readme.md');
    const text = JSON.stringify(result.deck);
    expect(text).not.toMatch(/shields\.io|Back to Top|back to top|Table of Contents|Contributing/);
    const [nodejs, loop, modules] = cardsOf(result);
    expect(nodejs?.answer).toBe(
      "Node.js is a JavaScript runtime built on Chrome's **V8** engine. It runs JavaScript outside the browser, with a non-blocking I/O model.",
    );
    expect(loop?.answer).toContain("setImmediate(() => console.log('immediate'));");
    expect(loop?.answer).toMatch(/4\. check$/);
    expect(modules?.question).toBe('What is the difference between `require` and `import`?');
    expect(modules?.answer).toMatch(/tree-shaken\.$/);
    expect(cardsOf(result).map((c) => c.id)).toEqual([
      'what-is-node-js',
      'what-is-the-event-loop',
      'what-is-the-difference-between-require-and-import',
      'how-do-you-read-a-file-without-blocking',
    ]);
  });

  it('questions with sub-headings: the repeating level asks, its sub-headings stay in the answer, below ###', () => {
    const [cdn] = cardsOf(importFixture('subheadings.md'));
    expect(cdn?.answer).toBe(
      [
        'A content delivery network serves static files from edge locations close to the user.',
        '',
        '#### Example',
        '',
        'CloudFront in front of an S3 bucket.',
        '',
        '#### Trade-offs',
        '',
        '- Stale content until invalidation',
        '- Cost per request',
      ].join('\n'),
    );
  });

  it('a heading question with no answer is a warning, not a card; front matter is ignored', () => {
    const result = importFixture('deep-headings.md');
    expect(result.messages.map((m) => [m.line, m.severity, m.ruleId])).toEqual([
      [22, 'warning', 'empty-answer'],
    ]);
    expect(JSON.stringify(result.deck)).not.toContain('tags:');
  });

  it('list items: nested bullets and code become the answer, without the item indent', () => {
    const cards = cardsOf(importFixture('notion-toggles.md'));
    expect(cards[1]?.answer).toBe(
      'Functions that let function components use state and lifecycle features:\n\n- `useState`\n- `useEffect`\n- `useMemo`',
    );
    expect(cards[2]?.answer).toMatch(/^```jsx\nitems\.map/);
    expect(cards[3]?.answer).toBe('Content, padding, border and margin, from the inside out.');
  });

  it('bold questions: emoji and markers go, a bold "Example:" stays in its answer', () => {
    const cards = cardsOf(importFixture('google-docs-bold.md'));
    expect(cards[1]?.answer).toContain('**Example:**');
    expect(cards[1]?.answer).toContain('use processes instead');
    expect(cards[3]?.question).toBe('What does `*args` mean?');
  });

  it('code-output puzzles: the code and options are on the question side, the details on the answer side', () => {
    const result = importFixture('javascript-puzzles.md');
    const [first, second] = cardsOf(result);
    expect(first?.prompt).toContain("var name = 'Lydia';");
    expect(first?.prompt).toContain('- C: `ReferenceError`');
    expect(first?.answer).toMatch(/^#### Answer: B\n\nWithin the function/);
    expect(first?.answer).not.toMatch(/<\/?(?:p|details|summary)>/);
    // The same words over other code: a card of its own, with an id of its own, not a duplicate.
    expect(second?.id).toBe('whats-the-output-2');
    expect(result.messages).toEqual([]);
  });

  it('plain text: Q1)/Ans:, multi-line answers, code between question and answer, a missing answer', () => {
    const result = importFixture('qa-text.txt');
    const cards = cardsOf(result);
    expect(cards[1]?.answer).toBe(
      'Bundling data with the methods that use it,\nhiding the internal state.',
    );
    expect(cards[2]?.prompt).toBe('int x = 5;\nSystem.out.println(x++ + ++x);');
    expect(cards[2]?.answer).toBe('12');
    expect(cards[3]?.answer).toBe(
      '- An interface has no state\n- A class can implement many interfaces',
    );
    expect(result.messages.map((m) => [m.line, m.ruleId, m.severity])).toEqual([
      [13, 'empty-answer', 'warning'],
    ]);
  });

  it('numbered text: a numbered list inside an answer stays there', () => {
    const cards = cardsOf(importFixture('numbered-text.txt'));
    expect(cards[2]?.answer).toBe(
      'Organising tables to reduce redundancy.\nSteps:\n1. First normal form\n2. Second normal form',
    );
    expect(cards.map((c) => c.line)).toEqual([3, 6, 9, 15, 18]);
  });

  it('Anki: HTML fields become markdown, quoted fields span lines, cloze notes ask with gaps', () => {
    const cards = cardsOf(importFixture('anki-export.txt'));
    expect(cards[0]?.question).toBe('What is **TCP**?');
    expect(cards[0]?.answer).toBe('A connection-oriented protocol:\n\n- reliable\n- ordered');
    expect(cards[1]?.answer).toBe(
      'An endpoint for sending and receiving data.\n\nIdentified by IP and port.',
    );
    expect(cards[2]?.answer).toBe('[OSI model](osi-model.png)');
    expect(cards[3]?.answer).toBe('```\nss -tlnp\nnetstat -an\n```');
    expect(cards[4]?.answer).toBe('The **three-way handshake** opens a TCP connection');
    // The tags column is tags, not text.
    expect(cards.map((c) => c.tags)).toEqual([
      ['networking'],
      ['networking'],
      ['networking'],
      ['linux'],
      ['networking'],
    ]);
    expect(JSON.stringify(cards.map(({ tags: _tags, ...c }) => c))).not.toContain('networking');
  });

  it('Anki with #separator:comma and #html:false keeps text as written', () => {
    const cards = cardsOf(importFixture('anki-comma.txt'));
    expect(cards[1]?.answer).toBe('to be (temporary,\nlocation)');
  });

  it('CSV: a BOM, CRLF, quoted commas, doubled quotes and line breaks', () => {
    const cards = cardsOf(importFixture('questions.csv'));
    expect(cards[0]?.answer).toBe('An architectural style over HTTP, with resources and verbs.');
    expect(cards[1]?.answer).toBe(
      'Calling it twice has the same effect as once.\nGET, PUT and DELETE are idempotent.',
    );
  });

  it('tables: one card per row, <br> in a cell breaks the answer', () => {
    const cards = cardsOf(importFixture('table.md'));
    expect(cards[1]?.answer).toBe(
      'A controller that keeps a set of identical Pods running and rolls out updates.\n\nUse `kubectl rollout undo` to go back.',
    );
  });

  it('a shape can be forced, and a forced shape that finds nothing says so', () => {
    expect(importFixture('github-readme.md', { shape: 'text' }).shape).toBe('text');
    const forced = importFixture('questions.csv', { shape: 'details' });
    expect(forced.deck).toBeNull();
    expect(forced.messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/^No questions found with the details shape/),
    ]);
  });

  it('a deck file is read as the deck format, ids and all', () => {
    const source = '# T\n\n## S\n\n### Q? {#my-id}\n\nA\n';
    const result = importFixture('table.md', {});
    expect(result.shape).toBe('table');
    const deck = importDocument(source, { path: 'x.md' });
    expect(deck.shape).toBe('deck');
    expect(deck.deck?.sections[0]?.cards[0]).toMatchObject({ id: 'my-id', answer: 'A', line: 5 });
  });
});
