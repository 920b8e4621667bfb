// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// The study screen reads the clock through one module: pin it to a fixed date.
clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);

const { StudyPage } = await import('../../src/features/study/study-page.tsx');
const { findDeck } = await import('../../src/store/decks/catalogue.ts');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');

const deck = findDeck('aws-backend-interview');
if (!deck) throw new Error('the AWS deck is missing');

beforeEach(() => {
  resetStores();
  clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);
});

const question = () => screen.getByRole('heading', { level: 2 });
describe('study screen', () => {
  it('shows the question first, reveals with Space and shows each grade with its interval', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    expect(question()).toHaveTextContent('What is AWS?');
    expect(screen.queryByRole('region', { name: 'Answer' })).toBeNull();

    await user.keyboard(' ');
    expect(await screen.findByText(/Amazon Web Services/)).toBeVisible();
    const grades = within(screen.getByRole('group', { name: /How well/ })).getAllByRole('button');
    expect(grades.map((b) => b.textContent)).toEqual([
      '1mAgain1',
      '6mHard2',
      '10mGood3',
      expect.stringMatching(/^\d+dEasy4$/),
    ]);
    expect(grades[2]).toHaveAccessibleName('Good, next review in 10 minutes (key 3)');
  });

  it('grades with 1–4 only after the reveal, then shows the next card and announces the grade', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    await user.keyboard('3');
    expect(useProgress.getState().log).toHaveLength(0);

    await user.keyboard(' 3');
    expect(useProgress.getState().log.map((r) => [r.card, r.grade])).toEqual([
      ['aws-backend-interview/what-is-aws', 3],
    ]);
    expect(question()).toHaveTextContent('What are the main advantages of AWS?');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Good. Next review of this card in 10 minutes.',
    );
  });

  it('undoes with u, several steps deep, back to the exact earlier state', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    await user.keyboard(' 3 1');
    expect(useProgress.getState().log).toHaveLength(2);

    await user.keyboard('u');
    expect(question()).toHaveTextContent('What are the main advantages of AWS?');
    expect(screen.getByRole('status')).toHaveTextContent('Undone: Again');
    await user.keyboard('u');
    expect(question()).toHaveTextContent('What is AWS?');
    expect(useProgress.getState().log).toEqual([]);
    expect(useProgress.getState().cards).toEqual({});
    expect(screen.getByRole('button', { name: /Undo/ })).toBeDisabled();
  });

  it('keeps the new, learning and due counts and the session progress up to date', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    const dl = document.querySelector('.queue-counts');
    const read = () => dl?.textContent;
    expect(read()).toBe('New20Learning0Due0');
    await user.keyboard(' 3');
    expect(read()).toBe('New19Learning1Due0');
    expect(screen.getByRole('progressbar')).toHaveAccessibleName(
      'Session progress: 1 done, 20 to go',
    );
  });

  it("opens the one shortcuts sheet with ? and lists study's keys, then those of every screen", async () => {
    const { default: ShortcutsSheet } = await import('../../src/app/shortcuts-sheet.tsx');
    const { useGlobalKeys } = await import('../../src/app/use-global-keys.ts');
    const { hideShortcuts } = await import('../../src/hooks/use-screen-shortcuts.ts');
    function Sheet() {
      useGlobalKeys();
      return <ShortcutsSheet />;
    }
    const user = userEvent.setup();
    render(
      <>
        <StudyPage deck={deck} />
        <Sheet />
      </>,
    );
    await user.keyboard('?');
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    const tables = within(sheet).getAllByRole('table', { hidden: true });
    const keys = (table: HTMLElement) =>
      within(table)
        .getAllByRole('rowheader', { hidden: true })
        .map((th) => th.textContent);
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([
      'Study',
      'Everywhere',
    ]);
    expect(keys(tables[0] as HTMLElement)).toEqual([
      'Space or Enter',
      '1',
      '2',
      '3',
      '4',
      'U',
      'B',
      'E',
      '@',
      '-',
    ]);
    expect(keys(tables[1] as HTMLElement)).toEqual(['/', '?', 'Esc']);
    hideShortcuts();
  });

  it('ends with a summary, and offers to study ahead when nothing is due', async () => {
    const user = userEvent.setup();
    useProgress.getState().updateSettings({ newPerDay: 2 });
    render(<StudyPage deck={deck} />);
    await user.keyboard(' 4 4'); // Easy: both go straight to review, days away
    clock.time += 5 * 60_000;
    expect(screen.getByRole('heading', { name: 'Session complete' })).toBeVisible();
    const summary = screen.getByRole('heading', { name: 'Session complete' })
      .parentElement as HTMLElement;
    expect(within(summary).getByText('Cards reviewed').nextElementSibling).toHaveTextContent('2');
    expect(within(summary).getByText('Again').nextElementSibling).toHaveTextContent('0');
    // The next thing is the new study day (new cards past today's limit), not an appointment.
    expect(within(summary).getByText('Next').nextElementSibling).toHaveTextContent(
      /^New cards tomorrow, from 4:00\sAM$/,
    );

    // More new cards come first; the two just learnt are not reviews to study ahead.
    expect(screen.queryByRole('button', { name: /Study ahead/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Learn 10 more new cards' }));
    // Not the two just graded: the next cards, here the first new one past today's limit.
    expect(question()).toHaveTextContent('What are Regions and Availability Zones?');
  });

  it('after more new cards, studies reviews ahead only when asked, and says what that does', async () => {
    const user = userEvent.setup();
    useProgress.getState().updateSettings({ newPerDay: 1 });
    render(<StudyPage deck={deck} />);
    await user.keyboard(' 4'); // learnt today: Easy, a review days away
    await user.click(screen.getByRole('button', { name: 'Learn 10 more new cards' }));
    await user.keyboard(' 4'); // the second card, a new one past the limit
    expect(question()).toHaveTextContent('What are Regions and Availability Zones?');
    // Each card graded once: nothing just learnt was replayed.
    expect(
      useProgress
        .getState()
        .log.map((r) => r.card.split('/')[1])
        .sort(),
    ).toEqual(['what-are-the-main-advantages-of-aws', 'what-is-aws']);

    // Two days later nothing is due yet; the card learnt then can be studied ahead.
    clock.time += 2 * 86_400_000;
    useProgress.getState().updateSettings({ newPerDay: 0 });
    cleanup();
    render(<StudyPage deck={deck} />);
    const ahead = screen.getByRole('button', { name: 'Study ahead: 2 reviews' });
    expect(ahead).toHaveAccessibleDescription(
      'Studying ahead reviews cards before they are due: their next intervals will be shorter.',
    );
    await user.click(ahead);
    expect(screen.getByText('Studying ahead')).toBeVisible();
    expect(question()).toHaveTextContent(/^What (is AWS|are the main advantages of AWS)\?$/);
  });
});
