// @vitest-environment jsdom
// What is shown with a question (a puzzle's code; the answer a reverse card asks) is on the
// card from the start, before the answer: study, quiz, mock and the reader draw this card.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

const { RevealCard } = await import('../../src/components/reveal-card.tsx');
const { findCard } = await import('../../src/store/decks/index.ts');

describe('a question card', () => {
  it('shows what comes with the question before the answer is revealed', async () => {
    const entry = findCard('aws-backend-interview/what-is-cors');
    if (!entry) throw new Error('no CORS card');
    const withPrompt = {
      ...entry,
      card: {
        ...entry.card,
        prompt: 'Given `Origin: https://a.example`, what does the server send?',
      },
    };
    await act(async () => {
      render(
        <RevealCard
          entry={withPrompt}
          level={2}
          headingId="q"
          revealed={false}
          onReveal={() => {}}
        />,
      );
    });
    expect(await screen.findByText(/what does the server send\?/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Answer' })).toBeNull();
  });
});
