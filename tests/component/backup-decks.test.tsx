// @vitest-environment jsdom
// The IndexedDB classes as globals (idb checks `instanceof`).
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/deck/types.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { BackupPanel } = await import('../../src/features/settings/backup-panel.tsx');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { createBackup } = await import('../../src/store/backup/backup.ts');
const { EMPTY_PROGRESS } = await import('../../src/store/progress/progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');
const library = await import('../../src/store/decks/library.ts');

const scheduler = schedulerFor(0.9);

function deckOf(id: string, title: string, answer: string): Deck {
  const cards = [{ id: 'q1', question: 'Q?', questionText: 'Q?', answer, line: 3 }];
  return { id, title, description: '', sections: [{ id: 'basics', title: 'Basics', cards }] };
}

describe('restoring a backup that holds the user’s decks', () => {
  it('says what happens to each deck before anything changes, then adds, replaces (keeping the old one) and skips the bad one', async () => {
    await library.saveDeck({
      deck: deckOf('rust-notes', 'Rust notes', 'Older.'),
      source: 'rust.md',
      shape: 'text',
    });
    const day = clock.time - 86_400_000;
    const progress = {
      ...EMPTY_PROGRESS,
      cards: { 'go-notes/q1': scheduler.grade(null, 3, day) },
      log: [{ id: 'b1', card: 'go-notes/q1', grade: 3 as const, time: day, before: null }],
    };
    const decks = [
      { deck: deckOf('go-notes', 'Go notes', 'A light thread.'), source: 'go.md', shape: 'text' },
      { deck: deckOf('rust-notes', 'Rust notes', 'Newer.'), source: 'rust.md', shape: 'text' },
      { deck: { ...deckOf('bad-notes', 'Bad', 'x'), sections: 'none' }, source: '', shape: null },
    ];
    const text = JSON.stringify({ ...JSON.parse(createBackup(progress, clock.time)), decks });
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.upload(screen.getByLabelText('Restore from a file…'), new File([text], 'b.json'));

    // A study of a user's deck only, in a browser without that deck, is not refused.
    expect(await screen.findByText(/holds 1 review of 1 card/)).toHaveTextContent(
      'It holds 3 decks of your own: 1 new, 1 replaced (the one here is kept in Recently deleted), 1 unreadable, skipped.',
    );
    expect(
      within(screen.getByRole('list', { name: 'Decks skipped' })).getByRole('listitem'),
    ).toHaveTextContent('deck 3 (bad-notes): it has no list of sections');
    expect(library.libraryDecks().map((s) => s.deck.id)).toEqual(['rust-notes']);

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(
      await screen.findByText(/1 deck added, 1 deck replaced \(the old one is in Recently deleted/),
    ).toBeVisible();
    const answers = Object.fromEntries(
      library.libraryDecks().map((s) => [s.deck.id, s.deck.sections[0]?.cards[0]?.answer]),
    );
    expect(answers).toEqual({ 'go-notes': 'A light thread.', 'rust-notes': 'Newer.' });
    expect(library.deletedDecks().map((d) => d.stored.deck.sections[0]?.cards[0]?.answer)).toEqual([
      'Older.',
    ]);
    expect(useProgress.getState().log.map((r) => r.card)).toEqual(['go-notes/q1']);
  });
});
