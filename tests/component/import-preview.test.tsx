// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AddDeckPage } from '../../src/features/add-deck/add-deck-page.tsx';
import { FIRST_ROWS } from '../../src/features/add-deck/question-list.tsx';
import { deckEntries } from '../../src/store/decks/catalogue.ts';
import { readLibrary } from '../../src/store/decks/library-db.ts';
import { FOLLOW_UP, NODE_README, NODE_README_V2, WHO } from '../support/nodejs-readme.ts';

// The preview as a person uses it: every question listed, a wrong reading fixed by example,
// each fix undone, the doubts said before saving, and the fixes kept for the next version.

const WAIT = { timeout: 15_000 };

type User = ReturnType<typeof userEvent.setup>;

/** Opens a file in Add a deck and waits for its preview to show `count`. */
async function open(user: User, name: string, text: string, count: string | RegExp) {
  await user.upload(screen.getByLabelText('Files to add'), new File([text], name));
  const preview = await screen.findByRole('region', { name }, WAIT);
  await within(preview).findByText(count, {}, WAIT);
  return preview;
}

const questionsIn = (preview: HTMLElement) =>
  within(within(preview).getByRole('list', { name: 'Questions' }))
    .getAllByRole('listitem')
    .map((row) => row.getAttribute('aria-label'));

const row = (preview: HTMLElement, question: string) =>
  within(within(preview).getByRole('list', { name: 'Questions' })).getByRole('listitem', {
    name: question,
  });

describe('The preview lists every question', () => {
  it('with its section and line; the answer opens on demand', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const preview = await open(user, 'README.md', NODE_README, '6 cards in 1 section');
    expect(questionsIn(preview)).toEqual([
      WHO,
      'What is the event loop?',
      'What does process.nextTick do?',
      FOLLOW_UP,
      'What is a stream?',
      'What is backpressure?',
    ]);
    const toggle = within(row(preview, 'What is a stream?')).getByRole('button', {
      name: /^What is a stream\?/,
    });
    expect(row(preview, 'What is a stream?')).toHaveTextContent(/line 21/);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(preview).queryByText(/might not be available all at once/)).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      await within(row(preview, 'What is a stream?')).findByText(/might not be available/, {
        selector: 'p',
      }),
    ).toBeVisible();
    await user.click(toggle);
    expect(within(preview).queryByText(/might not be available all at once/)).toBeNull();
  }, 60_000);

  it(`draws the first ${FIRST_ROWS} rows of a large deck, and all of them when asked`, async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const text = Array.from(
      { length: 450 },
      (_, i) => `Q: What is item ${i + 1}?\nA: Answer ${i + 1}.\n`,
    ).join('\n');
    const preview = await open(user, 'big.txt', text, '450 cards in 1 section');
    expect(questionsIn(preview)).toHaveLength(FIRST_ROWS);
    await user.click(within(preview).getByRole('button', { name: 'Show all 450 questions' }));
    expect(questionsIn(preview)).toHaveLength(450);
    expect(questionsIn(preview).at(-1)).toBe('What is item 450?');
  }, 60_000);
});

