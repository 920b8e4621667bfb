import { showShortcuts } from '../hooks/use-screen-shortcuts.ts';

/** Opens the shortcut sheet (the same as `?`); hidden on touch screens, which have no keys. */
export function ShortcutsButton() {
  return (
    <button type="button" className="keyboard-only" onClick={showShortcuts} aria-haspopup="dialog">
      Shortcuts <kbd>?</kbd>
    </button>
  );
}
