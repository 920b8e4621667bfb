// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// Fixed dates: the clock module is the one place that reads time (UTC here).
clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { useUiPrefs } = await import('../../src/store/prefs/ui-prefs.ts');

beforeEach(() => {
  resetStores();
  useUiPrefs.setState({ welcomeDismissed: false });
});

/** The welcome loads on demand. */
const findWelcome = () => screen.findByRole('region', { name: 'Welcome to PrepDeck' });

describe('first-run welcome', () => {
  it('explains grades, Read vs Study, Cram, Quiz vs Mock in a line each, folded until asked', async () => {
    const { user } = await renderApp();
    const welcome = await findWelcome();
    const how = within(welcome).getByText('How studying works');
    expect(within(welcome).getByText('Again, Hard, Good, Easy')).not.toBeVisible();
    await user.click(how);
    for (const term of ['Again, Hard, Good, Easy', 'Read or Study', 'Cram', 'Quiz or Mock']) {
      expect(within(welcome).getByText(term).tagName).toBe('DT');
      expect(within(welcome).getByText(term)).toBeVisible();
    }
  });

  it('is dismissed by keyboard and stays dismissed, remembered by the store', async () => {
    const { user, unmount } = await renderApp();
    const welcome = await findWelcome();
    within(welcome).getByRole('button', { name: 'Got it, hide this' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Welcome to PrepDeck' })).toBeNull();
    // Focus stays in the page rather than falling to <body>.
    expect(document.activeElement).toBe(document.getElementById('main'));
    expect(JSON.parse(localStorage.getItem('prepdeck:ui') ?? '{}').state.welcomeDismissed).toBe(
      true,
    );
    unmount();
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Welcome to PrepDeck' })).toBeNull();
  });

  it('sets the interview date, typed key by key: the countdown appears and the date is saved for Settings', async () => {
    const { user, unmount } = await renderApp();
    const welcome = await findWelcome();
    expect(screen.queryByRole('heading', { name: /Interview in/ })).toBeNull();
    await user.type(within(welcome).getByLabelText('Interview date'), '2026-12-10');
    expect(useProgress.getState().settings.interviewAt).toBe(Date.UTC(2026, 11, 10, 9, 0, 0));
    expect(await screen.findByRole('heading', { name: 'Interview in 14 days' })).toBeVisible();
    expect(within(welcome).getByRole('status')).toHaveTextContent('Saved');
    // The next visit: no welcome, the countdown still there.
    unmount();
    await renderApp();
    expect(await screen.findByRole('heading', { name: 'Interview in 14 days' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Welcome to PrepDeck' })).toBeNull();
  });

  it('refuses a past date with a message once the field is left', async () => {
    const { user } = await renderApp();
    const field = within(await findWelcome()).getByLabelText('Interview date');
    await user.type(field, '2026-11-01');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('That date has passed');
    expect(useProgress.getState().settings.interviewAt).toBeNull();
  });
});
