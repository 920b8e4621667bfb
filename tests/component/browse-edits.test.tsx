// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate, renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';
import { browseCount, browseQuestions, browseRows } from '../support/browse-list.ts';

// Cards and the user's layer over cards: the Show menu and `is:` for suspended, buried and
// edited cards, their badges in words, an Edit link per card, and "Unsuspend all" with an Undo.
// The edits are made through the real store (IndexedDB, here fake-indexeddb).

// A write the test makes fail, as a full disk would.
const disk = vi.hoisted(() => ({ failNext: null as Error | null }));
vi.mock('../../src/store/decks/edits-db.ts', async (original) =>
  (await import('../support/failing-edits.ts')).failingEdits(original, disk),
);

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);
const HOUR = 3_600_000;
const DECK = 'aws-backend-interview';
const EC2 = `${DECK}/what-is-ec2`;
const RDS = `${DECK}/what-is-rds`;
const VPC = `${DECK}/what-is-a-vpc`;
const AWS = `${DECK}/what-is-aws`;
const CORS = `${DECK}/what-is-cors`;

const { findCard, openLibrary } = await import('../../src/store/decks/index.ts');
const { cardText } = await import('../../src/deck/edits/edit-check.ts');

/**
 * Two suspended cards (EC2, RDS), one buried until tomorrow (VPC), one buried until an hour ago
 * (AWS: no longer buried), one with the user's own question (CORS).
 */
beforeEach(async () => {
  resetStores();
  const lib = await openLibrary();
  await lib.setSuspended(EC2, true, clock.time);
  await lib.setSuspended(RDS, true, clock.time);
  await lib.setBuried(VPC, clock.time + 20 * HOUR, clock.time);
  await lib.setBuried(AWS, clock.time - HOUR, clock.time - 2 * HOUR);
  const original = await lib.originalText(CORS);
  if (!original) throw new Error('no CORS card');
  await lib.saveText(
    CORS,
    cardText('What is CORS, in one line?', '', original.answer),
    original,
    clock.time,
  );
});

const rows = browseRows;
const questions = browseQuestions;
const resultCount = browseCount;

async function openCards(hash = '#/browse') {
  const app = await renderApp(hash);
  await screen.findByRole('heading', { level: 1, name: 'Cards' });
  return app;
}

