import { useEffect, useSyncExternalStore } from 'react';

/** One line of the shortcut sheet: the key(s) as written on the keyboard, what they do. */
export type ShortcutRow = readonly [keys: string, action: string];

/** The shortcuts of the screen on show, and whether the sheet is open. */
interface ShortcutHelp {
  readonly screen: { readonly title: string; readonly rows: readonly ShortcutRow[] } | null;
  readonly open: boolean;
}

let help: ShortcutHelp = { screen: null, open: false };
const listeners = new Set<() => void>();

function update(change: Partial<ShortcutHelp>): void {
  help = { ...help, ...change };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Lists a screen's own keys in the one shortcut sheet (`?` on every screen) while it is
 * mounted. `rows` should be a constant: the sheet shows what the screen binds, not its state.
 */
export function useScreenShortcuts(title: string, rows: readonly ShortcutRow[]): void {
  useEffect(() => {
    const screen = { title, rows };
    update({ screen });
    return () => {
      if (help.screen === screen) update({ screen: null });
    };
  }, [title, rows]);
}

export const toggleShortcuts = (): void => update({ open: !help.open });
export const showShortcuts = (): void => update({ open: true });
export const hideShortcuts = (): void => {
  if (help.open) update({ open: false });
};

/** The sheet's state, for the sheet itself. */
export const useShortcutHelp = (): ShortcutHelp =>
  useSyncExternalStore(
    subscribe,
    () => help,
    () => help,
  );
