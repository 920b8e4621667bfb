// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';
import { GO_NOTES, saveUserDeck } from '../support/go-notes.ts';

// Weak spots and Quiz with two decks: every deck by default, one deck from its page or the menu,
// and study links that study the chosen deck's cards, or every deck's.

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);
const DAY = 86_400_000;
const AWS = 'AWS Interview Questions & Answers for Backend Developers';

const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

beforeAll(() => saveUserDeck(GO_NOTES));

// One weak card (last answered Again) and one bookmark in each deck.
beforeEach(() => {
  resetStores();
  const { grade, setBookmark } = useProgress.getState();
  const scheduler = schedulerFor(0.9);
  grade('aws-backend-interview/what-is-aws', 1, clock.time - 2 * DAY, scheduler);
  grade('go-notes/what-is-a-goroutine', 1, clock.time - DAY, scheduler);
  setBookmark('aws-backend-interview/what-is-ec2', true, clock.time);
  setBookmark('go-notes/what-is-a-channel', true, clock.time);
});

/** Weak spots, once the user's deck has arrived (the Deck menu shows with two decks). */
async function openWeak(hash: string) {
  const app = await renderApp(hash);
  const deck = await screen.findByRole('combobox', { name: 'Deck' });
  return { ...app, deck };
}

/** The panel a level-2 heading names (its region's name is the heading). */
const panel = (name: RegExp) => within(screen.getByRole('region', { name }));
const meters = () =>
  screen.getAllByRole('meter').map((m) => m.getAttribute('aria-label')?.split(':')[0]);

