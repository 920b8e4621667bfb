// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddDeckPage } from '../../src/features/add-deck/add-deck-page.tsx';

// The preview is drawn before the readings that cannot win are made: "Read as" counts them and
// "A question is missing?" lists their lines once they arrive, after the page has drawn the
// preview (the next frame). Frames are held here, so what shows in between can be looked at.

const WAIT = { timeout: 15_000 };

/** Four heading questions; one bold question inside an answer, which only `bold` reads. */
const NOTES = [
  '## What is a goroutine?',
  '',
  'A light thread.',
  '',
  '**Why is it light?**',
  '',
  'A small stack.',
  '',
  '## What is a channel?',
  '',
  'A typed pipe.',
  '',
  '## What is select?',
  '',
  'It waits on channels.',
  '',
  '## What is a mutex?',
  '',
  'A lock.',
].join('\n');

let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Lets the page's next frame happen: the importer is then asked for the rest. */
async function nextFrame() {
  await act(async () => {
    for (const callback of frames.splice(0)) callback(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

/** Types the notes key by key (newlines as Enter), asks for a preview and waits for it. */
async function preview(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('Paste your notes'));
  await user.keyboard(NOTES.replace(/\n/g, '{Enter}'));
  await user.click(screen.getByRole('button', { name: 'Preview the deck' }));
  const region = await screen.findByRole('region', { name: 'pasted notes' }, WAIT);
  await within(region).findByText('4 cards in 1 section', {}, WAIT);
  return region;
}

const option = (region: HTMLElement, name: RegExp) =>
  within(within(region).getByLabelText('Read as')).getByRole('option', { name });

describe('After the preview', () => {
  it('"Read as" counts every reading and the lines that could be questions are offered', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const region = await preview(user);
    // The preview: the chosen reading counted, the skipped one counting, the lines looked for.
    expect(option(region, /^Headings are questions/)).toHaveTextContent(
      'Headings are questions (4 cards)',
    );
    expect(option(region, /^Questions in bold/)).toHaveTextContent('Questions in bold (counting…)');
    const looking = within(region).getByRole('button', {
      name: 'Looking for lines that could be questions…',
    });
    expect(looking).toBeDisabled();
    // Nothing that changes here is announced.
    expect(looking.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    expect(within(region).queryByRole('button', { name: /^A question is missing/ })).toBeNull();

    await nextFrame();
    expect(
      await within(region).findByRole(
        'button',
        { name: 'A question is missing? 1 line could be questions' },
        WAIT,
      ),
    ).toBeEnabled();
    expect(option(region, /^Questions in bold/)).toHaveTextContent('Questions in bold (1 card)');
    expect(within(region).queryByText('Looking for lines that could be questions…')).toBeNull();
    expect(within(region).getByText('4 cards in 1 section')).toBeVisible();

    await user.click(
      within(region).getByRole('button', { name: /^A question is missing\? 1 line/ }),
    );
    const lines = within(region).getByRole('list', { name: 'Lines that could be questions' });
    expect(within(lines).getByRole('listitem', { name: 'Why is it light?' })).toBeVisible();
  }, 60_000);

  it('a skipped reading chosen before its count arrives is read', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const region = await preview(user);
    expect(option(region, /^Questions in bold/)).toHaveTextContent('(counting…)');
    await user.selectOptions(within(region).getByLabelText('Read as'), 'bold');
    expect(await within(region).findByText('1 card in 1 section', {}, WAIT)).toBeVisible();
    expect(within(region).getByLabelText('Read as')).toHaveDisplayValue(/^Questions in bold/);
    const questions = within(region).getByRole('list', { name: 'Questions' });
    expect(within(questions).getByRole('listitem', { name: 'Why is it light?' })).toBeVisible();
    // The first reading's rest, arriving late, does not undo the choice.
    await nextFrame();
    await nextFrame();
    expect(within(region).getByText('1 card in 1 section')).toBeVisible();
    expect(within(region).getByLabelText('Read as')).toHaveDisplayValue(/^Questions in bold/);
    expect(option(region, /^Questions in bold/)).toHaveTextContent('Questions in bold (1 card)');
  }, 60_000);
});
