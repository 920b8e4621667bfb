import { useLayoutEffect, useRef } from 'react';

/** Actions by `KeyboardEvent.key` (`' '`, `'Enter'`, `'ArrowLeft'`, `'y'`…); undefined = not now. */
export type Shortcuts = Readonly<Record<string, (() => void) | undefined>>;

interface ShortcutOptions {
  /** Keys that still work while a modal dialog is open (Esc is the dialog's own). */
  readonly inDialog?: readonly string[];
}

const FIELD = 'input, textarea, select, [contenteditable="true"], [contenteditable=""]';
const CONTROL = 'button, a[href], summary';

/**
 * Page-wide keyboard shortcuts, with one rule for every screen: nothing while typing in a field
 * or with a modifier held; in an open dialog only `inDialog` keys; Space and Enter on a button
 * or link press it, as everywhere else.
 */
export function useShortcuts(shortcuts: Shortcuts, options: ShortcutOptions = {}): void {
  // Layout effects, not passive ones: a key pressed the moment a screen or a new card is on
  // screen must reach that screen's actions. Passive effects run a task after the drawing, and
  // on a busy machine a key came between (it went to the card before, or to no listener at all).
  const latest = useRef({ shortcuts, options });
  useLayoutEffect(() => {
    latest.current = { shortcuts, options };
  });

  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(FIELD)) return;
      const { shortcuts, options } = latest.current;
      if (target?.closest('dialog[open]') && !options.inDialog?.includes(event.key)) return;
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest(CONTROL)) return;
      const action = shortcuts[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Both cases of a letter bound to one action: `{ ...letter('u', undo) }`. */
export const letter = (key: string, action: (() => void) | undefined): Shortcuts => ({
  [key.toLowerCase()]: action,
  [key.toUpperCase()]: action,
});