describe('the Show menu', () => {
  it('lists all cards, or only the suspended, buried or edited ones, each with its badge', async () => {
    const { user } = await openCards();
    const show = screen.getByRole('combobox', { name: 'Show' });
    expect(
      within(show)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All cards', 'Suspended (2)', 'Buried (1)', 'Edited (1)']);
    expect(resultCount()).toHaveTextContent('52 cards');

    await user.selectOptions(show, 'suspended');
    expect(window.location.hash).toBe('#/browse?show=suspended');
    expect(questions()).toEqual(['What is EC2?', 'What is RDS?']);
    for (const row of rows()) expect(within(row).getByText('Suspended')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'buried');
    expect(questions()).toEqual(['What is a VPC?']);
    expect(within(rows()[0] as HTMLElement).getByText('Buried')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'edited');
    expect(questions()).toEqual(['What is CORS, in one line?']);
    expect(within(rows()[0] as HTMLElement).getByText('Edited')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All cards');
    expect(window.location.hash).toBe('#/browse');
    expect(resultCount()).toHaveTextContent('52 cards');
  });

  it('a card buried until a time gone by is not buried, and has no badge', async () => {
    await openCards('#/browse?show=buried');
    expect(questions()).not.toContain('What is AWS?');
    await navigate('#/browse');
    const aws = rows().find((row) => row.textContent?.includes('What is AWS?')) as HTMLElement;
    expect(within(aws).queryByText('Buried')).toBeNull();
    expect(findCard(AWS)?.card.buriedUntil).toBeLessThan(clock.time);
  });

  it('works with the other filters and the search box', async () => {
    const { user } = await openCards('#/browse?show=suspended');
    await user.type(screen.getByRole('searchbox'), 'rds');
    expect(window.location.hash).toBe('#/browse?q=rds&show=suspended');
    expect(questions()).toEqual(['What is RDS?']);
  });
});

describe('search operators for the user’s layer', () => {
  it.each([
    ['is:suspended', ['What is EC2?', 'What is RDS?']],
    ['is:buried', ['What is a VPC?']],
    ['is:edited', ['What is CORS, in one line?']],
    ['is:suspended -ec2', ['What is RDS?']],
  ])('%s', async (typed, expected) => {
    const { user } = await openCards();
    await user.type(screen.getByRole('searchbox'), typed);
    expect(questions()).toEqual(expected);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('still says what it does not understand, naming the new values too', async () => {
    const { user } = await openCards();
    await user.type(screen.getByRole('searchbox'), 'is:hidden');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Not understood: is:hidden. is: takes bookmarked, due, new, learning, review, weak, suspended, buried, edited.',
    );
    await user.click(screen.getByText('Search tips'));
    expect(screen.getByText('is:edited')).toBeVisible();
  });
});

describe('each row', () => {
  it('has an Edit link named after its card, opening the card page with its editor', async () => {
    const { user } = await openCards('#/browse?show=edited');
    const edit = screen.getByRole('link', { name: 'Edit “What is CORS, in one line?”' });
    expect(edit).toHaveTextContent('Edit');
    expect(edit).toHaveAttribute('href', `#/cards/${DECK}/what-is-cors?edit=1`);
    await user.click(edit);
    await navigate(window.location.hash); // jsdom does not fire hashchange for a link click
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit this card' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveValue(
      'What is CORS, in one line?',
    );
  });
});

describe('Unsuspend all', () => {
  it('is offered only in the Suspended view; it unsuspends every card shown, and Undo suspends them again', async () => {
    const { user } = await openCards();
    expect(screen.queryByRole('button', { name: /Unsuspend/ })).toBeNull();
    await navigate('#/browse?show=suspended');

    await user.click(screen.getByRole('button', { name: 'Unsuspend all 2 shown' }));
    const done = await screen.findByText('Unsuspended 2 cards.');
    expect(done).toHaveAttribute('role', 'status');
    expect(resultCount()).toHaveTextContent('0 cards');
    expect(findCard(EC2)?.card.suspended).toBeUndefined();
    expect(findCard(RDS)?.card.suspended).toBeUndefined();
    // The button pressed is gone: the focus is on the Undo that replaced it.
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());

    await user.keyboard('{Enter}');
    const again = await screen.findByText('Suspended 2 cards again.');
    await waitFor(() => expect(again).toHaveFocus());
    expect(questions()).toEqual(['What is EC2?', 'What is RDS?']);
    expect(findCard(EC2)?.card.suspended).toBe(true);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('a write the disk refuses changes no card, and says so', async () => {
    const { user } = await openCards('#/browse?show=suspended');
    disk.failNext = new Error('The disk is full');
    await user.click(screen.getByRole('button', { name: 'Unsuspend all 2 shown' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not unsuspended: The disk is full. Nothing was changed.');
    expect(findCard(EC2)?.card.suspended).toBe(true);
    expect(findCard(RDS)?.card.suspended).toBe(true);
    expect(questions()).toEqual(['What is EC2?', 'What is RDS?']);
    // It can be tried again.
    await user.click(screen.getByRole('button', { name: 'Unsuspend all 2 shown' }));
    expect(await screen.findByText('Unsuspended 2 cards.')).toBeVisible();
    expect(findCard(RDS)?.card.suspended).toBeUndefined();
  });

  it('unsuspends only the cards the filters list', async () => {
    const { user } = await openCards('#/browse?show=suspended');
    await user.type(screen.getByRole('searchbox'), 'ec2');
    await user.click(screen.getByRole('button', { name: 'Unsuspend the card shown' }));
    expect(await screen.findByText('Unsuspended 1 card.')).toBeVisible();
    expect(findCard(EC2)?.card.suspended).toBeUndefined();
    expect(findCard(RDS)?.card.suspended).toBe(true);
  });
});
