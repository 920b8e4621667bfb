// @vitest-environment jsdom
// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../src/deck/types.ts';
import { deckOf } from '../support/decks.ts';

const DAY = 24 * 3600 * 1000;
const MONDAY = Date.UTC(2026, 10, 23, 9, 0);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY);
});
afterEach(() => {
  vi.useRealTimers();
});

/** The library module and the Your decks list, fresh, with these decks saved. */
async function setUp(...decks: Deck[]) {
  const lib = await import('../../src/store/decks/library.ts');
  const { YourDecks } = await import('../../src/features/add-deck/your-decks.tsx');
  for (const deck of decks)
    await lib.saveDeck({ deck: deck, source: `${deck.id}.md`, shape: 'text' });
  render(<YourDecks library={lib} />);
  return lib;
}

/** A saved deck's item, found by the name in its rename box. */
const deckItem = (title: string) => screen.getByDisplayValue(title).closest('li') as HTMLElement;

describe('Recently deleted', () => {
  it('is not shown until a deck is deleted; then lists it with its cards and time, and Restore brings it back', async () => {
    const user = userEvent.setup();
    const lib = await setUp(
      deckOf('go-notes', 'Go notes', 2),
      deckOf('rust-notes', 'Rust notes', 1),
    );
    expect(screen.queryByRole('heading', { name: 'Recently deleted' })).toBeNull();

    await user.click(within(deckItem('Go notes')).getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete “Go notes”' }));
    expect(await screen.findByRole('heading', { name: 'Recently deleted' })).toBeVisible();
    const aside = screen.getByRole('listitem', { name: 'Go notes' });
    expect(aside).toHaveTextContent(/Go notes: 2 cards, deleted .*2026/);
    expect(screen.queryByDisplayValue('Go notes')).toBeNull();

    await user.click(within(aside).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByDisplayValue('Go notes')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Recently deleted' })).toBeNull();
    expect(
      lib
        .libraryDecks()
        .map((s) => s.deck.id)
        .sort(),
    ).toEqual(['go-notes', 'rust-notes']);
  });

  it('Undo after deleting restores from the deleted store', async () => {
    const user = userEvent.setup();
    const lib = await setUp(deckOf('go-notes', 'Go notes', 2));
    await user.click(within(deckItem('Go notes')).getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete “Go notes”' }));
    expect(await screen.findByText(/Deleted “Go notes”; its progress is kept/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByDisplayValue('Go notes')).toBeVisible();
    expect(screen.queryByText(/Deleted “Go notes”/)).toBeNull();
    expect(lib.deletedDecks()).toEqual([]);
  });

  it('refuses to restore a deck whose id another deck has now, and says why', async () => {
    const user = userEvent.setup();
    const lib = await setUp(deckOf('go-notes', 'Go notes', 2));
    await user.click(within(deckItem('Go notes')).getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete “Go notes”' }));
    await screen.findByRole('heading', { name: 'Recently deleted' });
    await lib.saveDeck({
      deck: deckOf('go-notes', 'Go, imported again', 3),
      source: 'again.md',
      shape: 'text',
    });

    const aside = await screen.findByRole('listitem', { name: 'Go notes' });
    await user.click(within(aside).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not restored: “Go notes” cannot come back: your deck “Go, imported again” uses its id (go-notes) now',
    );
    expect(screen.getByDisplayValue('Go, imported again')).toBeVisible();
    expect(screen.getByRole('listitem', { name: 'Go notes' })).toBeVisible();
  });

  it('deletes forever only after a confirmation', async () => {
    const user = userEvent.setup();
    const lib = await setUp(deckOf('go-notes', 'Go notes', 2));
    await user.click(within(deckItem('Go notes')).getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete “Go notes”' }));
    const aside = await screen.findByRole('listitem', { name: 'Go notes' });
    await user.click(within(aside).getByRole('button', { name: 'Delete forever…' }));
    await user.click(within(aside).getByRole('button', { name: 'Keep it' }));
    expect(within(aside).getByRole('button', { name: 'Restore' })).toBeVisible();
    await user.click(within(aside).getByRole('button', { name: 'Delete forever…' }));
    await user.click(within(aside).getByRole('button', { name: 'Delete “Go notes” forever' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Recently deleted' })).toBeNull(),
    );
    const { readDeleted } = await import('../../src/store/decks/library-db.ts');
    expect(await readDeleted()).toEqual([]);
    expect(lib.libraryDecks()).toEqual([]);
  });

  it('forgets decks deleted more than 30 days ago when the list is shown', async () => {
    const store = await import('../../src/store/decks/library-db.ts');
    for (const [deck, at] of [
      [deckOf('old-notes', 'Old notes', 1), MONDAY - 31 * DAY],
      [deckOf('recent-notes', 'Recent notes', 1), MONDAY - 29 * DAY],
    ] as const) {
      await store.putLibraryDeck({ deck, source: 'x.md', shape: null });
      await store.setAsideLibraryDeck(deck.id, at);
    }
    await setUp();
    expect(await screen.findByRole('listitem', { name: 'Recent notes' })).toBeVisible();
    await waitFor(async () =>
      expect((await store.readDeleted()).map((d) => d.stored.deck.id)).toEqual(['recent-notes']),
    );
    expect(screen.queryByRole('listitem', { name: 'Old notes' })).toBeNull();
  });
});

describe('when the decks cannot be written', () => {
  it('says why a delete did not happen, and keeps the deck', async () => {
    const user = userEvent.setup();
    const lib = await import('../../src/store/decks/library.ts');
    const { YourDecks } = await import('../../src/features/add-deck/your-decks.tsx');
    await lib.saveDeck({
      deck: deckOf('go-notes', 'Go notes', 2),
      source: 'go-notes.md',
      shape: 'text',
    });
    // Another tab holds the database, say: the library's write refuses with its reason.
    const held = {
      ...lib,
      removeDeck: () => Promise.reject(new Error('your decks could not be opened')),
    };
    render(<YourDecks library={held} />);
    const item = deckItem('Go notes');
    await user.click(within(item).getByRole('button', { name: 'Delete…' }));
    await user.click(within(item).getByRole('button', { name: 'Delete “Go notes”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not deleted: your decks could not be opened.',
    );
    expect(screen.getByDisplayValue('Go notes')).toBeInTheDocument();
    expect(screen.queryByText(/Recently deleted/)).toBeNull();
  });
});
