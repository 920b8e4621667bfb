// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsPage } from '../../src/features/settings/settings-page.tsx';
import { useProgress } from '../../src/store/progress/app-progress.ts';
import { resetStores } from '../support/reset-stores.ts';

beforeEach(() => {
  resetStores();
});

const settings = () => useProgress.getState().settings;

/** Selects the field's text, as a double click or Ctrl+A does, then types key by key. */
async function retype(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const field = screen.getByRole('spinbutton', { name });
  await user.tripleClick(field);
  await user.keyboard(text);
  return field;
}

describe('settings number fields', () => {
  it('saves desired retention typed key by key in percent: 85 is 0.85', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    expect(screen.getByRole('spinbutton', { name: 'Desired retention (%)' })).toHaveValue(90);
    const field = await retype(user, 'Desired retention (%)', '85');
    expect(field).toHaveValue(85);
    await user.tab();
    expect(settings().desiredRetention).toBe(0.85);
    expect(field).toHaveValue(85);
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('saves 15 minutes a day, and 5 new cards after a Backspace', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    await retype(user, 'Minutes a day (optional)', '15');
    await user.keyboard('{Enter}');
    expect(settings().dailyMinutes).toBe(15);

    const newCards = screen.getByRole('spinbutton', { name: 'New cards per day' });
    await user.tripleClick(newCards);
    await user.keyboard('{Backspace}');
    expect(newCards).toHaveValue(null); // empty while typing: not snapped back to 20
    await user.keyboard('5');
    await user.tab();
    expect(settings().newPerDay).toBe(5);
    expect(newCards).toHaveValue(5);
  });

  it('explains an out-of-range value inline and keeps the saved one', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    // A fraction typed as before is out of the percent range, said in percent.
    const field = await retype(user, 'Desired retention (%)', '0.8');
    await user.tab();
    expect(settings().desiredRetention).toBe(0.9);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      /0\.8 is out of range: enter a number from 70 to 97\./,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('from 70 to 97');

    // A valid value clears the message.
    await retype(user, 'Desired retention (%)', '80');
    await user.tab();
    expect(settings().desiredRetention).toBe(0.8);
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes an interview date only once it is whole, and a target recall typed freely', async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    await retype(user, 'Target recall on the day (%)', '85');
    await user.tab();
    expect(settings().targetRecall).toBe(0.85);
    const date = screen.getByLabelText('Interview date');
    await user.type(date, '2027-03-15');
    expect(settings().interviewAt).toBeNull(); // not while typing
    await user.tab();
    expect(new Date(settings().interviewAt ?? 0).toDateString()).toBe(
      new Date(2027, 2, 15).toDateString(),
    );
  });
});
