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
