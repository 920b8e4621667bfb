import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/deck/parse-markdown.ts';
import { DECK_PATH } from '../support/aws-source.ts';

const whole = (source: string): Root => unified().use(remarkParse).use(remarkGfm).parse(source);
const outline = (tree: Root) =>
  tree.children.map((n) => [
    n.type,
    'depth' in n ? n.depth : null,
    n.position?.start,
    n.position?.end,
  ]);

describe('parseMarkdown, a card at a time', () => {
  it('gives the same top-level nodes, at the same positions, as parsing the whole file', () => {
    const source = readFileSync(DECK_PATH, 'utf8');
    expect(outline(parseMarkdown(source))).toEqual(outline(whole(source)));
  });

  it('does not cut inside fenced code, and keeps setext headings', () => {
    const source = [
      '# T',
      '',
      '## S',
      '',
      '### Q',
      '',
      '```md',
      '### not a card',
      '```',
      '',
      'Under',
      '---',
      '',
      '### R',
      '',
      'x',
    ].join('\n');
    expect(outline(parseMarkdown(source))).toEqual(outline(whole(source)));
  });
});
