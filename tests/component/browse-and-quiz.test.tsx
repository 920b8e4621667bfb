// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { navigate, renderApp } from '../support/render-app.tsx';
import { QuizPage } from '../../src/features/quiz/quiz-page.tsx';
import { useProgress } from '../../src/store/progress/app-progress.ts';
import { useNotes } from '../../src/store/notes/notes-store.ts';
import { resetStores } from '../support/reset-stores.ts';

const T0 = Date.UTC(2026, 10, 26, 9);

beforeEach(() => {
  resetStores();
});

const results = () =>
  within(document.querySelector('.browse-list') as HTMLElement).queryAllByRole('listitem');

/** The browser's result count (the app around it may show its own notices). */
const resultCount = () => within(screen.getByRole('main')).getByRole('status');

/** The card browser inside the app, so that the URL drives it as it does for a user. */
async function renderBrowse(hash = '#/browse') {
  await renderApp(hash);
  await screen.findByRole('heading', { level: 1, name: 'Cards' });
}

describe('card browser', () => {
  it('lists every card, numbered, with its section and state', async () => {
    await renderBrowse();
    expect(resultCount()).toHaveTextContent('52 cards');
    expect(results()[0]).toHaveTextContent(/^#1What is AWS\?🟢 AWS Basics · new/);
  });

  it('searches as you type and marks the matches', async () => {
    const user = userEvent.setup();
    await renderBrowse();
    await user.type(screen.getByRole('searchbox'), 'NACL');
    expect(resultCount()).toHaveTextContent('1 card matching “NACL”');
    const [row] = results();
    expect(row).toHaveTextContent('Difference between Security Group and NACL?');
    expect(within(row as HTMLElement).getAllByText('NACL', { selector: 'mark' })).toHaveLength(2);
  });

  it('finds a card by a word only your own answer holds, and says so', async () => {
    const user = userEvent.setup();
    useNotes
      .getState()
      .write('aws-backend-interview/what-is-a-vpc', 'My mnemonic: a fenced yard', T0);
    await renderBrowse();
    await user.type(screen.getByRole('searchbox'), 'mnemonic');
    expect(resultCount()).toHaveTextContent('1 card matching “mnemonic”');
    const [row] = results();
    expect(row).toHaveTextContent('What is a VPC?');
    expect(row).toHaveTextContent('Matched your own answer: My mnemonic: a fenced yard');
  });

  it('filters to bookmarked cards, and the star toggles a bookmark', async () => {
    const user = userEvent.setup();
    useProgress.getState().setBookmark('aws-backend-interview/what-is-cors', true, T0);
    await renderBrowse('#/browse?filter=bookmarked');
    expect(results()).toHaveLength(1);
    const star = screen.getByRole('button', { name: 'Bookmark: What is CORS?' });
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await user.click(star);
    expect(useProgress.getState().bookmarks['aws-backend-interview/what-is-cors']?.on).toBe(false);
    expect(results()).toHaveLength(0);
  });
});

describe('card browser filters live in the URL', () => {
  it('shows every card again when the header link "Cards" drops the filter', async () => {
    const user = userEvent.setup();
    useProgress.getState().setBookmark('aws-backend-interview/what-is-cors', true, T0);
    await renderBrowse('#/browse?filter=bookmarked');
    expect(resultCount()).toHaveTextContent('1 card');
    await user.click(screen.getByRole('link', { name: 'Cards' }));
    await navigate(window.location.hash); // jsdom does not fire hashchange for a link click
    expect(window.location.hash).toBe('#/browse');
    expect(resultCount()).toHaveTextContent('52 cards');
    expect(screen.getByRole('checkbox', { name: 'bookmarked' })).not.toBeChecked();
  });

  it('follows a hash changed while on the page', async () => {
    await renderBrowse();
    await navigate('#/browse?q=lambda');
    expect(screen.getByRole('searchbox')).toHaveValue('lambda');
    expect(resultCount()).toHaveTextContent(/cards? matching “lambda”/);
    expect(results().length).toBeLessThan(52);
  });

  it('writes typing and filters to the URL, typing without a history entry per key', async () => {
    const user = userEvent.setup();
    await renderBrowse();
    const before = window.history.length;
    await user.type(screen.getByRole('searchbox'), 'cors');
    expect(window.location.hash).toBe('#/browse?q=cors');
    expect(window.history.length).toBe(before);
    expect(screen.getByRole('searchbox')).toHaveValue('cors');
    await user.click(screen.getByRole('checkbox', { name: 'weak' }));
    expect(window.location.hash).toBe('#/browse?q=cors&filter=weak');
    expect(screen.getByRole('checkbox', { name: 'weak' })).toBeChecked();
    expect(resultCount()).toHaveTextContent('0 cards matching “cors”');
  });
});

describe('quiz', () => {
  it('asks N random questions, graded Good or Again by keys 3 and 1, and lists the missed ones', async () => {
    const user = userEvent.setup();
    render(<QuizPage />);
    const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
    await user.clear(count);
    await user.type(count, '3');
    await user.click(screen.getByRole('button', { name: 'Start a quiz of 3' }));

    const asked: string[] = [];
    for (const key of ['3', '1', '3']) {
      const question = screen.getByRole('heading', { level: 1 });
      asked.push(question.textContent ?? '');
      await user.keyboard(' ');
      await user.keyboard(key);
    }
    expect(new Set(asked).size).toBe(3);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quiz done: 2 of 3 Good');
    expect(screen.getByRole('link', { name: asked[1] })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Bookmark the missed card' }));
    const starred = Object.entries(useProgress.getState().bookmarks).filter(([, b]) => b.on);
    expect(starred).toHaveLength(1);
    expect(useProgress.getState().log).toEqual([]); // the schedule is untouched
  });
});
