// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GradeButtons, type GradeOption } from '../../src/components/grade-buttons.tsx';

// The one row of grade buttons that study, quiz and mock interview share (issue 23).
const SCORES: readonly GradeOption<string>[] = [
  { value: 'missed', label: 'Again', keyHint: '1', className: 'grade-again' },
  { value: 'partial', label: 'Hard', keyHint: '2', className: 'grade-hard' },
  { value: 'nailed', label: 'Good', keyHint: '3', className: 'grade-good' },
];

/** A mock interview's row, as the page shows it; returns what a click reports. */
function renderScores(props: { suggested?: string; disabled?: boolean } = {}) {
  const onGrade = vi.fn();
  render(
    <GradeButtons
      options={SCORES}
      label="How well did you know it?"
      onGrade={onGrade}
      {...props}
    />,
  );
  return onGrade;
}

describe('GradeButtons', () => {
  it('names the group and its buttons by their words, and grades with the value clicked', async () => {
    const user = userEvent.setup();
    const onGrade = renderScores();

    const group = screen.getByRole('group', { name: 'How well did you know it?' });
    // The key hint is shown, not part of the name; nothing is suggested yet.
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.getAttribute('aria-label')]),
    ).toEqual([
      ['Again1', null],
      ['Hard2', null],
      ['Good3', null],
    ]);
    expect(within(group).getByRole('button', { name: 'Hard' })).not.toHaveAccessibleDescription();
    expect(screen.queryByText('Suggested')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Hard' }));
    await user.click(screen.getByRole('button', { name: 'Good' }));
    expect(onGrade.mock.calls).toEqual([['partial'], ['nailed']]);
  });

  it('marks the suggested button only, as its description, and leaves the choice to the user', async () => {
    const user = userEvent.setup();
    const onGrade = renderScores({ suggested: 'partial' });

    const partial = screen.getByRole('button', { name: 'Hard' });
    expect(partial).toHaveAccessibleDescription('Suggested');
    expect(within(partial).getByText('Suggested')).toBeVisible();
    expect(screen.getAllByText('Suggested')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Again' })).not.toHaveAccessibleDescription();
    expect(screen.getByRole('button', { name: 'Good' })).not.toHaveAccessibleDescription();
    expect(onGrade).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Again' }));
    expect(onGrade).toHaveBeenCalledExactlyOnceWith('missed');
  });

  it('shows the detail line and takes a fuller name where the page gives one', async () => {
    const user = userEvent.setup();
    const onGrade = vi.fn();
    const options: readonly GradeOption<number>[] = [
      { value: 1, label: 'Again', name: 'Again, next review in 1 minute (key 1)', detail: '1m' },
      { value: 3, label: 'Good', name: 'Good, next review in 10 minutes (key 3)', detail: '10m' },
    ];
    render(
      <GradeButtons
        options={options}
        label="How well did you know it?"
        suggested={3}
        onGrade={onGrade}
      />,
    );

    const good = screen.getByRole('button', { name: 'Good, next review in 10 minutes (key 3)' });
    expect(good).toHaveTextContent('10mGoodSuggested');
    expect(good).toHaveAccessibleDescription('Suggested');
    await user.click(good);
    expect(onGrade).toHaveBeenCalledExactlyOnceWith(3);
  });

  it('fires nothing while disabled', async () => {
    const user = userEvent.setup();
    const onGrade = renderScores({ suggested: 'nailed', disabled: true });

    for (const name of ['Again', 'Hard', 'Good']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      await user.click(button);
    }
    expect(onGrade).not.toHaveBeenCalled();
  });
});
