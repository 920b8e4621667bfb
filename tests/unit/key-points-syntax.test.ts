// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import Markdown from '../../src/components/markdown/markdown.tsx';
import { parseDeck } from '../../src/deck/index.ts';
import { extractKeyPoints } from '../../src/deck/key-points/index.ts';

// The syntax of docs/key-points.md: a link reference definition with the label `//`, which
// CommonMark (and so GitHub and react-markdown) parses and never renders.
const answer = [
  'Auto Scaling adds and removes **EC2 instances** with the load.',
  '',
  '[//]: # "key: scales on demand; health checks replace bad instances"',
].join('\n');

describe('authored key points', () => {
  it('are invisible where the app renders the answer', () => {
    const { container } = render(createElement(Markdown, null, answer));
    expect(container.textContent).toContain('Auto Scaling adds and removes EC2 instances');
    expect(container.textContent).not.toMatch(/key:|scales on demand|\/\//);
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });

  it('sit inside a card in a deck file without a message, and are read from it', () => {
    const source = [
      '# Deck',
      '',
      '## Compute',
      '',
      '### What is Auto Scaling?',
      '',
      answer,
      '',
    ].join('\n');
    const { deck, messages } = parseDeck(source, 'content/deck.md');
    expect(messages).toEqual([]);
    const card = deck?.sections[0]?.cards[0];
    expect(card?.answer).toContain('[//]: #');
    expect(extractKeyPoints(card?.answer ?? '').map((p) => p.text)).toEqual([
      'scales on demand',
      'health checks replace bad instances',
    ]);
  });
});
