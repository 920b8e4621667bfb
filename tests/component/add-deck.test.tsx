// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { captureDownloads } from '../support/capture-downloads.ts';
import { AddDeckPage } from '../../src/features/add-deck/add-deck-page.tsx';
import { loadAnswers } from '../../src/store/decks/answers.ts';
import { deckEntries, findDeck } from '../../src/store/decks/catalogue.ts';
import { parseDeck } from '../../src/deck/index.ts';
import { readLibrary } from '../../src/store/decks/library-db.ts';
import { useNotes } from '../../src/store/notes/notes-store.ts';

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

/** Pastes the notes under a title, saves them, and returns the deck's name field in Your decks. */
async function saveFromPaste(user: ReturnType<typeof userEvent.setup>, title: string) {
  await pasteAndPreview(user, NOTES.replace('# Go notes', `# ${title}`));
  const preview = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
  await within(preview).findByText('2 cards in 1 section', {}, WAIT);
  await user.click(within(preview).getByRole('button', { name: 'Save deck' }));
  const yours = await screen.findByRole('region', { name: 'Your decks' }, WAIT);
  return within(yours).findByDisplayValue(title, {}, WAIT);
}

describe('Add a deck', () => {
  it('previews typed notes: shape, counts, every question; the name can be changed', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    expect(screen.getByRole('button', { name: 'Preview the deck' })).toBeDisabled();
    await pasteAndPreview(user, NOTES);
    const preview = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
    expect(await within(preview).findByText('2 cards in 1 section', {}, WAIT)).toBeInTheDocument();
    expect(within(preview).getByLabelText('Read as')).toHaveDisplayValue(
      /^Numbered or Q:\/A: lines/,
    );
    const questions = within(preview).getByRole('list', { name: 'Questions' });
    expect(
      within(questions)
        .getAllByRole('listitem')
        .map((row) => row.getAttribute('aria-label')),
    ).toEqual(['What is a goroutine?', 'What is a channel?']);
    // An answer opens on demand.
    expect(within(preview).queryByText('A typed pipe.')).toBeNull();
    await user.click(within(preview).getByRole('button', { name: /^What is a channel\?/ }));
    expect(await within(preview).findByText('A typed pipe.', { selector: 'p' })).toBeVisible();
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
    await user.selectOptions(within(preview).getByLabelText('Read as'), 'Rows of a table');
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
    const blobs = captureDownloads();
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const field = await saveFromPaste(user, 'Rust notes');
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

describe('Own answers travel with an export', () => {
  it('exports a deck with my answers when asked, and a re-import keeps them as mine', async () => {
    const blobs = captureDownloads();
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const item = (await saveFromPaste(user, 'Kotlin notes')).closest('li') as HTMLElement;
    // No own answers yet: nothing to include, so no choice is offered.
    expect(within(item).queryByRole('checkbox')).toBeNull();

    act(() => {
      useNotes
        .getState()
        .write('kotlin-notes/what-is-a-channel', 'Like a queue # between coroutines', 1);
    });
    // An answer kept for a card the deck no longer has (removed by an update) is not counted.
    act(() => {
      useNotes.getState().write('kotlin-notes/a-removed-card', 'Old answer.', 1);
    });
    const include = await within(item).findByRole('checkbox', { name: 'with my 1 own answer' });
    expect(include).not.toBeChecked();
    await user.click(within(item).getByRole('button', { name: 'Export as markdown' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await blobs[0]?.text()).not.toContain('Like a queue');
    await user.click(include);
    await user.click(within(item).getByRole('button', { name: 'Export as markdown' }));
    await user.click(within(item).getByRole('button', { name: 'Export for Anki' }));
    await waitFor(() => expect(blobs).toHaveLength(3));
    const [markdown, anki] = await Promise.all(blobs.slice(1).map((b) => b.text()));
    expect(markdown).toContain(
      'A typed pipe.\n\n<!-- my answer -->\n\n> *My answer*\n>\n> Like a queue # between coroutines',
    );
    expect(anki).toContain('<hr><p><b>My answer</b></p><p>Like a queue # between coroutines</p>');

    // A friend (or another browser) opens the exported file: the answer stays the deck's,
    // the own answer becomes theirs.
    act(() => useNotes.setState({ answers: {} }));
    await user.upload(
      screen.getByLabelText('Files to add'),
      new File([markdown ?? ''], 'kotlin.md'),
    );
    const again = await screen.findByRole('region', { name: 'kotlin.md' }, WAIT);
    await within(again).findByText('2 cards in 1 section', {}, WAIT);
    expect(within(again).getByText(/It carries 1 answer of your own/)).toBeVisible();
    expect(within(again).queryByText(/Like a queue/)).toBeNull();
    await user.click(within(again).getByRole('button', { name: 'Save deck' }));
    expect(
      await screen.findByText(/1 answer of your own kept with their cards/, {}, WAIT),
    ).toBeVisible();
    expect(useNotes.getState().answers['kotlin-notes-2/what-is-a-channel']?.text).toBe(
      'Like a queue # between coroutines',
    );
    expect((await loadAnswers('kotlin-notes-2')).get('kotlin-notes-2/what-is-a-channel')).toBe(
      'A typed pipe.',
    );
  }, 60_000);

  it('exports a deck that comes with the app, with my answers when asked', async () => {
    const blobs = captureDownloads();
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const builtIn = screen.getByRole('region', { name: 'Decks that come with PrepDeck' });
    const [first] = deckEntries('aws-backend-interview');
    act(() => {
      useNotes.getState().write(first?.key ?? '', 'Rent computers by the second.', 1);
    });
    await user.click(within(builtIn).getByRole('checkbox', { name: 'with my 1 own answer' }));
    await user.click(within(builtIn).getByRole('button', { name: 'Export as markdown' }));
    await waitFor(() => expect(blobs).toHaveLength(1), WAIT);
    const markdown = await blobs[0]?.text();
    const parsed = parseDeck(markdown ?? '', 'aws-backend-interview.md');
    expect(parsed.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const cards = parsed.deck?.sections.flatMap((s) => s.cards) ?? [];
    expect(cards).toHaveLength(deckEntries('aws-backend-interview').length);
    expect(cards[0]?.ownAnswer).toBe('Rent computers by the second.');
    expect(cards.slice(1).every((c) => c.ownAnswer === undefined)).toBe(true);
  }, 60_000);
});
