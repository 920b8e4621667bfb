// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import {
  browseCount as resultCount,
  browseQuestions as questions,
  browseRows as rows,
} from '../support/browse-list.ts';

// Cards with a long list: a screenful is drawn on arrival and the rest right after, so what a
// user relies on is checked once the list has settled: every row there, 100 at a time.

const { parseDeck } = await import('../../src/deck/index.ts');
const { saveDeck } = await import('../../src/store/decks/library.ts');

/** A deck of 150 numbered questions, after the built-in deck's 52: 202 cards in all. */
const LONG = [
  '# Long deck',
  '',
  '## Numbers',
  '',
  ...Array.from({ length: 150 }, (_, i) => [
    `### What is number ${i + 1}?`,
    '',
    `It is ${i + 1}.`,
    '',
  ]),
]
  .flat()
  .join('\n');

beforeAll(async () => {
  const { deck } = parseDeck(LONG, 'long-deck.md');
  if (!deck) throw new Error('long-deck.md did not parse');
  await saveDeck({ deck, source: 'long-deck.md', shape: null });
});

beforeEach(() => resetStores());

/** Cards at `hash`, once the user's decks have arrived. */
async function openCards(hash = '#/browse') {
  const app = await renderApp(hash);
  await screen.findByRole('heading', { level: 1, name: 'Cards' });
  await waitFor(() => expect(resultCount()).toHaveTextContent('202 cards'));
  return app;
}

describe('a long list of cards', () => {
  it('shows the first rows at once, the search box focused, and the whole page once settled', async () => {
    await openCards();
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(questions()[0]).toBe('What is AWS?');
    await waitFor(() => expect(rows()).toHaveLength(100));
    // In deck order: the built-in deck's 52 cards, then the long deck's.
    expect(questions().slice(52, 54)).toEqual(['What is number 1?', 'What is number 2?']);
    expect(questions()[99]).toBe('What is number 48?');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('shows 100 more rows at a time, in order, until every card is listed', async () => {
    const { user } = await openCards();
    await user.click(await screen.findByRole('button', { name: 'Show 100 more' }));
    await waitFor(() => expect(rows()).toHaveLength(200));
    expect(questions()[199]).toBe('What is number 148?');
    await user.click(screen.getByRole('button', { name: 'Show 2 more' }));
    await waitFor(() => expect(rows()).toHaveLength(202));
    expect(questions().at(-1)).toBe('What is number 150?');
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });

  it('narrows to a search typed before the list has settled, and widens again', async () => {
    const { user } = await openCards();
    await user.type(screen.getByRole('searchbox'), 'number 149');
    await waitFor(() => expect(questions()[0]).toBe('What is number 149?'));
    expect(resultCount()).toHaveTextContent(/matching “number 149”/);
    await user.clear(screen.getByRole('searchbox'));
    await waitFor(() => expect(rows()).toHaveLength(100));
    expect(resultCount()).toHaveTextContent('202 cards');
    expect(screen.getByRole('button', { name: 'Show 100 more' })).toBeInTheDocument();
  });
});
