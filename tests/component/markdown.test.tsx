// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Markdown from '../../src/components/markdown/markdown.tsx';

const answer = [
  'Compare them:',
  '',
  '| Feature | SG | NACL |',
  '| --- | --- | --- |',
  '| Level | Instance | Subnet |',
  '| Stateful | Yes | No |',
  '',
  '```js',
  'fetch(url, { credentials: "include" })',
  'const ok = true;',
  '```',
  '',
  '```text',
  'const not = "highlighted";',
  '```',
  '',
  '[bad](javascript:alert(1)) and <b>raw html</b>',
].join('\n');

describe('Markdown answer', () => {
  it('renders a GFM table as a real table', () => {
    render(<Markdown>{answer}</Markdown>);
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Feature', 'SG', 'NACL']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: 'Subnet' })).toBeInTheDocument();
  });

  it('renders fenced code as code, with its language', () => {
    const { container } = render(<Markdown>{answer}</Markdown>);
    const code = container.querySelector('pre > code');
    expect(code).toHaveClass('language-js');
    expect(code).toHaveTextContent('fetch(url, { credentials: "include" })');
  });

  it('colours code in a known language and leaves plain text alone', () => {
    const { container } = render(<Markdown>{answer}</Markdown>);
    const [js, text] = container.querySelectorAll('pre > code');
    expect(js?.querySelector('.hljs-keyword')).toHaveTextContent('const');
    expect(js?.querySelector('.hljs-string')).toHaveTextContent('"include"');
    expect(text?.querySelector('[class^="hljs-"]')).toBeNull();
    expect(text).toHaveTextContent('const not = "highlighted";');
  });

  it('drops javascript: links and does not render raw HTML', () => {
    const { container } = render(<Markdown>{answer}</Markdown>);
    expect(screen.getByText('bad').getAttribute('href') ?? '').not.toMatch(/javascript:/);
    expect(container.querySelector('b')).toBeNull();
  });
});
