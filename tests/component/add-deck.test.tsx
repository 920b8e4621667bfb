// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AddDeckPage } from '../../src/features/add-deck/add-deck-page.tsx';

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
    const preview = await screen.findByRole('region', { name: 'pasted notes' });
    expect(await within(preview).findByText('2 cards in 1 section')).toBeInTheDocument();
    expect(within(preview).getByLabelText('Read as')).toHaveDisplayValue(/^Plain text/);
    expect(within(preview).getByText('What is a goroutine?')).toBeInTheDocument();
    expect(within(preview).getByText('A typed pipe.')).toBeInTheDocument();
    const name = within(preview).getByLabelText('Deck name');
    expect(name).toHaveValue('Go notes');
    await user.tripleClick(name);
    await user.keyboard('Go basics');
    expect(name).toHaveValue('Go basics');
  });

  it('reads the document again with the shape chosen, and says when it finds nothing', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    await pasteAndPreview(user, NOTES);
    const preview = await screen.findByRole('region', { name: 'pasted notes' });
    await within(preview).findByText('2 cards in 1 section');
    await user.selectOptions(within(preview).getByLabelText('Read as'), 'Table rows');
    expect(await within(preview).findByRole('alert')).toHaveTextContent(
      'Nothing can be saved from pasted notes.',
    );
    expect(
      within(preview).getByText(/No questions found with the table shape/),
    ).toBeInTheDocument();
    expect(within(preview).queryByRole('button', { name: 'Save deck' })).toBeNull();
    await user.selectOptions(within(preview).getByLabelText('Read as'), 'text');
    expect(await within(preview).findByText('2 cards in 1 section')).toBeInTheDocument();
  });

  it('cancels a preview', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    await pasteAndPreview(user, NOTES);
    const preview = await screen.findByRole('region', { name: 'pasted notes' });
    await within(preview).findByText('2 cards in 1 section');
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'pasted notes' })).toBeNull();
  });

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
  });

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
    await within(preview).findByText('1 card in 1 section');
    expect(preview.querySelector('script, img[onerror]')).toBeNull();
    expect(preview.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
