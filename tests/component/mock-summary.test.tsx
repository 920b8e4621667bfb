// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);

const { MockPage } = await import('../../src/features/mock/mock-page.tsx');
const { useMock, MOCK_STORAGE_KEY } = await import('../../src/store/prefs/mock-store.ts');
const { useUiPrefs } = await import('../../src/store/prefs/ui-prefs.ts');

const DECK = 'aws-backend-interview';
const WHAT_IS_AWS = 'Cloud with IaaS and PaaS, 3 things like EC2 and S3 buckets';

beforeEach(() => {
  cleanup();
  localStorage.clear();
  clock.time = Date.UTC(2026, 10, 26, 9, 0, 0);
  useMock.setState({ run: null, history: [] });
  useUiPrefs.setState({ answerFirst: true });
});

function start(ids: string[]) {
  const keys = ids.map((id) => `${DECK}/${id}`);
  useMock.getState().start({ keys, seconds: 120, countAsReviews: false }, clock.time);
  render(<MockPage />);
}

/** A reload, as far as the mock store goes: only what was written to storage comes back. */
async function reload() {
  cleanup();
  const saved = localStorage.getItem(MOCK_STORAGE_KEY);
  useMock.setState({ run: null, history: [] });
  if (saved !== null) localStorage.setItem(MOCK_STORAGE_KEY, saved);
  await useMock.persist.rehydrate();
  render(<MockPage />);
}

const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });

// Typing key by key is slow on a busy machine.
describe('mock interview, answered first', { timeout: 30_000 }, () => {
  it('keeps the typed answer across a reload, to the last key', async () => {
    const user = userEvent.setup();
    start(['what-is-aws', 'what-is-edge-location']);
    await user.type(answerBox(), 'Cloud with IaaS and');
    clock.time += 20_000;

    await reload();
    expect(answerBox()).toHaveValue('Cloud with IaaS and');
    await user.type(answerBox(), ' PaaS, 3 things like EC2 and S3 buckets');
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    await screen.findByRole('region', { name: '5 of 8 key points' });
    await user.keyboard('3');
    // The next question starts with an empty box, also after a reload.
    expect(answerBox()).toHaveValue('');
    await reload();
    expect(answerBox()).toHaveValue('');
  });

  it('marks the suggested score as the button’s description, not its name', async () => {
    const user = userEvent.setup();
    start(['what-is-aws']);
    await user.type(answerBox(), 'no idea');
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    const result = await screen.findByRole('region', { name: /^0 of 8 key points/ });
    expect(within(result).getByRole('status')).toHaveTextContent('Suggested: Again.');
    // The mock shows the answer given beside the model's points.
    expect(within(result).getByRole('region', { name: 'Your answer' })).toHaveTextContent(
      'no idea',
    );
    const missed = screen.getByRole('button', { name: 'Again' });
    expect(missed).toHaveAccessibleDescription('Suggested');
    expect(screen.getByRole('button', { name: 'Good' })).not.toHaveAccessibleDescription();
  });

  it('ranks the answers to revisit: fewest key points, then over time, then score', async () => {
    const user = userEvent.setup();
    start(['what-is-aws', 'what-is-edge-location', 'what-is-ec2', 'what-is-auto-scaling']);
    // 1: 5 of 8 key points, in 40 s, nailed.
    await user.type(answerBox(), WHAT_IS_AWS);
    clock.time += 40_000;
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    await screen.findByRole('region', { name: '5 of 8 key points' });
    await user.keyboard('3');
    // 2: answered aloud, 2:30 against 2:00 allowed, partial.
    await user.click(screen.getByRole('checkbox', { name: 'Answer first' }));
    clock.time += 150_000;
    await user.click(screen.getByRole('button', { name: /^I have answered/ }));
    await user.keyboard('2');
    // 3: nothing of the key points, in 30 s, yet scored nailed.
    await user.click(screen.getByRole('checkbox', { name: 'Answer first' }));
    await user.type(answerBox(), 'a server');
    clock.time += 30_000;
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    await screen.findByRole('region', { name: /^0 of \d+ key points/ });
    await user.keyboard('3');
    // 4: aloud, in time, nailed: nothing to revisit.
    await user.click(screen.getByRole('checkbox', { name: 'Answer first' }));
    clock.time += 50_000;
    await user.click(screen.getByRole('button', { name: /^I have answered/ }));
    await user.keyboard('3');

    const list = screen.getByRole('heading', { name: 'To work on (3)' })
      .nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'What is EC2?',
      'What is AWS?',
      'What is Edge Location?',
    ]);
    expect(items[0]).toHaveTextContent(/Good, 0:30, 0 of \d+ key points$/);
    expect(items[1]).toHaveTextContent(/Good, 0:40, 5 of 8 key points$/);
    expect(items[2]).toHaveTextContent(/Hard, 2:30 \(0:30 over\)$/);
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      `#/cards/${DECK}/what-is-ec2`,
    );
  });
});
