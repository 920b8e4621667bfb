// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);

const { findCard, findDeck } = await import('../../src/store/decks/catalogue.ts');
const { NOTES_STORAGE_KEY } = await import('../../src/store/notes/notes-store.ts');

const KEY = 'aws-backend-interview/what-is-aws';
const entry = findCard(KEY);
const deck = findDeck('aws-backend-interview');
if (!entry || !deck) throw new Error('the AWS deck is missing');

/** The card page as after a reload: a fresh store, reading only what was saved. */
async function loadCardPage() {
  vi.resetModules();
  const { CardPage } = await import('../../src/features/card/card-page.tsx');
  const fresh = (await import('../../src/store/decks/catalogue.ts')).findCard(KEY);
  if (fresh) render(<CardPage entry={fresh} />);
}

beforeEach(() => {
  localStorage.clear();
});

// Typing key by key, and loading a screen afresh, are slow on a busy machine.
describe('your own answer', { timeout: 30_000 }, () => {
  it('is typed key by key on the card page, saved with every key, and there after a reload', async () => {
    const user = userEvent.setup();
    await loadCardPage();
    expect(screen.queryByRole('textbox', { name: 'Your own answer' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add your own answer' }));
    const box = screen.getByRole('textbox', { name: 'Your own answer' });
    expect(box).toHaveFocus();
    await user.type(box, 'Rented computers{Enter}by the second');
    // No blur, no Enter to commit: the last key is already saved.
    const saved = JSON.parse(localStorage.getItem(NOTES_STORAGE_KEY) ?? '{}') as {
      answers: Record<string, { text: string; at: number }>;
    };
    expect(saved.answers[KEY]).toEqual({
      text: 'Rented computers\nby the second',
      at: clock.time,
    });
    expect(box).toHaveAccessibleDescription(/30 of 20,000 characters/);

    cleanup();
    await loadCardPage();
    expect(screen.getByRole('textbox', { name: 'Your own answer' })).toHaveValue(
      'Rented computers\nby the second',
    );
    expect(screen.queryByRole('button', { name: 'Add your own answer' })).toBeNull();
  });

  it('collapses again once cleared, and keeps leading spaces while typing', async () => {
    const user = userEvent.setup();
    await loadCardPage();
    await user.click(screen.getByRole('button', { name: 'Add your own answer' }));
    const box = screen.getByRole('textbox', { name: 'Your own answer' });
    await user.type(box, '  - first point');
    expect(box).toHaveValue('  - first point');
    await user.clear(box);
    cleanup();
    await loadCardPage();
    expect(screen.getByRole('button', { name: 'Add your own answer' })).toBeVisible();
  });

  it('says when the browser will not save it, and keeps it in the tab', async () => {
    const user = userEvent.setup();
    await loadCardPage();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Add your own answer' }));
    await user.type(screen.getByRole('textbox', { name: 'Your own answer' }), 'Mine');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not saved: browser storage is full, so your answer is kept in this tab only.',
    );
    expect(screen.getByRole('textbox', { name: 'Your own answer' })).toHaveValue('Mine');
  });

  it('shows after the reveal in study, under the grade buttons', async () => {
    const user = userEvent.setup();
    vi.resetModules(); // a fresh notes store: the tests above left answers in theirs
    const { StudyPage } = await import('../../src/features/study/study-page.tsx');
    render(<StudyPage deck={deck} />);
    expect(screen.queryByRole('button', { name: 'Add your own answer' })).toBeNull();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Add your own answer' }));
    const box = screen.getByRole('textbox', { name: 'Your own answer' });
    // Typing digits and spaces in the box grades nothing and reveals nothing.
    await user.type(box, '3 regions 1 account');
    expect(box).toHaveValue('3 regions 1 account');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(entry.card.questionText);
  });
});
