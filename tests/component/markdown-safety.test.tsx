// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AnswerBoundary } from '../../src/components/markdown/answer-boundary.tsx';
import Markdown from '../../src/components/markdown/markdown.tsx';

describe('answers are untrusted', () => {
  it('shows raw HTML as text, never as elements', () => {
    const { container } = render(
      <Markdown>{'<script>alert(1)</script>\n\nA <img src=x onerror="alert(2)"> tag.'}</Markdown>,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(container).toHaveTextContent('<script>alert(1)</script>');
    expect(container).toHaveTextContent('A <img src=x onerror="alert(2)"> tag.');
  });

  it('makes javascript: and data: links inert', () => {
    render(
      <Markdown>
        {'[one](javascript:alert(1)) [two](data:text/html,<b>x</b>) [ok](https://aws.amazon.com)'}
      </Markdown>,
    );
    for (const name of ['one', 'two']) {
      expect(screen.getByText(name).getAttribute('href') ?? '').not.toMatch(/^(javascript|data):/);
    }
    expect(screen.getByRole('link', { name: 'ok' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('does not fetch a remote image until asked', async () => {
    const user = userEvent.setup();
    const { container } = render(<Markdown>{'![diagram](https://example.com/vpc.png)'}</Markdown>);
    expect(container.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show image “diagram” from example.com' }));
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://example.com/vpc.png');
  });

  it('shows pathological markdown as plain text instead of freezing', () => {
    const { container } = render(
      <Markdown>{`${'>'.repeat(3000)} deep\n\n${'*_'.repeat(50_000)}`}</Markdown>,
    );
    expect(container).toHaveTextContent(
      'This answer is shown as plain text: block quotes nested 3000 deep',
    );
    expect(container).toHaveTextContent('deep');
    expect(container.querySelector('blockquote, em, strong')).toBeNull();
  }, 2000);

  it('draws a 20 KB answer of tildes as plain text, with the reason', () => {
    const { container } = render(<Markdown>{'~a'.repeat(10_000)}</Markdown>);
    expect(container).toHaveTextContent(
      'This answer is shown as plain text: paragraph with more than 200 emphasis markers (*, _ or ~)',
    );
    expect(container.querySelector('del')).toBeNull();
  });

  it('still formats answers with many underscores in fenced code, and a little emphasis', () => {
    const code = Array.from({ length: 80 }, (_, i) => `    self.__x_${i}__ = __init__`).join('\n');
    const { container } = render(
      <Markdown>{`Some **bold** and ~~struck~~ text.\n\n\`\`\`python\n${code}\n\`\`\``}</Markdown>,
    );
    expect(container).not.toHaveTextContent('shown as plain text');
    expect(container.querySelector('strong')).toHaveTextContent('bold');
    expect(container.querySelector('del')).toHaveTextContent('struck');
    expect(container.querySelector('pre code')).toHaveTextContent('self.__x_79__ = __init__');
  });

  it('contains a failing answer: a message and the source, not a blank screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('boom');
    };
    render(
      <AnswerBoundary source="**the answer**">
        <Broken />
      </AnswerBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This answer could not be displayed (boom)',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('**the answer**');
  });
});
