// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SectionPicker, useSectionChoice } from '../../src/components/section-picker.tsx';
import { useInsights } from '../../src/hooks/use-insights.ts';
import { allEntries, setLibraryDecks } from '../../src/store/decks/catalogue.ts';
import type { DeckOutline } from '../../src/deck/types.ts';

// The user's decks are read from IndexedDB after the first screen, or added in another tab:
// a screen already open must take them in without being left or reloaded.

const GO: DeckOutline = {
  id: 'go-notes',
  title: 'Go notes',
  description: '',
  sections: [
    {
      // The same section id as the AWS deck's first: the two must stay apart.
      id: allEntries()[0]?.section.id ?? '',
      title: 'Goroutines',
      cards: [
        {
          id: 'what-is-a-goroutine',
          question: 'What is a goroutine?',
          questionText: 'What is a goroutine?',
          line: 3,
        },
      ],
    },
  ],
};

function QuizSetup() {
  const { chosen, setChosen, pool } = useSectionChoice();
  const insights = useInsights(Date.UTC(2026, 10, 27, 12));
  return (
    <>
      <SectionPicker chosen={chosen} onChange={setChosen} />
      <p>Pool: {pool.length}</p>
      <p>Insights: {insights.size}</p>
    </>
  );
}

afterEach(() => act(() => setLibraryDecks([])));

describe('decks that arrive while a screen is open', () => {
  it('join the sections, ticked, keeping what was unticked; and the derived lists', async () => {
    const user = userEvent.setup();
    render(<QuizSetup />);
    const aws = allEntries().length;
    expect(screen.getByText(`Pool: ${aws}`)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Storage & Databases/ }));
    const withoutLambda = Number(/\d+/.exec(screen.getByText(/^Pool:/).textContent ?? '')?.[0]);
    expect(withoutLambda).toBeLessThan(aws);

    act(() => setLibraryDecks([GO]));

    const goroutines = within(screen.getByRole('group', { name: 'Go notes' })).getByRole(
      'checkbox',
      { name: 'Goroutines' },
    );
    expect(goroutines).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Storage & Databases/ })).not.toBeChecked();
    expect(screen.getByText(`Pool: ${withoutLambda + 1}`)).toBeInTheDocument();
    expect(screen.getByText(`Insights: ${aws + 1}`)).toBeInTheDocument();

    // A section id both decks use is still two choices.
    await user.click(goroutines);
    expect(screen.getByText(`Pool: ${withoutLambda}`)).toBeInTheDocument();
    const awsGroup = screen.getByRole('group', { name: /^AWS Interview Questions/ });
    expect(within(awsGroup).getByRole('checkbox', { name: /AWS Basics/ })).toBeChecked();
  });
});
