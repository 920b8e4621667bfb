// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { GO_NOTES } from '../support/go-notes.ts';

// Cards across decks: a deck filter, sections named with their deck, and search operators,
// each checked against the cards' own text rather than against counts written down here.

const { parseDeck } = await import('../../src/deck/index.ts');
const { saveDeck } = await import('../../src/store/decks/library.ts');
const { deckEntries, loadAllAnswers } = await import('../../src/store/decks/index.ts');
const { fold, plainText } = await import('../../src/lib/fold.ts');
const { bookmark } = await import('../../src/store/progress/app-progress.ts');

beforeAll(async () => {
  const { deck } = parseDeck(GO_NOTES, 'go-notes.md');
  if (!deck) throw new Error('the Go notes did not parse');
  await saveDeck({ deck, source: 'go-notes.md', shape: null });
});

beforeEach(() => resetStores());

const results = () =>
  within(document.querySelector('.browse-list') as HTMLElement).queryAllByRole('listitem');
const questions = () =>
  results().map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');

async function search(typed: string) {
  const user = userEvent.setup();
  await renderApp('#/browse');
  await screen.findByRole('heading', { level: 1, name: 'Cards' });
  // The user's deck is listed once the library has loaded.
  await screen.findByRole('combobox', { name: 'Deck' });
  if (typed) await user.type(screen.getByRole('searchbox'), typed);
  return user;
}

/** The AWS deck's cards whose section, question and answer (folded) pass `keep`, by question. */
async function awsWhere(keep: (text: string) => boolean): Promise<string[]> {
  const answers = await loadAllAnswers();
  return deckEntries('aws-backend-interview')
    .filter((e) =>
      keep(
        fold(`${e.section.title}\n${e.card.questionText}\n${plainText(answers.get(e.key) ?? '')}`),
      ),
    )
    .map((e) => e.card.questionText);
}

describe('search operators', () => {
  it('deck: and section: narrow to a deck and a section, each result naming its deck', async () => {
    await search('section:networking');
    const expected = deckEntries('aws-backend-interview')
      .filter((e) => e.section.title.includes('Networking'))
      .map((e) => e.card.questionText);
    expect(expected.length).toBeGreaterThan(1);
    expect(questions()).toEqual(expected);
    for (const row of results()) expect(row).toHaveTextContent(/AWS Interview Questions.*· 🌐/);
  });

  it('deck:go lists only that deck', async () => {
    await search('deck:go');
    expect(questions()).toEqual(['What is a goroutine?', 'What is a channel?']);
    expect(results()[0]).toHaveTextContent('Go notes · Concurrency');
  });

  it('"an exact phrase" and -word: only cards with the phrase, none with the word', async () => {
    await search('"security group" -nacl');
    const expected = await awsWhere((t) => t.includes('security group') && !/\bnacl/.test(t));
    expect(expected.length).toBeGreaterThan(0);
    expect(questions()).toEqual(expected);
    expect(
      within(results()[0] as HTMLElement).getAllByText(/security group/i, { selector: 'mark' })
        .length,
    ).toBeGreaterThan(0);
  });

  it('words and operators together: lambda in the AWS deck, without "cold"', async () => {
    await search('lambda deck:aws -cold');
    const expected = await awsWhere((t) => /\blambda/.test(t) && !/\bcold/.test(t));
    expect(expected.length).toBeGreaterThan(0);
    expect([...questions()].sort()).toEqual([...expected].sort());
    expect(questions()).not.toContain('What is a goroutine?');
  });

  it('is:bookmarked', async () => {
    bookmark('go-notes/what-is-a-channel', true);
    await search('is:bookmarked');
    expect(questions()).toEqual(['What is a channel?']);
  });

  it('says which operator it did not understand', async () => {
    await search('is:starred');
    // Said once the search has run (the index is built on the first query: slow when busy).
    expect(await screen.findByRole('note')).toHaveTextContent('Not understood: is:starred.');
  });
});

describe('filters across decks', () => {
  it('a deck menu, and sections grouped under their deck’s name', async () => {
    const user = await search('');
    const sections = screen.getByRole('combobox', { name: 'Section' });
    const groups = [...sections.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toEqual([
      'AWS Interview Questions & Answers for Backend Developers',
      'Go notes',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deck' }), 'Go notes');
    expect(questions()).toEqual(['What is a goroutine?', 'What is a channel?']);
    expect([...sections.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['Go notes']);
    expect(window.location.hash).toBe('#/browse?deck=go-notes');
  });

  it('a link to a deck that is not here lists every deck, as its menu says', async () => {
    await renderApp('#/browse?deck=gone');
    expect(await screen.findByRole('combobox', { name: 'Deck' })).toHaveValue('');
    const all = deckEntries('aws-backend-interview').length + deckEntries('go-notes').length;
    expect(screen.getByRole('main').querySelector('.browse-count')).toHaveTextContent(
      `${all} cards`,
    );
  });
});
