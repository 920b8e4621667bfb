// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);

const { StudyPage } = await import('../../src/features/study/study-page.tsx');
const { WeakPage } = await import('../../src/features/weak/weak-page.tsx');
const { findDeck } = await import('../../src/store/decks/catalogue.ts');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');

const deck = findDeck('aws-backend-interview');
if (!deck) throw new Error('the AWS deck is missing');

beforeEach(() => {
  resetStores();
  clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);
});

describe('weak spots and plain text', () => {
  it('counts a card failed twice while learning as weak, and says why', async () => {
    const user = userEvent.setup();
    useProgress.getState().updateSettings({ newPerDay: 1 });
    render(<StudyPage deck={deck} />);
    // Again, Again, then Good: the card never lapsed in review, but it was failed twice.
    await user.keyboard(' 1');
    clock.time += 60_000;
    await user.keyboard(' 1');
    clock.time += 60_000;
    await user.keyboard(' 3');
    expect(useProgress.getState().log.map((r) => r.grade)).toEqual([1, 1, 3]);
    cleanup();

    render(<WeakPage />);
    const panel = screen.getByRole('heading', { name: 'Weak cards (1)' }).parentElement;
    expect(panel).toHaveTextContent('What is AWS? — answered Again 2 times while learning');
    expect(screen.getByRole('link', { name: 'Study the 1 weak card' })).toBeVisible();
  });

  it('says "1 bookmarked card", not "1 bookmarked cards"', async () => {
    const user = userEvent.setup();
    render(<WeakPage />);
    expect(screen.getByRole('heading', { name: 'Bookmarked (0)' })).toBeVisible();
    cleanup();
    useProgress.getState().setBookmark('aws-backend-interview/what-is-aws', true, clock.time);
    render(<WeakPage />);
    expect(screen.getByRole('link', { name: 'Study the 1 bookmarked card' })).toBeVisible();
    const starred = screen.getByRole('heading', { name: 'Bookmarked (1)' }).parentElement;
    await user.click(within(starred as HTMLElement).getByRole('button', { name: /What is AWS/ }));
    expect(screen.getByRole('heading', { name: 'Bookmarked (0)' })).toBeVisible();
  });
});
