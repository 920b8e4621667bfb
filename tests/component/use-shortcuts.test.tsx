// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { letter, useShortcuts } from '../../src/hooks/use-shortcuts.ts';

function Keys({ log }: { log: string[] }) {
  useShortcuts(
    { ' ': () => log.push('space'), ...letter('u', () => log.push('u')), '?': () => log.push('?') },
    { inDialog: ['?'] },
  );
  return (
    <>
      <label>
        Note <input />
      </label>
      <button type="button">Press me</button>
      <dialog open>
        <button type="button">In the sheet</button>
      </dialog>
    </>
  );
}

describe('useShortcuts', () => {
  it('acts on page keys, leaves typing, buttons and dialogs alone', async () => {
    const user = userEvent.setup();
    const log: string[] = [];
    render(<Keys log={log} />);

    await user.keyboard('U ');
    expect(log).toEqual(['u', 'space']);

    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'u ?');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('u ?');
    expect(log).toEqual(['u', 'space']);

    // Space on a button presses the button; a letter still works there.
    screen.getByRole('button', { name: 'Press me' }).focus();
    await user.keyboard(' u');
    expect(log).toEqual(['u', 'space', 'u']);

    // Inside an open dialog only the keys it allows.
    screen.getByRole('button', { name: 'In the sheet' }).focus();
    await user.keyboard('u?');
    expect(log).toEqual(['u', 'space', 'u', '?']);
  });
});
