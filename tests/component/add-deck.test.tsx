// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddDeckPage } from '../../src/features/add-deck/add-deck-page.tsx';
import { loadAnswers } from '../../src/lib/answers.ts';
import { deckEntries, findDeck } from '../../src/lib/decks.ts';
import { readLibrary } from '../../src/store/deck-library.ts';

/** Typing key by key and importing are slow on a busy machine: generous waits. */
const WAIT = { timeout: 15_000 };

const NOTES = [
  '# Go notes',
  '',
  'Q: What is a goroutine?',
  'A: A light thread.',
  '',
  'Q: What is a channel?',
  'A: A typed pipe.',
].join('\n');

/** Types the notes into the paste box key by key (newlines as Enter), then asks for a preview. */
async function pasteAndPreview(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('Paste your notes'));
  await user.keyboard(text.replace(/[{[]/g, (c) => c + c).replace(/\n/g, '{Enter}'));
  await user.click(screen.getByRole('button', { name: 'Preview the deck' }));
}

describe('Add a deck', () => {
  it('previews typed notes: shape, counts, first cards; the name can be changed', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    expect(screen.getByRole('button', { name: 'Preview the deck' })).toBeDisabled();
    await pasteAndPreview(user, NOTES);
    const preview = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
    expect(await within(preview).findByText('2 cards in 1 section', {}, WAIT)).toBeInTheDocument();
    expect(within(preview).getByLabelText('Read as')).toHaveDisplayValue(/^Plain text/);
    expect(within(preview).getByText('What is a goroutine?')).toBeInTheDocument();
    expect(within(preview).getByText('A typed pipe.')).toBeInTheDocument();
    const name = within(preview).getByLabelText('Deck name');
    expect(name).toHaveValue('Go notes');
    await user.tripleClick(name);
    await user.keyboard('Go basics');
    expect(name).toHaveValue('Go basics');
  }, 60_000);

  it('reads the document again with the shape chosen, and says when it finds nothing', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    await pasteAndPreview(user, NOTES);
    const preview = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
    await within(preview).findByText('2 cards in 1 section', {}, WAIT);
    await user.selectOptions(within(preview).getByLabelText('Read as'), 'Table rows');
    expect(await within(preview).findByRole('alert')).toHaveTextContent(
      'Nothing can be saved from pasted notes.',
    );
    expect(
      within(preview).getByText(/No questions found with the table shape/),
    ).toBeInTheDocument();
    expect(within(preview).queryByRole('button', { name: 'Save deck' })).toBeNull();
    await user.selectOptions(within(preview).getByLabelText('Read as'), 'text');
    expect(await within(preview).findByText('2 cards in 1 section', {}, WAIT)).toBeInTheDocument();
  }, 60_000);

  it('cancels a preview', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    await pasteAndPreview(user, NOTES);
    const preview = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
    await within(preview).findByText('2 cards in 1 section', {}, WAIT);
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'pasted notes' })).toBeNull();
  }, 60_000);

  it('explains bad files: binary, empty, too large, no questions', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const files = [
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3])], 'photo.md'),
      new File([''], 'empty.txt'),
      new File(['just a sentence without any question in it.'], 'prose.txt'),
    ];
    const big = new File(['x'], 'huge.md');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Files to add'), [...files, big]);
    const region = (name: string) => screen.findByRole('region', { name });
    expect(await within(await region('photo.md')).findByText(/Binary file/)).toBeInTheDocument();
    expect(await within(await region('empty.txt')).findByText(/Empty file/)).toBeInTheDocument();
    expect(
      await within(await region('prose.txt')).findByText(/No questions found/),
    ).toBeInTheDocument();
    expect(await within(await region('huge.md')).findByText(/File of 50.0 MB/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save deck' })).toBeNull();
  }, 60_000);

  it('shows hostile HTML in an answer as text, never as markup', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const file = new File(
      [
        'Q: What is XSS?\nA: <img src=x onerror="alert(1)"> <script>alert(2)</script> [link](javascript:alert(3))',
      ],
      'xss.txt',
    );
    await user.upload(screen.getByLabelText('Files to add'), file);
    const preview = await screen.findByRole('region', { name: 'xss.txt' });
    await within(preview).findByText('1 card in 1 section', {}, WAIT);
    expect(preview.querySelector('script, img[onerror]')).toBeNull();
    expect(preview.querySelector('a[href^="javascript"]')).toBeNull();
  }, 60_000);

  it('saves the deck under the name typed: in the library, in the decks, with its answers', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    await pasteAndPreview(user, NOTES);
    const preview = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
    await within(preview).findByText('2 cards in 1 section', {}, WAIT);
    await user.tripleClick(within(preview).getByLabelText('Deck name'));
    await user.keyboard('Go basics');
    await user.click(within(preview).getByRole('button', { name: 'Save deck' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved “Go basics”: 2 cards');
    expect(screen.getByRole('link', { name: 'Study it now' })).toHaveAttribute(
      'href',
      '#/decks/go-basics/study',
    );
    expect(findDeck('go-basics')?.title).toBe('Go basics');
    expect(findDeck('aws-backend-interview')).toBeDefined();
    const keys = deckEntries('go-basics').map((e) => e.key);
    expect(keys).toEqual(['go-basics/what-is-a-goroutine', 'go-basics/what-is-a-channel']);
    expect((await loadAnswers('go-basics')).get(keys[1] ?? '')).toBe('A typed pipe.');
    expect((await readLibrary()).map((s) => s.deck.title)).toContain('Go basics');

    // The same name again is another deck, never an overwrite.
    await pasteAndPreview(user, NOTES);
    const again = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
    await within(again).findByText('2 cards in 1 section', {}, WAIT);
    await user.tripleClick(within(again).getByLabelText('Deck name'));
    await user.keyboard('Go basics');
    await user.click(within(again).getByRole('button', { name: 'Save deck' }));
    await waitFor(() => expect(screen.getAllByRole('status')).toHaveLength(2), WAIT);
    expect(findDeck('go-basics-2')?.title).toBe('Go basics');
  }, 60_000);

  it('manages a saved deck: rename, export, delete with undo', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:deck';
    });
    URL.revokeObjectURL = vi.fn();
    const user = userEvent.setup();
    render(<AddDeckPage />);
    await pasteAndPreview(user, NOTES.replace('# Go notes', '# Rust notes'));
    const preview = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
    await within(preview).findByText('2 cards in 1 section', {}, WAIT);
    await user.click(within(preview).getByRole('button', { name: 'Save deck' }));
    const yours = await screen.findByRole('region', { name: 'Your decks' }, WAIT);
    const field = await within(yours).findByDisplayValue('Rust notes', {}, WAIT);
    expect(field).toHaveAccessibleName('Name of the deck of 2 cards from pasted notes');
    await user.tripleClick(field);
    await user.keyboard('Rust basics{Enter}');
    await waitFor(() => expect(findDeck('rust-notes')?.title).toBe('Rust basics'), WAIT);
    expect(deckEntries('rust-notes').map((e) => e.key)).toEqual([
      'rust-notes/what-is-a-goroutine',
      'rust-notes/what-is-a-channel',
    ]);

    const item = field.closest('li') as HTMLElement;
    const updated = NOTES.replace('# Go notes', '# Rust notes')
      .replace('A typed pipe.', 'A typed, blocking pipe.')
      .concat('\n\nQ: What is a slice?\nA: A view of an array.');
    await user.upload(
      within(item).getByLabelText('New version of Rust basics'),
      new File([updated], 'rust-v2.md'),
    );
    expect(await within(item).findByRole('status', {}, WAIT)).toHaveTextContent(
      'rust-v2.md: 1 new card, 1 changed card, 0 removed cards, 1 unchanged.',
    );
    await user.click(within(item).getByRole('button', { name: 'Save the update' }));
    await waitFor(() => expect(deckEntries('rust-notes')).toHaveLength(3), WAIT);
    expect(deckEntries('rust-notes').map((e) => e.key)).toEqual([
      'rust-notes/what-is-a-goroutine',
      'rust-notes/what-is-a-channel',
      'rust-notes/what-is-a-slice',
    ]);
    expect(findDeck('rust-notes')?.title).toBe('Rust basics');
    expect((await loadAnswers('rust-notes')).get('rust-notes/what-is-a-channel')).toBe(
      'A typed, blocking pipe.',
    );

    await user.click(within(item).getByRole('button', { name: 'Export as markdown' }));
    await user.click(within(item).getByRole('button', { name: 'Export for Anki' }));
    const [markdown, anki] = await Promise.all(blobs.map((b) => b.text()));
    expect(markdown).toMatch(/^# Rust basics\n/);
    expect(markdown).toContain('### What is a slice?');
    expect(anki).toContain('#separator:tab');
    expect(anki).toContain('A typed, blocking pipe.');

    await user.click(within(item).getByRole('button', { name: 'Delete…' }));
    await user.click(within(item).getByRole('button', { name: 'Delete “Rust basics”' }));
    expect(await screen.findByText(/Deleted “Rust basics”; its progress is kept/)).toBeVisible();
    expect(findDeck('rust-notes')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(findDeck('rust-notes')?.title).toBe('Rust basics'), WAIT);
  }, 60_000);
});
