// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';

// The Tag menu in Cards: the tags of the cards shown (the built-in deck has none), in the URL
// like the other filters, and kept or cleared as the deck changes.

const { parseDeck } = await import('../../src/deck/index.ts');
const { saveDeck } = await import('../../src/store/decks/library.ts');

/** Two decks in the deck format, tags on the line under each question; `basics` is in both. */
const STORAGE = [
  '# Storage notes',
  '',
  '## Storage',
  '',
  '### What is S3?',
  '<!-- tags: storage basics -->',
  '',
  'Object storage.',
  '',
  '### What is EBS?',
  '<!-- tags: storage block -->',
  '',
  'Block storage for one instance.',
  '',
  '### What is Glacier?',
  '',
  'Cold storage, untagged.',
  '',
].join('\n');

const GO = [
  '# Go tags',
  '',
  '## Concurrency',
  '',
  '### What is a goroutine?',
  '<!-- tags: basics concurrency -->',
  '',
  'A light thread.',
  '',
].join('\n');

beforeAll(async () => {
  for (const [source, path] of [
    [STORAGE, 'storage-notes.md'],
    [GO, 'go-tags.md'],
  ] as const) {
    const { deck } = parseDeck(source, path);
    if (!deck) throw new Error(`${path} did not parse`);
    await saveDeck({ deck, source: path, shape: null });
  }
});

beforeEach(() => resetStores());

/** The questions listed, in order (a row's tags are a list of their own inside it). */
function questions(): string[] {
  const list = document.querySelector('.browse-list');
  if (!(list instanceof HTMLElement)) return [];
  return within(list)
    .queryAllByRole('listitem')
    .filter((row) => row.parentElement === list)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');
}
const options = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

/** Cards at `hash`, once the user's decks have arrived. */
async function openCards(hash: string) {
  const app = await renderApp(hash);
  await screen.findByRole('combobox', { name: 'Deck' });
  return app;
}

describe('the Tag filter', () => {
  it('lists every tag of every deck, sorted with counts, and filters by the one chosen', async () => {
    const { user } = await openCards('#/browse');
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    expect(options(tag)).toEqual([
      'Any tag',
      'basics (2)',
      'block (1)',
      'concurrency (1)',
      'storage (2)',
    ]);
    await user.selectOptions(tag, 'basics');
    expect(window.location.hash).toBe('#/browse?tag=basics');
    // In deck order: the user's decks by name.
    expect(questions()).toEqual(['What is a goroutine?', 'What is S3?']);
    expect(screen.getByRole('status')).toHaveTextContent('2 cards');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'Any tag');
    expect(window.location.hash).toBe('#/browse');
    // Far down the list: drawn once the first screenful has been painted.
    await waitFor(() => expect(questions()).toContain('What is Glacier?'));
  });

  it('changing deck keeps a tag the new deck has and clears one it has not', async () => {
    const { user } = await openCards('#/browse?tag=basics');
    const deck = screen.getByRole('combobox', { name: 'Deck' });
    await user.selectOptions(deck, 'Go tags');
    expect(window.location.hash).toBe('#/browse?deck=go-tags&tag=basics');
    expect(questions()).toEqual(['What is a goroutine?']);
    expect(options(screen.getByRole('combobox', { name: 'Tag' }))).toEqual([
      'Any tag',
      'basics (1)',
      'concurrency (1)',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'concurrency');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deck' }), 'Storage notes');
    expect(window.location.hash).toBe('#/browse?deck=storage-notes');
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
    expect(questions()).toEqual(['What is S3?', 'What is EBS?', 'What is Glacier?']);
  });

  it('works with the other filters and the search box', async () => {
    const { user } = await openCards('#/browse?tag=storage');
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('storage');
    await user.type(screen.getByRole('searchbox'), 'block');
    expect(window.location.hash).toBe('#/browse?q=block&tag=storage');
    expect(questions()).toEqual(['What is EBS?']);
  });

  it('is hidden where no card has a tag', async () => {
    await openCards('#/browse?deck=aws-backend-interview');
    expect(screen.queryByRole('combobox', { name: 'Tag' })).toBeNull();
    expect(questions()).toContain('What is AWS?');
  });

  it('a link to a tag no card has lists every card, as the menu says', async () => {
    await openCards('#/browse?tag=nowhere');
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
    await waitFor(() => expect(questions()).toContain('What is a goroutine?'));
  });
});
