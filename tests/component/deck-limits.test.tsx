// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { navigate, renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';
import { GO_NOTES, saveUserDeck } from '../support/go-notes.ts';

// Thursday 26 November 2026, noon UTC.
clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { useProgress } = await import('../../src/store/progress/app-progress.ts');

const AWS = 'AWS Interview Questions & Answers for Backend Developers';

beforeAll(() => saveUserDeck(GO_NOTES));

beforeEach(() => {
  resetStores();
  useProgress.getState().updateSettings({ newPerDay: 5 });
});

/** The Study link of a deck's row on Home. */
const rowStudy = (title: string) =>
  within(screen.getByRole('region', { name: title })).getByRole('link', { name: /^Study/ });

describe('a daily new-card limit per deck', () => {
  it("typed key by key in Settings, caps that deck's new cards and lets the others take the rest", async () => {
    const { user } = await renderApp('#/settings');
    const limits = await screen.findByRole('group', { name: 'New cards a day from each deck' });
    const aws = within(limits).getByRole('spinbutton', { name: AWS });
    expect(aws).toHaveValue(null);
    await user.click(aws);
    await user.keyboard('2');
    await user.tab();
    expect(useProgress.getState().settings.deckNewPerDay).toEqual({
      'aws-backend-interview': 2,
    });

    await navigate('#/');
    // AWS gives 2 of the 5; the Go notes' 2 cards fit in what is left.
    expect(await screen.findByRole('link', { name: 'Study now · 4 cards' })).toBeVisible();
    expect(rowStudy(AWS)).toHaveTextContent('Study · 2 cards');
    expect(rowStudy('Go notes')).toHaveTextContent('Study · 2 cards');

    // Emptied, the deck has no limit of its own again: the 5 a day across decks.
    await navigate('#/settings');
    const field = await screen.findByRole('spinbutton', { name: AWS });
    await user.tripleClick(field);
    await user.keyboard('{Backspace}');
    await user.tab();
    expect(useProgress.getState().settings.deckNewPerDay).toEqual({});
    await navigate('#/');
    expect(await screen.findByRole('link', { name: 'Study now · 5 cards' })).toBeVisible();
  });

  it('refuses a limit that is not a whole number, saying why, and keeps the saved one', async () => {
    const { user } = await renderApp('#/settings');
    const field = await screen.findByRole('spinbutton', { name: 'Go notes' });
    await user.click(field);
    await user.keyboard('1.5');
    await user.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/whole number/);
    expect(useProgress.getState().settings.deckNewPerDay).toEqual({});
  });
});
