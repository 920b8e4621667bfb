// @vitest-environment jsdom
// Shaping a deck's cards (issue 19), the whole app by keyboard and clicks: add a card in a new
// section from the deck page, a cloze question making one card per deletion, move a card,
// add its reverse card, delete it and bring it back; every deck, the built-in one too.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate, renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);
const DECK = 'aws-backend-interview';
const { findCard, deckEntries } = await import('../../src/store/decks/index.ts');

beforeEach(() => {
  resetStores();
});

const statusWith = (text: RegExp) =>
  waitFor(() =>
    expect(screen.getAllByRole('status').some((s) => text.test(s.textContent ?? ''))).toBe(true),
  );

describe('a deck’s cards, shaped by the user', { timeout: 60_000 }, () => {
  it('adds a cloze card in a new section from the deck page: one card per deletion', async () => {
    const { user } = await renderApp(`#/decks/${DECK}`);
    const before = deckEntries(DECK).length;
    await user.click(await screen.findByRole('button', { name: 'Add a card' }));
    const editor = await screen.findByRole('region', { name: 'Add a card' });
    await user.selectOptions(within(editor).getByLabelText('Section'), 'A new section…');
    // Saving without a name for the new section is refused, and says why.
    await user.type(
      within(editor).getByLabelText('Question'),
      // `{{` types one `{` (user-event's escape).
      'An {{{{c1::ALB}} works at layer {{{{c2::7}}',
    );
    // The preview shows the cards the note will make, each deletion hidden in its own.
    const preview = within(editor).getByRole('group', { name: 'Preview of the question' });
    await waitFor(() => expect(preview).toHaveTextContent('Makes 2 cards, one per deletion:'));
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['An [...] works at layer 7', 'An ALB works at layer [...]']);
    await user.type(within(editor).getByLabelText('Answer'), 'HTTP routing by path and host.');
    await user.click(within(editor).getByRole('button', { name: /^Save/ }));
    expect(await within(editor).findByRole('alert')).toHaveTextContent(
      'Not saved: Name the new section, or choose one.',
    );
    await user.type(within(editor).getByLabelText('New section’s name'), 'My load balancers');
    await user.type(within(editor).getByLabelText('Tags'), 'networking aws');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await statusWith(/^Added “An \[\.\.\.\] works at layer 7” to My load balancers\./);
    const mine = deckEntries(DECK).filter((e) => e.section.title === 'My load balancers');
    expect(deckEntries(DECK)).toHaveLength(before + 2);
    expect(mine.map((e) => e.card.questionText)).toEqual([
      'An [...] works at layer 7',
      'An ALB works at layer [...]',
    ]);
    expect(mine.map((e) => e.card.tags)).toEqual([
      ['networking', 'aws'],
      ['networking', 'aws'],
    ]);
    // The new section is on the deck page, with its two cards.
    expect(await screen.findByRole('link', { name: 'My load balancers' })).toBeVisible();
  });

  it('moves a card, adds its reverse card, deletes it and brings it back, each said', async () => {
    const key = `${DECK}/what-is-cors`;
    const card = findCard(key);
    if (!card) throw new Error('no CORS card');
    const { user } = await renderApp(`#/cards/${DECK}/what-is-cors`);
    await user.click(await screen.findByText('Move, reverse or delete'));

    await user.selectOptions(screen.getByLabelText('Section'), 'A new section…');
    await user.type(screen.getByLabelText('New section’s name'), 'Web');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    await statusWith(/^Moved to “Web”\.$/);
    expect(findCard(key)?.section.title).toBe('Web');

    await user.click(screen.getByRole('button', { name: 'Add its reverse card' }));
    await statusWith(/Its reverse card is added/);
    expect(findCard(`${key}-reverse`)?.card.note).toBe('what-is-cors');
    expect(screen.getByRole('button', { name: 'Remove its reverse card' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Delete this card' }));
    const deleted = await screen.findByRole('heading', {
      level: 1,
      name: `Deleted: ${card.card.questionText}`,
    });
    // The button pressed is gone: reading goes on from the heading, not the top of the page.
    await waitFor(() => expect(deleted).toHaveFocus());
    expect(findCard(key)).toBeUndefined();
    // Its reverse card goes with it.
    expect(findCard(`${key}-reverse`)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Bring it back' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: card.card.questionText }),
    ).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus());
    expect(findCard(key)?.section.title).toBe('Web');
  });

  it('a whole deck asks for reverse cards, and gives them back', async () => {
    const { user } = await renderApp(`#/decks/${DECK}`);
    // Cards without a reverse card yet (an earlier test gave one its own).
    const cards = deckEntries(DECK).filter(
      (e) => e.card.note === undefined && !findCard(`${e.key}-reverse`),
    ).length;
    await user.click(
      await screen.findByRole('button', { name: 'Add a reverse card for every card' }),
    );
    await statusWith(new RegExp(`^${cards} reverse cards added`));
    expect(deckEntries(DECK).filter((e) => e.card.id.endsWith('-reverse')).length).toBe(
      deckEntries(DECK).filter((e) => e.card.note === undefined).length,
    );
    await user.click(screen.getByRole('button', { name: 'Remove the reverse cards' }));
    await statusWith(/reverse cards removed/);
    expect(deckEntries(DECK).some((e) => e.card.id.endsWith('-reverse'))).toBe(false);
    await navigate('#/');
  });
});