describe('Fix by example', () => {
  it('"Not a question" and "Drop" read the whole document again; each fix is listed and undone', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const preview = await open(user, 'README.md', NODE_README, '6 cards in 1 section');
    await user.click(
      within(row(preview, FOLLOW_UP)).getByRole('button', { name: 'Not a question' }),
    );
    await within(preview).findByText('5 cards in 1 section', {}, WAIT);
    expect(questionsIn(preview)).not.toContain(FOLLOW_UP);
    // The follow-up is part of the answer above it now.
    const nextTick = row(preview, 'What does process.nextTick do?');
    await user.click(within(nextTick).getByRole('button', { name: /^What does process/ }));
    expect(
      await within(nextTick).findByText(/setImmediate runs in the check phase/, { selector: 'p' }),
    ).toBeVisible();

    const who = row(preview, WHO);
    await user.click(within(who).getByRole('button', { name: /^Who is this list for/ }));
    await user.click(within(who).getByRole('button', { name: 'Drop' }));
    await within(preview).findByText('4 cards in 1 section', {}, WAIT);
    const fixes = within(preview).getByRole('region', { name: 'Your 2 fixes' });
    expect(
      within(fixes)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual([`“${FOLLOW_UP}” is not a question`, `Dropped “${WHO}”`]);

    await user.click(within(fixes).getByRole('button', { name: 'Undo last' }));
    await within(preview).findByText('5 cards in 1 section', {}, WAIT);
    expect(questionsIn(preview)[0]).toBe(WHO);
    await user.click(
      within(preview).getByRole('button', { name: `Undo: “${FOLLOW_UP}” is not a question` }),
    );
    await within(preview).findByText('6 cards in 1 section', {}, WAIT);
    expect(within(preview).queryByRole('region', { name: /fix/ })).toBeNull();
  }, 60_000);

  it('merges a card with the previous one, splits one at a line, and rewords a question', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const notes = [
      'Q: What is a goroutine?',
      'A: A light thread.',
      '',
      'Q: How light is it?',
      'A: A few kilobytes of stack.',
      '',
      'Q: What is a channel?',
      'A: A typed pipe.',
      'What is a buffered channel?',
      'One that holds values until read.',
    ].join('\n');
    const preview = await open(user, 'go.txt', notes, '3 cards in 1 section');

    const light = row(preview, 'How light is it?');
    await user.click(within(light).getByRole('button', { name: /^How light is it/ }));
    await user.click(within(light).getByRole('button', { name: 'Merge with the previous' }));
    await within(preview).findByText('2 cards in 1 section', {}, WAIT);

    const channel = row(preview, 'What is a channel?');
    await user.click(within(channel).getByRole('button', { name: /^What is a channel/ }));
    await user.selectOptions(
      within(channel).getByLabelText(/^Split at a line/),
      'What is a buffered channel?',
    );
    await user.click(within(channel).getByRole('button', { name: 'Split' }));
    await within(preview).findByText('3 cards in 1 section', {}, WAIT);
    expect(questionsIn(preview)).toEqual([
      'What is a goroutine?',
      'What is a channel?',
      'What is a buffered channel?',
    ]);

    const goroutine = row(preview, 'What is a goroutine?');
    await user.click(within(goroutine).getByRole('button', { name: /^What is a goroutine/ }));
    expect(
      await within(goroutine).findByText(/A few kilobytes of stack/, { selector: 'p' }),
    ).toBeVisible();
    const field = within(goroutine).getByLabelText('Edit the question');
    await user.clear(field);
    await user.type(field, 'What is a goroutine in Go?');
    await user.click(within(goroutine).getByRole('button', { name: 'Save question' }));
    await waitFor(() => expect(questionsIn(preview)[0]).toBe('What is a goroutine in Go?'), WAIT);
    expect(
      within(within(preview).getByRole('region', { name: 'Your 3 fixes' }))
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual([
      'Merged “How light is it?” with the card before it',
      'Split “What is a channel?” at “What is a buffered channel?”',
      'Reworded “What is a goroutine?” as “What is a goroutine in Go?”',
    ]);
  }, 60_000);

  it('"This is a question" reads the document again so that the line and its like are questions', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const notes = [
      '# Interview notes',
      '',
      '## Event loop',
      '',
      '**What is the event loop?**',
      '',
      'One thread running callbacks as I/O completes.',
      '',
      '## Streams',
      '',
      '**What is a stream?**',
      '',
      'Data that arrives over time.',
    ].join('\n');
    const preview = await open(user, 'notes.md', notes, '2 cards in 2 sections');
    expect(questionsIn(preview)).toEqual(['What is the event loop?', 'What is a stream?']);
    // The lines come after the preview is drawn.
    await user.click(
      await within(preview).findByRole('button', { name: /^A question is missing\?/ }, WAIT),
    );
    const lines = within(preview).getByRole('list', { name: 'Lines that could be questions' });
    await user.click(
      within(within(lines).getByRole('listitem', { name: 'Event loop' })).getByRole('button', {
        name: 'This is a question',
      }),
    );
    await within(preview).findByText('2 cards in 1 section', {}, WAIT);
    expect(questionsIn(preview)).toEqual(['Event loop', 'Streams']);
    expect(within(preview).getByLabelText('Read as')).toHaveDisplayValue(/^Headings are questions/);
    expect(within(preview).getByText('“Event loop” is a question')).toBeVisible();
  }, 60_000);
});

describe('The reading’s confidence', () => {
  it('says what looks wrong before saving when it is not sure', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    // Two questions in 29 KB: long notes whose other questions the reading did not see.
    const para = 'Kafka keeps records in partitions, each an ordered log read at its own pace. '
      .repeat(8)
      .trim();
    const answer = Array.from({ length: 20 }, () => para).join('\n\n');
    const text = ['What is Kafka?', 'What is a partition?']
      .map((q) => `Q: ${q}\nA: ${answer}`)
      .join('\n\n');
    const preview = await open(user, 'kafka.txt', text, '2 cards in 1 section');
    expect(within(preview).getByText('This reading may be wrong.')).toBeVisible();
    expect(
      within(preview).getByText(
        /^Only 2 cards from \d+ KB of text: questions may have been missed/,
      ),
    ).toBeVisible();
  }, 60_000);

  it('says nothing alarming when it is sure', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const preview = await open(user, 'README.md', NODE_README, '6 cards in 1 section');
    expect(within(preview).queryByText('This reading may be wrong.')).toBeNull();
  }, 60_000);
});

describe('Fixes are kept with the deck', () => {
  it('saved with it, and a new version is read with them', async () => {
    const user = userEvent.setup();
    render(<AddDeckPage />);
    const preview = await open(user, 'README.md', NODE_README, '6 cards in 1 section');
    await user.click(
      within(row(preview, FOLLOW_UP)).getByRole('button', { name: 'Not a question' }),
    );
    await within(preview).findByText('5 cards in 1 section', {}, WAIT);
    await user.click(within(row(preview, WHO)).getByRole('button', { name: 'Not a question' }));
    await within(preview).findByText('4 cards in 1 section', {}, WAIT);
    await user.click(within(preview).getByRole('button', { name: 'Save deck' }));
    expect(await screen.findByRole('status', {}, WAIT)).toHaveTextContent(
      'Saved “Node.js Interview Questions”: 4 cards',
    );
    const stored = (await readLibrary()).find(
      (s) => s.deck.title === 'Node.js Interview Questions',
    );
    expect(stored?.fixes).toEqual({ notQuestions: [FOLLOW_UP, WHO] });

    const yours = screen.getByRole('region', { name: 'Your decks' });
    await user.upload(
      within(yours).getByLabelText('New version of Node.js Interview Questions'),
      new File([NODE_README_V2], 'README.md'),
    );
    expect(await within(yours).findByRole('status', {}, WAIT)).toHaveTextContent(
      'README.md: 1 new card, 1 changed card, 0 removed cards, 3 unchanged.',
    );
    await user.click(within(yours).getByRole('button', { name: 'Save the update' }));
    const id = stored?.deck.id ?? '';
    await waitFor(() => expect(deckEntries(id)).toHaveLength(5), WAIT);
    const again = (await readLibrary()).find((s) => s.deck.id === id);
    expect(again?.fixes).toEqual({ notQuestions: [FOLLOW_UP, WHO] });
  }, 60_000);
});