describe('weak spots of every deck, or one', () => {
  it('every deck by default: both decks’ cards, sections named with their deck, study all', async () => {
    const { user, deck } = await openWeak('#/weak');
    expect(deck).toHaveValue('');
    const weak = panel(/^Weak cards/);
    expect(screen.getByRole('heading', { name: 'Weak cards (2)' })).toBeVisible();
    expect(weak.getByRole('link', { name: 'What is AWS?' })).toBeVisible();
    expect(weak.getByRole('link', { name: 'What is a goroutine?' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Study the 2 weak cards' })).toHaveAttribute(
      'href',
      '#/study?set=weak',
    );
    expect(screen.getByRole('link', { name: 'Study the 2 bookmarked cards' })).toHaveAttribute(
      'href',
      '#/study?set=bookmarked',
    );
    expect(meters()).toContain('Go notes · Concurrency');
    expect(meters()).toContain(`${AWS} · 🟢 AWS Basics`);
    expect(screen.getByRole('link', { name: 'Study Go notes · Concurrency' })).toHaveAttribute(
      'href',
      '#/decks/go-notes/study?set=section%3Aconcurrency',
    );

    // The sitting across every deck holds the weak cards of both.
    await user.click(screen.getByRole('link', { name: 'Study the 2 weak cards' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Weak cards' })).toBeVisible();
    expect(screen.getByText('2 to go')).toBeVisible();
  });

  it('the Deck menu narrows to one deck, in the URL, and its study links study that deck', async () => {
    const { user, deck } = await openWeak('#/weak');
    await user.selectOptions(deck, 'Go notes');
    expect(window.location.hash).toBe('#/weak?deck=go-notes');
    expect(await screen.findByRole('heading', { name: 'Weak cards (1)' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Deck' })).toHaveValue('go-notes');
    expect(panel(/^Weak cards/).getByRole('link', { name: 'What is a goroutine?' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Study the 1 weak card' })).toHaveAttribute(
      'href',
      '#/decks/go-notes/study?set=weak',
    );
    const starred = panel(/^Bookmarked/).getAllByRole('listitem');
    expect(starred).toHaveLength(1);
    expect(starred[0]).toHaveTextContent('What is a channel?');
    // One deck: its sections alone, by their own names.
    expect(meters()).toEqual(['Concurrency']);

    await user.click(screen.getByRole('link', { name: 'Study the 1 bookmarked card' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bookmarked cards' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'What is a channel?' })).toBeVisible();
    expect(screen.getByText('1 to go')).toBeVisible();
  });

  it('a link to a deck that is not here shows every deck', async () => {
    const { deck } = await openWeak('#/weak?deck=gone');
    expect(deck).toHaveValue('');
    expect(screen.getByRole('heading', { name: 'Weak cards (2)' })).toBeVisible();
  });

  it('a deck’s page links to its own weak spots', async () => {
    const { user } = await renderApp('#/decks/go-notes');
    const focus = await screen.findByRole('navigation', { name: 'Focus' });
    await user.click(within(focus).getByRole('link', { name: 'Weak spots' }));
    expect(window.location.hash).toBe('#/weak?deck=go-notes');
    expect(await screen.findByRole('combobox', { name: 'Deck' })).toHaveValue('go-notes');
    expect(screen.getByRole('heading', { name: 'Weak cards (1)' })).toBeVisible();
  });
});

describe('a quiz from a deck’s page', () => {
  const sections = (deck: string) =>
    within(screen.getByRole('group', { name: deck })).getAllByRole('checkbox');

  it('starts with only that deck’s sections ticked; others can still be ticked', async () => {
    const { user } = await renderApp('#/decks/go-notes');
    const focus = await screen.findByRole('navigation', { name: 'Focus' });
    await user.click(within(focus).getByRole('link', { name: 'Quiz' }));
    expect(window.location.hash).toBe('#/quiz?deck=go-notes');
    await screen.findByRole('heading', { level: 1, name: 'Quiz' });

    for (const box of sections('Go notes')) expect(box).toBeChecked();
    for (const box of sections(AWS)) expect(box).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Start a quiz of 2' })).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: '🟢 AWS Basics' }));
    expect(screen.getByRole('button', { name: 'Start a quiz of 7' })).toBeEnabled();

    // The header's Quiz is a quiz of every deck again.
    await user.click(screen.getByRole('link', { name: 'Quiz', current: 'page' }));
    expect(window.location.hash).toBe('#/quiz');
    expect(await screen.findByRole('button', { name: 'Start a quiz of 10' })).toBeEnabled();
    for (const box of sections(AWS)) expect(box).toBeChecked();
  });

  it('the quiz draws from the ticked deck alone', async () => {
    const { user } = await renderApp('#/quiz?deck=go-notes');
    await screen.findByRole('group', { name: 'Go notes' });
    await user.click(await screen.findByRole('button', { name: 'Start a quiz of 2' }));
    const asked: string[] = [];
    for (const key of ['3', '3']) {
      asked.push(screen.getByRole('heading', { level: 1 }).textContent ?? '');
      await user.keyboard(' ');
      await user.keyboard(key);
    }
    expect(asked.sort()).toEqual(['What is a channel?', 'What is a goroutine?']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quiz done: 2 of 2 Good');
  });
});

describe('a mock interview from a deck’s page', () => {
  it('is set up with only that deck’s sections ticked and asks its questions', async () => {
    const { useMock } = await import('../../src/store/prefs/mock-store.ts');
    useMock.setState({ run: null, history: [] });
    const { user } = await renderApp('#/decks/go-notes');
    const focus = await screen.findByRole('navigation', { name: 'Focus' });
    await user.click(within(focus).getByRole('link', { name: 'Mock interview' }));
    expect(window.location.hash).toBe('#/mock?deck=go-notes');
    const start = await screen.findByRole('button', { name: 'Start: 2 questions' });
    for (const box of within(screen.getByRole('group', { name: AWS })).getAllByRole('checkbox'))
      expect(box).not.toBeChecked();
    await user.click(start);
    expect(useMock.getState().run?.keys.every((key) => key.startsWith('go-notes/'))).toBe(true);
    useMock.setState({ run: null });
  });
});
