// @vitest-environment jsdom
// The card editor (issue 19) with the keyboard only, key by key: a save that reaches IndexedDB
// and shows everywhere, what it refuses and why, Escape, and a write that fails.
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../support/clock.ts';
import { resetStores } from '../support/reset-stores.ts';

// A write the test makes fail, as a full disk would.
const disk = vi.hoisted(() => ({ failNext: null as Error | null }));
vi.mock('../../src/store/decks/edits-db.ts', async (original) =>
  (await import('../support/failing-edits.ts')).failingEdits(original, disk),
);

const MONDAY = Date.UTC(2026, 10, 23, 9, 0);
clock.time = MONDAY;

const { LazyCardEditor } = await import('../../src/components/card-editor/lazy-card-editor.tsx');
const { findCard, loadAnswers, openLibrary } = await import('../../src/store/decks/index.ts');
const { grade, useProgress } = await import('../../src/store/progress/index.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

const DECK = 'aws-backend-interview';

/** The editor open on a card, as its page opens it; what it reported when it closed. */
async function openEditor(cardId: string) {
  const key = `${DECK}/${cardId}`;
  const entry = findCard(key);
  if (!entry) throw new Error(`no card ${key}`);
  const closed = { saved: vi.fn(), cancelled: vi.fn() };
  render(
    <LazyCardEditor
      entry={entry}
      headingLevel={1}
      onSaved={closed.saved}
      onCancel={closed.cancelled}
    />,
  );
  const question = await screen.findByRole('textbox', { name: 'Question' });
  await waitFor(() => expect(question).toHaveFocus());
  return { key, closed, question, user: userEvent.setup() };
}

const box = (name: string) => screen.getByRole('textbox', { name });

beforeEach(() => {
  resetStores();
  clock.time = MONDAY;
});

describe('the card editor', { timeout: 60_000 }, () => {
  it('edits the question and answer key by key, saves with Ctrl+Enter and keeps the schedule', async () => {
    const scheduler = schedulerFor(0.9);
    grade(`${DECK}/what-is-rds`, 3, scheduler);
    const before = useProgress.getState().cards[`${DECK}/what-is-rds`];
    const { key, closed, question, user } = await openEditor('what-is-rds');
    expect(screen.getByRole('heading', { level: 1, name: 'Edit this card' })).toBeVisible();
    expect(question).toHaveValue('What is RDS?');

    await user.keyboard('{End}{Backspace} (in one line)?');
    await user.tab(); // Shown with the question
    await user.tab(); // Answer
    const answer = box('Answer');
    expect(answer).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}{Enter}{Enter}**Mine:** buckets of objects.');
    // The preview renders as study does: bold as bold.
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Preview of the answer' })).toContainHTML(
        '<strong>Mine:</strong> buckets of objects.',
      ),
    );
    expect(screen.getByRole('group', { name: 'Preview of the question' })).toHaveTextContent(
      'What is RDS (in one line)?',
    );

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(closed.saved).toHaveBeenCalledWith({ reset: false }));
    expect(closed.cancelled).not.toHaveBeenCalled();
    // Shown everywhere once saved: the catalogue and the answers; the schedule as it was.
    expect(findCard(key)?.card).toMatchObject({
      questionText: 'What is RDS (in one line)?',
      edited: true,
    });
    expect((await loadAnswers(DECK)).get(key)).toMatch(/\n\n\*\*Mine:\*\* buckets of objects\.$/);
    expect(useProgress.getState().cards[key]).toEqual(before);
  });

  it('refuses an empty question with its message beside it, and focuses it on saving', async () => {
    const { key, closed, question, user } = await openEditor('what-is-aws');
    await user.keyboard('{End}{Backspace>40/}');
    expect(question).toHaveValue('');
    await user.tab();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(question).toHaveFocus();
    expect(question).toHaveAttribute('aria-invalid', 'true');
    expect(question).toHaveAccessibleDescription(
      expect.stringContaining('The question is empty: write what to ask'),
    );
    expect(closed.saved).not.toHaveBeenCalled();
    expect((await openLibrary()).editOf(key)).toBeUndefined();
  });

  it('refuses a tag of 500 characters, saving nothing', async () => {
    const { key, closed, user } = await openEditor('what-is-dynamodb');
    await user.tab();
    await user.tab();
    await user.tab(); // Tags (this answer has no code block to stop at)
    const tags = box('Tags');
    expect(tags).toHaveFocus();
    await user.keyboard('a'.repeat(500));
    await user.keyboard('{Enter}'); // Enter in a one-line box saves, as in any form
    expect(tags).toHaveFocus();
    expect(tags).toHaveAttribute('aria-invalid', 'true');
    expect(tags).toHaveAccessibleDescription(
      expect.stringContaining('is 500 characters, expected at most 64'),
    );
    expect(closed.saved).not.toHaveBeenCalled();
    expect((await openLibrary()).editOf(key)).toBeUndefined();
  });

  it('cancels with Escape, saving nothing', async () => {
    const { key, closed, user } = await openEditor('what-is-ec2');
    await user.keyboard(' changed');
    await user.keyboard('{Escape}');
    expect(closed.cancelled).toHaveBeenCalledTimes(1);
    expect(closed.saved).not.toHaveBeenCalled();
    expect((await openLibrary()).editOf(key)).toBeUndefined();
  });

  it('stays open saying why when the save fails, and saves on the next try; reset starts it anew', async () => {
    grade(`${DECK}/what-is-aws-lambda`, 3, schedulerFor(0.9));
    const { key, closed, user } = await openEditor('what-is-aws-lambda');
    await user.tab();
    await user.tab();
    await user.tab();
    await user.keyboard('serverless, compute');
    await user.tab(); // Reset its schedule
    expect(screen.getByRole('checkbox', { name: /Reset its schedule/ })).toHaveFocus();
    await user.keyboard(' ');
    disk.failNext = new Error('The disk is full');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: The disk is full');
    expect(screen.getByRole('heading', { name: 'Edit this card' })).toBeVisible();
    expect(closed.saved).not.toHaveBeenCalled();
    expect((await openLibrary()).editOf(key)).toBeUndefined();
    expect(useProgress.getState().cards[key]).toBeDefined();

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(closed.saved).toHaveBeenCalledWith({ reset: true }));
    expect(findCard(key)?.card.tags).toEqual(['serverless', 'compute']);
    expect(useProgress.getState().cards[key]).toBeUndefined();
  });
});
