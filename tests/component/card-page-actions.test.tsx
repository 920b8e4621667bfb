// @vitest-environment jsdom
// A card's page (issue 19): suspend and bury with their Undo, edit in place, the deck's original
// beside the user's text, "Undo my edit" and its own Undo, and the notice when the deck changed.
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { clock } from '../support/clock.ts';
import { resetStores } from '../support/reset-stores.ts';

const MONDAY = Date.UTC(2026, 10, 23, 9, 0);
clock.time = MONDAY;

const { CardPage } = await import('../../src/features/card/card-page.tsx');
const { useDecksVersion } = await import('../../src/hooks/use-decks-version.ts');
const { findCard, openLibrary, studyEntries } = await import('../../src/store/decks/index.ts');
const { cardText } = await import('../../src/deck/edits/edit-check.ts');

const DECK = 'aws-backend-interview';

/** The page as the route draws it: again with the card as it is after each change. */
function Page({ cardKey, startEditing }: { cardKey: string; startEditing?: boolean }) {
  useDecksVersion();
  const entry = findCard(cardKey);
  return entry ? <CardPage entry={entry} startEditing={startEditing} /> : null;
}

/** Renders awaited: the answer suspends, and effects wait for the act scope to end. */
async function show(cardKey: string, startEditing?: boolean) {
  await act(async () => {
    render(<Page cardKey={cardKey} startEditing={startEditing} />);
  });
}

const status = () => screen.queryAllByRole('status').find((s) => s.textContent) ?? null;
const states = () => screen.queryByRole('list', { name: 'State' });

beforeEach(() => {
  resetStores();
  clock.time = MONDAY;
});

describe('a card page', { timeout: 60_000 }, () => {
  it('suspends and buries the card, says so, and undoes each', async () => {
    const user = userEvent.setup();
    const key = `${DECK}/what-is-aurora`;
    await show(key);
    const inStudy = () => studyEntries(DECK, clock.time).some((e) => e.key === key);

    await user.click(screen.getByRole('button', { name: 'Suspend' }));
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Suspended: it stays out of every study queue until you unsuspend it.',
      ),
    );
    expect(within(states() as HTMLElement).getByText('Suspended')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Unsuspend' })).toHaveFocus();
    expect(inStudy()).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(status()).toHaveTextContent('Undone.'));
    expect(states()).toBeNull();
    expect(inStudy()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Bury until tomorrow' }));
    await waitFor(() => expect(status()).toHaveTextContent('Buried until tomorrow, from 4:00 AM.'));
    expect(within(states() as HTMLElement).getByText(/^Buried until tomorrow/)).toBeVisible();
    expect(inStudy()).toBe(false);
    // Back the next study day (4 am), by itself.
    expect(studyEntries(DECK, Date.UTC(2026, 10, 24, 4, 0)).some((e) => e.key === key)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Unbury' }));
    await waitFor(() => expect(status()).toHaveTextContent('Unburied'));
    expect(inStudy()).toBe(true);
  });

  it('edits in place on arrival, shows the original, undoes the edit and puts it back', async () => {
    const user = userEvent.setup();
    const key = `${DECK}/what-is-elasticache`;
    await show(key, true);
    const question = await screen.findByRole('textbox', { name: 'Question' });
    await waitFor(() => expect(question).toHaveFocus());
    await user.keyboard('{End}{Backspace} for sessions?{Control>}{Enter}{/Control}');

    // Closed once saved, focus back on Edit.
    // (The focus and the status come with the effects after the drawing: waited for.)
    const edit = await screen.findByRole('button', { name: 'Edit' });
    await waitFor(() => expect(edit).toHaveFocus());
    const title = screen.getByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('What is ElastiCache for sessions?');
    await waitFor(() =>
      expect(status()).toHaveTextContent('Your edit is saved. The card keeps its schedule.'),
    );
    expect(within(states() as HTMLElement).getByText('Edited')).toBeVisible();
    expect(screen.queryByText(/changed since you edited it/)).toBeNull();

    const toggle = screen.getByRole('button', { name: 'Show the original' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const original = await screen.findByRole('region', { name: 'The deck’s original' });
    expect(original).toHaveTextContent('What is ElastiCache?');

    await user.click(screen.getByRole('button', { name: 'Undo my edit' }));
    await waitFor(() => expect(title).toHaveTextContent('What is ElastiCache?'));
    await waitFor(() => expect(status()).toHaveTextContent('Your edit is undone'));
    expect(states()).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(title).toHaveTextContent('What is ElastiCache for sessions?'));
    expect(findCard(key)?.card.edited).toBe(true);
  });

  it('says when the deck’s own text changed since the user edited the card', async () => {
    const key = `${DECK}/what-is-cloudfront`;
    const library = await openLibrary();
    const shipped = await library.originalText(key);
    if (!shipped) throw new Error('no CloudFront card');
    // Edited over an older version of the deck, whose answer was different.
    const older = { ...shipped, answer: 'A CDN.' };
    const mine = cardText(shipped.question, '', 'A CDN with edge caches.');
    await library.saveText(key, mine, older, MONDAY);

    await show(key);
    expect(
      await screen.findByText(/The deck’s own text of this card changed since you edited it/),
    ).toBeVisible();
  });
});
