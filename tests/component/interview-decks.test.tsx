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

const interviewOnHome = (name: string | RegExp = 'Interview in 9 days') =>
  screen.findByRole('region', { name }, WAIT);
const deckPage = async (id: string, title: string) => {
  window.location.hash = `#/decks/${id}`;
  // Its title as the page's heading (Home's row for the deck has the same name, one level down).
  const heading = await screen.findByRole('heading', { level: 1, name: title }, WAIT);
  const page = heading.closest('section');
  if (!page) throw new Error(`no page for ${title}`);
  return page;
};
const countdownIn = (deck: HTMLElement) =>
  within(deck).queryByRole('heading', { name: /^Interview/ });
const choice = () => screen.findByRole('group', { name: 'Decks this interview covers' }, WAIT);

describe('the decks an interview covers', () => {
  it('Home shows the interview once, with a row per covered deck; unticking one takes it off', async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    // Every deck is covered by default: one panel, both decks in it, each with its plan.
    const panel = await interviewOnHome();
    expect(screen.getAllByRole('heading', { name: /^Interview in/ })).toHaveLength(1);
    expect(await within(panel).findByRole('link', { name: GO }, WAIT)).toBeVisible();
    expect(within(panel).getByRole('link', { name: AWS })).toBeVisible();
    expect(
      await within(panel).findAllByRole(
        'link',
        { name: /^Study today’s plan · \d+ cards?$/ },
        WAIT,
      ),
    ).toHaveLength(2);

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const decks = await choice();
    const awsBox = within(decks).getByRole('checkbox', { name: AWS });
    expect(awsBox).toBeChecked();
    expect(within(decks).getByRole('checkbox', { name: GO })).toBeChecked();
    await user.click(awsBox);
    expect(awsBox).not.toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Home' }));
    const again = await interviewOnHome();
    expect(await within(again).findByRole('link', { name: GO }, WAIT)).toBeVisible();
    expect(within(again).queryByRole('link', { name: AWS })).toBeNull();
    // The AWS deck's page: as with no date, the plain queue is the primary action.
    const aws = await deckPage('aws-backend-interview', AWS);
    expect(countdownIn(aws)).toBeNull();
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

  it('covered decks share the daily budget on each deck page: behind together, on track alone', async () => {
    const user = userEvent.setup();
    // The AWS deck's plan today, about 6 minutes, fits 6 minutes alone; the Go deck adds one.
    useProgress.getState().updateSettings({ dailyMinutes: 6 });
    await renderApp('#/');
    const together =
      /^Behind\. Today's plans for your 2 interview decks need about 7 minutes together, over your 6-minute budget: giving this deck its (6 minutes|1 minute) today keeps it on track/;
    for (const [id, title] of [
      ['aws-backend-interview', AWS],
      ['go-notes', GO],
    ] as const) {
      const panel = await within(await deckPage(id, title)).findByRole(
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
    const aws = await deckPage('aws-backend-interview', AWS);
    expect(await within(aws).findByText(/^On track/, {}, WAIT)).toBeVisible();
    expect(within(aws).queryByText(/together/)).toBeNull();
    expect(countdownIn(await deckPage('go-notes', GO))).toBeNull();
  }, 60_000);

  it('on the day, only the covered deck offers its warm-up', async () => {
    useProgress
      .getState()
      .updateSettings({ interviewAt: clock.time + 2 * 3_600_000, interviewDecks: ['go-notes'] });
    await renderApp('#/');
    const panel = await interviewOnHome(/^Interview today at/);
    expect(await within(panel).findByRole('link', { name: GO }, WAIT)).toBeVisible();
    expect(within(panel).queryByRole('link', { name: AWS })).toBeNull();
    // Nothing studied yet, so nothing to warm up: it says so rather than offering an empty round.
    expect(within(panel).getByText('Nothing to warm up. Good luck!')).toBeVisible();
    const aws = await deckPage('aws-backend-interview', AWS);
    expect(within(aws).queryByRole('heading', { name: /^Interview today/ })).toBeNull();
    expect(within(aws).getByRole('link', { name: 'Study now · 20 cards' })).toHaveClass('primary');
  }, 60_000);

  it('after the interview, Home asks once, and clearing the date clears it for every deck', async () => {
    const user = userEvent.setup();
    useProgress.getState().updateSettings({ interviewAt: clock.time - 3_600_000 });
    await renderApp('#/');
    const past = { name: /^Your interview was/ };
    expect(await screen.findByRole('heading', past, WAIT)).toBeVisible();
    expect(screen.getAllByRole('heading', past)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear the interview date' }));
    expect(screen.queryAllByRole('heading', past)).toEqual([]);
    expect(useProgress.getState().settings.interviewAt).toBeNull();
    expect(countdownIn(await deckPage('go-notes', GO))).toBeNull();
  }, 60_000);
});
