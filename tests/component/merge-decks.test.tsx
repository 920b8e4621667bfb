// @vitest-environment jsdom
// The IndexedDB classes as globals (idb checks `instanceof`).
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/deck/types.ts';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { BackupPanel } = await import('../../src/features/settings/backup-panel.tsx');
const { MergeLinkPage } = await import('../../src/features/settings/merge-link-page.tsx');
const { createBackup } = await import('../../src/store/backup/backup.ts');
const { EMPTY_PROGRESS } = await import('../../src/store/progress/progress.ts');
const { progressLink } = await import('../../src/lib/progress-link.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');
const library = await import('../../src/store/decks/library.ts');

const scheduler = schedulerFor(0.9);
const DAY = 86_400_000;
const AWS = 'aws-backend-interview/what-is-aws';

function deckOf(id: string, title: string, answer: string): Deck {
  const cards = [{ id: 'q1', question: 'Q?', questionText: 'Q?', answer, line: 3 }];
  return { id, title, description: '', sections: [{ id: 'basics', title: 'Basics', cards }] };
}

/** Another device's progress: one Good review of each card, a day apart. */
function elsewhere(cards: string[]) {
  const time = (i: number) => clock.time - (i + 1) * DAY;
  return {
    ...EMPTY_PROGRESS,
    cards: Object.fromEntries(cards.map((c, i) => [c, scheduler.grade(null, 3, time(i))])),
    log: cards
      .map((card, i) => ({ id: `t${i}`, card, grade: 3 as const, time: time(i), before: null }))
      .reverse(),
  };
}

beforeEach(() => {
  resetStores();
});

describe('merging from another device, with decks', () => {
  it('a file’s decks this device lacks are added; one it has is kept as it is', async () => {
    const go = deckOf('go-notes', 'Go notes', 'Mine.');
    await library.saveDeck({ deck: go, source: 'go.md', shape: 'text' });
    const decks = [
      { deck: deckOf('go-notes', 'Go notes', 'Theirs.'), source: 'go.md', shape: 'text' as const },
      { deck: deckOf('rust-notes', 'Rust notes', 'Ownership.'), source: 'r.md', shape: null },
    ];
    const text = createBackup(elsewhere([AWS, 'rust-notes/q1']), clock.time, undefined, decks);
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.upload(screen.getByLabelText('Merge from a file…'), new File([text], 'from.json'));

    const preview = (await screen.findByText(/would bring:/)).closest('div') as HTMLElement;
    expect(within(preview).getByText(/^Decks:/)).toHaveTextContent(
      'Decks: 2 decks of your own: 1 new, 1 different from this device’s deck with the same id (“Go notes”), which is kept: restore the file to take its.',
    );
    expect(within(preview).queryByText(/in no deck here/)).toBeNull();
    await user.click(within(preview).getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText(/^Merged: 2 reviews added/)).toHaveTextContent(
      '1 deck added. Your settings are unchanged.',
    );
    const answers = Object.fromEntries(
      library.libraryDecks().map((s) => [s.deck.id, s.deck.sections[0]?.cards[0]?.answer]),
    );
    expect(answers).toEqual({ 'go-notes': 'Mine.', 'rust-notes': 'Ownership.' });
    expect(library.deletedDecks()).toEqual([]);
  });

  it('a file whose only deck differs from this device’s says so, instead of “nothing new” alone', async () => {
    await library.saveDeck({
      deck: deckOf('go-notes', 'Go notes', 'Mine.'),
      source: 'go.md',
      shape: 'text',
    });
    const theirs = {
      deck: deckOf('go-notes', 'Go notes', 'Theirs.'),
      source: 'go.md',
      shape: null,
    };
    const text = createBackup(EMPTY_PROGRESS, clock.time, undefined, [theirs]);
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.upload(screen.getByLabelText('Merge from a file…'), new File([text], 'from.json'));
    expect(await screen.findByText(/holds nothing new/)).toBeVisible();
    expect(screen.getByText(/^Decks:/)).toHaveTextContent(
      '1 different from this device’s deck with the same id (“Go notes”), which is kept',
    );
  });

  it('decks deleted here stay deleted unless the user ticks “Bring back”', async () => {
    const go = {
      deck: deckOf('zig-notes', 'Zig notes', 'Mine.'),
      source: 'zig.md',
      shape: 'text' as const,
    };
    const elixir = {
      deck: deckOf('elixir-notes', 'Elixir notes', 'Actors.'),
      source: 'ex.md',
      shape: null,
    };
    await library.saveDeck(go);
    await library.removeDeck('zig-notes', clock.time);
    const text = createBackup(elsewhere([AWS]), clock.time, undefined, [go, elixir]);
    const user = userEvent.setup();
    render(<BackupPanel />);
    const choose = () =>
      user.upload(screen.getByLabelText('Merge from a file…'), new File([text], 'from.json'));
    await choose();
    const preview = (await screen.findByText(/would bring:/)).closest('div') as HTMLElement;
    expect(within(preview).getByText(/^Decks:/)).toHaveTextContent(
      '2 decks of your own: 1 new, 1 deleted here since (“Zig notes”).',
    );
    const bringBack = within(preview).getByRole('checkbox', {
      name: 'Bring back 1 deck I deleted on this device (“Zig notes”)',
    });
    expect(bringBack).not.toBeChecked();
    await user.click(within(preview).getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText(/^Merged:/)).toHaveTextContent('1 deck added.');
    expect(library.libraryDecks().map((s) => s.deck.id)).not.toContain('zig-notes');
    expect(library.libraryDecks().map((s) => s.deck.id)).toContain('elixir-notes');

    // The same file again, this time asking for it back.
    await choose();
    const again = (await screen.findByText(/would bring:/)).closest('div') as HTMLElement;
    await user.click(within(again).getByRole('checkbox', { name: /^Bring back 1 deck/ }));
    await user.click(within(again).getByRole('button', { name: 'Merge' }));
    await screen.findByText(/^Merged: 0 reviews added/);
    expect(library.libraryDecks().map((s) => s.deck.id)).toContain('zig-notes');
  });

  it('a link, which carries no decks, says how to bring the decks its progress names', async () => {
    const text = createBackup(elsewhere([AWS, 'kafka-notes/q1']), clock.time);
    const link = await progressLink('http://localhost/', text);
    if (!link.ok) throw new Error('two reviews fit in a link');
    render(<MergeLinkPage payload={new URL(link.url).hash.split('?p=')[1] ?? ''} />);
    expect(await screen.findByText(/1 card is in no deck here/)).toHaveTextContent(
      'Links carry progress only, not decks: to bring the decks too, send a file from the other device',
    );
  });
});
