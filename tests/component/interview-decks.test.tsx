// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// Fixed dates: the clock module is the one place that reads time (UTC here).
clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { parseDeck } = await import('../../src/deck/index.ts');
const { saveDeck } = await import('../../src/store/decks/library.ts');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { useUiPrefs } = await import('../../src/store/prefs/ui-prefs.ts');

const DAY = 86_400_000;
const AWS = 'AWS Interview Questions & Answers for Backend Developers';
const GO = 'Go notes';
const WAIT = { timeout: 10_000 };

const GO_NOTES = [
  `# ${GO}`,
  '',
  '## Basics',
  '',
  '### What is a goroutine?',
  '',
  'A light thread.',
  '',
  '### What is a channel?',
  '',
  'A typed pipe.',
  '',
].join('\n');

beforeAll(async () => {
  // The user's deck, saved as "Add a deck" saves it.
  const { deck } = parseDeck(GO_NOTES, 'go-notes.md');
  if (!deck) throw new Error('the Go notes did not parse');
  await saveDeck({ deck: deck, source: 'go-notes.md', shape: null });
});

beforeEach(() => {
  resetStores();
  useUiPrefs.setState({ welcomeDismissed: true });
  // Nine days ahead, 9 am.
  useProgress.getState().updateSettings({ interviewAt: clock.time + 9 * DAY - 3 * 3_600_000 });
});

const deckOnHome = (title: string) => screen.findByRole('region', { name: title }, WAIT);
const countdownIn = (deck: HTMLElement) =>
  within(deck).queryByRole('heading', { name: 'Interview in 9 days' });
const choice = () => screen.findByRole('group', { name: 'Decks this interview covers' }, WAIT);

describe('the decks an interview covers', () => {
  it('unticking a deck in Settings takes its countdown off Home; the other keeps its own', async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    // Every deck has its countdown by default.
    const go = await deckOnHome(GO);
    expect(
      await within(go).findByRole('heading', { name: 'Interview in 9 days' }, WAIT),
    ).toBeVisible();
    expect(
      await within(await deckOnHome(AWS)).findByRole(
        'heading',
        { name: 'Interview in 9 days' },
        WAIT,
      ),
    ).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const decks = await choice();
    const awsBox = within(decks).getByRole('checkbox', { name: AWS });
    expect(awsBox).toBeChecked();
    expect(within(decks).getByRole('checkbox', { name: GO })).toBeChecked();
    await user.click(awsBox);
    expect(awsBox).not.toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Home' }));
    const goAgain = await deckOnHome(GO);
    expect(
      await within(goAgain).findByRole('heading', { name: 'Interview in 9 days' }, WAIT),
    ).toBeVisible();
    const aws = await deckOnHome(AWS);
    expect(countdownIn(aws)).toBeNull();
    // As with no date: the plain queue is the primary action, with no "instead".
    expect(within(aws).getByRole('link', { name: 'Study now · 20 cards' })).toHaveClass('primary');
    expect(within(aws).queryByText(/instead/)).toBeNull();
    expect(useProgress.getState().settings.interviewDecks).toEqual(['go-notes']);
  }, 60_000);

  it('refuses to untick the last deck, says why, and keeps the choice', async () => {
    const user = userEvent.setup();
    useProgress.getState().updateSettings({ interviewDecks: ['aws-backend-interview'] });
    await renderApp('#/settings');
    const decks = await choice();
    const awsBox = within(decks).getByRole('checkbox', { name: AWS });
    expect(within(decks).getByRole('checkbox', { name: GO })).not.toBeChecked();
    await user.click(awsBox);
    expect(within(decks).getByRole('alert')).toHaveTextContent('Keep at least one deck');
    expect(awsBox).toBeChecked();
    expect(useProgress.getState().settings.interviewDecks).toEqual(['aws-backend-interview']);
    // Ticking the other deck covers both again: saved as "every deck".
    await user.click(within(decks).getByRole('checkbox', { name: GO }));
    expect(within(decks).queryByRole('alert')).toBeNull();
    expect(useProgress.getState().settings.interviewDecks).toBeNull();
  }, 60_000);

  it('covered decks share the daily budget: behind together, on track alone', async () => {
    const user = userEvent.setup();
    // The AWS deck's plan today, about 6 minutes, fits 6 minutes alone; the Go deck adds one.
    useProgress.getState().updateSettings({ dailyMinutes: 6 });
    await renderApp('#/');
    const together =
      /^Behind\. Today's plans for your 2 interview decks need about 7 minutes together, over your 6-minute budget: giving this deck its (6 minutes|1 minute) today keeps it on track/;
    for (const title of [AWS, GO]) {
      const panel = await within(await deckOnHome(title)).findByRole(
        'region',
        { name: 'Interview in 9 days' },
        WAIT,
      );
      await waitFor(
        () => expect(within(panel).getByRole('status')).toHaveTextContent(together),
        WAIT,
      );
    }

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(within(await choice()).getByRole('checkbox', { name: GO }));
    await user.click(screen.getByRole('link', { name: 'Home' }));
    const aws = await deckOnHome(AWS);
    expect(await within(aws).findByText(/^On track/, {}, WAIT)).toBeVisible();
    expect(within(aws).queryByText(/together/)).toBeNull();
    expect(countdownIn(await deckOnHome(GO))).toBeNull();
  }, 60_000);

  it('on the day, only the covered deck offers its warm-up', async () => {
    useProgress
      .getState()
      .updateSettings({ interviewAt: clock.time + 2 * 3_600_000, interviewDecks: ['go-notes'] });
    await renderApp('#/');
    const go = await deckOnHome(GO);
    expect(
      await within(go).findByRole('heading', { name: /^Interview today at/ }, WAIT),
    ).toBeVisible();
    const aws = await deckOnHome(AWS);
    expect(within(aws).queryByRole('heading', { name: /^Interview today/ })).toBeNull();
    expect(within(aws).getByRole('link', { name: 'Study now · 20 cards' })).toHaveClass('primary');
  }, 60_000);

  it('after the interview, clearing the date once clears it for every covered deck', async () => {
    const user = userEvent.setup();
    useProgress.getState().updateSettings({ interviewAt: clock.time - 3_600_000 });
    await renderApp('#/');
    const past = { name: /^Your interview was/ };
    const go = await deckOnHome(GO);
    expect(await within(go).findByRole('heading', past, WAIT)).toBeVisible();
    expect(await within(await deckOnHome(AWS)).findByRole('heading', past, WAIT)).toBeVisible();
    await user.click(within(go).getByRole('button', { name: 'Clear the interview date' }));
    expect(screen.queryAllByRole('heading', past)).toEqual([]);
    expect(useProgress.getState().settings.interviewAt).toBeNull();
  }, 60_000);
});
