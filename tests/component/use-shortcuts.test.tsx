// @vitest-environment jsdom
import { useLayoutEffect } from 'react';
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

/** Presses a key from a layout effect: after the drawing's commit, before passive effects run. */
function PressOnDraw({ keyName, drawing }: { keyName: string; drawing: number }) {
  useLayoutEffect(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true }));
  }, [keyName, drawing]);
  return null;
}

function Card({ name, log }: { name: string; log: string[] }) {
  useShortcuts({ ' ': () => log.push(`reveal ${name}`) });
  return <h2>{name}</h2>;
}

describe('useShortcuts on a busy machine', () => {
  it('a key pressed the moment a screen or a new card is drawn acts on what is drawn', () => {
    const log: string[] = [];
    const { rerender } = render(
      <>
        <Card name="first" log={log} />
        <PressOnDraw keyName=" " drawing={1} />
      </>,
    );
    // The screen's keys listen from its first drawing on.
    expect(log).toEqual(['reveal first']);
    rerender(
      <>
        <Card name="second" log={log} />
        <PressOnDraw keyName=" " drawing={2} />
      </>,
    );
    // Not the card before's action, still held until the passive effects ran.
    expect(log).toEqual(['reveal first', 'reveal second']);
  });
});
