// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);

const { MockPage } = await import('../../src/features/mock/mock-page.tsx');
const { useMock, MOCK_STORAGE_KEY } = await import('../../src/store/prefs/mock-store.ts');

beforeEach(() => {
  resetStores();
  clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);
  useMock.setState({ run: null, history: [] });
});

/** A reload, as far as the mock store goes: only what was written to storage comes back. */
async function reload() {
  cleanup();
  const saved = localStorage.getItem(MOCK_STORAGE_KEY);
  useMock.setState({ run: null, history: [] });
  if (saved !== null) localStorage.setItem(MOCK_STORAGE_KEY, saved);
  await useMock.persist.rehydrate();
  render(<MockPage />);
}

async function answer(user: ReturnType<typeof userEvent.setup>, seconds: number, score: string) {
  clock.time += seconds * 1000;
  await user.click(screen.getByRole('button', { name: /^I have answered: show the answer/ }));
  await user.click(screen.getByRole('button', { name: new RegExp(`^${score}`) }));
}

describe('mock interview', () => {
  it('carries on after a reload where it was left, and keeps the result in a history', async () => {
    const user = userEvent.setup();
    render(<MockPage />);
    const count = screen.getByRole('spinbutton', { name: 'Questions' });
    await user.tripleClick(count);
    await user.keyboard('3');
    await user.click(screen.getByRole('button', { name: 'Start: 3 questions' }));
    const first = screen.getByRole('heading', { level: 1 }).textContent;
    await answer(user, 40, 'Good');
    const second = screen.getByRole('heading', { level: 1 }).textContent;
    expect(second).not.toBe(first);
    await answer(user, 65, 'Again');
    const third = screen.getByRole('heading', { level: 1 }).textContent;
    clock.time += 30_000; // 30 s into the third question when the page reloads

    await reload();
    expect(screen.getByText(/^Question 3 of 3/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(third ?? '');
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('1:30');

    await answer(user, 10, 'Hard');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Mock interview done: 1 of 3 Good',
    );
    expect(screen.getByRole('link', { name: second ?? '' }).parentElement).toHaveTextContent(
      'Again, 1:05',
    );

    await reload();
    await user.click(screen.getByRole('button', { name: 'Another mock interview' }));
    const history = screen.getByRole('table');
    const [, row] = within(history).getAllByRole('row');
    expect(row).toHaveTextContent('1 of 3');
    expect(row).toHaveTextContent('0:40, 1:05, 0:40');
  });

  it('can favour weak cards', async () => {
    const user = userEvent.setup();
    render(<MockPage />);
    const option = screen.getByRole('checkbox', { name: /Favour weak cards/ });
    await user.click(option);
    await user.click(screen.getByRole('button', { name: 'Start: 8 questions' }));
    expect(useMock.getState().run?.keys).toHaveLength(8);
  });
});
