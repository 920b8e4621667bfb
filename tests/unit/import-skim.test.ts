import { readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { reactReadme } from '../../bench/import.ts';
import { readEnvelope } from '../../src/deck/import/envelope.ts';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { skimMarkdown } from '../../src/deck/import/skim.ts';
import { DECK_PATH } from '../support/aws-source.ts';
import { fixturePath } from '../support/import-fixture.ts';

const whole = (source: string): Root => unified().use(remarkParse).use(remarkGfm).parse(source);
/**
 * Top-level node types and positions: what the shapes read besides a stub's raw text. Lists
 * that follow each other are one: the skim may cut a long loose list between two items (into
 * pieces for micromark), and the shapes read items, not lists.
 */
const outline = (tree: Root) => {
  const rows: [string, number | null, unknown, unknown][] = [];
  for (const n of tree.children) {
    const last = rows.at(-1);
    if (n.type === 'list' && last?.[0] === 'list') last[3] = n.position?.end;
    else rows.push([n.type, 'depth' in n ? n.depth : null, n.position?.start, n.position?.end]);
  }
  return rows;
};
/** Paragraphs that open with markup: built in full, the bold shape and navigation read them. */
const marked = (tree: Root) =>
  tree.children.filter((n) => n.type === 'paragraph' && n.children[0]?.type !== 'text');

/** The skim gives what a whole parse gives (parsed once: it is the costly part). */
function expectAsWhole(skimmed: Root, text: string): void {
  const parsed = whole(text);
  expect(outline(skimmed)).toEqual(outline(parsed));
  expect(marked(skimmed)).toEqual(marked(parsed));
}

/** A README-like card, with trailing spaces and tabs where micromark counts them. */
const card = (n: number): string =>
  [
    `### ${n}. What is concept number ${n} and why does it matter?  `,
    '',
    `Concept ${n} is explained with **bold**, \`code\` and a [link](https://example.com/${n}).  `,
    'A second line.',
    '',
    '- first point about it  ',
    '- second point',
    '  - a nested detail',
    '',
    '- a loose item after a blank line',
    '',
    '1. an ordered list',
    '2. **a bold item?**',
    '',
    '```js  ',
    `const value${n} = compute(${n});`,
    '```  ',
    '',
    '**[⬆ Back to Top](#table-of-contents)**',
    '',
    '[Back](#top)  ',
    '',
    '| Question | Answer |',
    '| --- | --- |',
    `| Q${n}? | A${n} |`,
    '',
    '<!-- a comment',
    '',
    '## not a heading -->',
    '',
    '<details><summary>Answer</summary>',
    '',
    'Hidden',
    '',
    '</details>',
    '',
  ].join('\n');

describe('skimMarkdown, the importer’s fast top-level parse', () => {
  const files = [
    ...readdirSync(fixturePath('.')).map((name) => fixturePath(name)),
    DECK_PATH,
    'tests/fixtures/aws-backend-interview-qa.original.txt',
    'README.md',
    'docs/importing.md',
    // Real documents, and shapes from the field: big tables of contents, headings in list items.
    ...readdirSync('tests/fixtures/corpus')
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => `tests/fixtures/corpus/${name}`),
    ...readdirSync('tests/fixtures/import-wild')
      .filter((name) => name.endsWith('.md'))
      .map((name) => `tests/fixtures/import-wild/${name}`),
  ];
  it.each(files)('gives the nodes and positions a whole parse gives: %s', (file) => {
    const text = readEnvelope(readFileSync(file)).text ?? '';
    const skimmed = skimMarkdown(text);
    expectAsWhole(skimmed, text);
  });

  it('reads `#Q …` quiz paragraphs as paragraphs (no heading without a space), as a whole parse does', () => {
    const text = [
      '#Q In which US state is Mount Rainier?',
      '^ Washington',
      'A Michigan',
      'B Washington',
      '',
      '#5 is not a heading either, nor is #hashtag',
      '',
      '# A heading',
      '',
      '#Q Which *river* runs through [Cairo](https://example.com)?',
      '^ Nile',
      '- a list after it',
      '',
    ].join('\n');
    const skimmed = skimMarkdown(text);
    expectAsWhole(skimmed, text);
    expect(skimmed.children.map((n) => n.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'list',
    ]);
  });

  it('matches a whole parse on a React-style README: a table of contents, `1.  ###` items', () => {
    // 40 KB holds the table of contents and dozens of items; the 1 MB read is timed elsewhere.
    const text = reactReadme().slice(0, 40_000);
    const skimmed = skimMarkdown(text);
    expectAsWhole(skimmed, text);
  });

  it('matches a whole parse on a generated README with every kind of block', () => {
    const text = `# Generated\n\n${Array.from({ length: 8 }, (_, i) => card(i + 1)).join('\n')}`;
    const skimmed = skimMarkdown(text);
    expectAsWhole(skimmed, text);
  });

  it('leaves doubtful blocks to the parser: lazy lines, setext headings, tables in prose', () => {
    const text = [
      'Para',
      '===',
      '',
      '- item',
      'lazy line',
      '',
      'a | b',
      '--|--',
      '1 | 2',
      '',
      '- - -',
      '',
      '```',
      'never closed',
    ].join('\n');
    expect(outline(skimMarkdown(text))).toEqual(outline(whole(text)));
  });
});

describe('importing a large document', () => {
  it('reads every card of a 1 MB README', () => {
    const blocks = ['# Big Interview Questions\n'];
    let size = 0;
    let n = 0;
    while (size < 1024 * 1024) {
      n++;
      const block = [
        ...(n % 25 === 1 ? [`## Topic ${Math.ceil(n / 25)}`, ''] : []),
        `#### ${n}. What is concept number ${n}?`,
        '',
        `Concept ${n} is explained with **bold** and \`code\`.`,
        '',
        '- first point',
        '  - nested',
        '',
        '```js',
        `run(${n});`,
        '```',
        '',
        '**[⬆ Back to Top](#table-of-contents)**',
        '',
      ].join('\n');
      blocks.push(block);
      size += block.length + 1;
    }
    const text = blocks.join('\n');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const result = importDocument(text, { path: 'big.md' });
    expect(result.shape).toBe('headings');
    expect(result.deck?.title).toBe('Big Interview Questions');
    expect(result.deck?.sections).toHaveLength(Math.ceil(n / 25));
    const all = result.deck?.sections.flatMap((s) => s.cards) ?? [];
    expect(all).toHaveLength(n);
    expect(all.at(-1)?.questionText).toBe(`What is concept number ${n}?`);
    expect(all.at(-1)?.answer).toContain(`run(${n});`);
    expect(all.at(-1)?.answer).not.toContain('Back to Top');
  }, 60_000);
});
