import { useEffect, useRef } from 'react';
import { hideShortcuts, useShortcutHelp, type ShortcutRow } from '../hooks/use-screen-shortcuts.ts';
import './shortcuts-sheet.css';

/** Keys that work on every screen (src/app/use-global-keys.ts). */
const EVERYWHERE: readonly ShortcutRow[] = [
  ['/', 'Search the cards'],
  ['?', 'Show or hide these shortcuts'],
  ['Esc', 'Close this sheet'],
];

/**
 * The one list of keyboard shortcuts: the screen's own, then those that work everywhere, in a
 * modal dialog that returns focus where it was when closed. Loaded on the first `?`.
 */
export default function ShortcutsSheet() {
  const { open, screen } = useShortcutHelp();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-sheet"
      aria-labelledby="shortcuts-title"
      // Esc and Close say so at once (cancel, submit): the close event comes a task later, and
      // a ? pressed before it toggled the sheet's state back to open, so it did not open.
      onCancel={hideShortcuts}
      onClose={hideShortcuts}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {screen && <ShortcutTable caption={screen.title} rows={screen.rows} />}
      <ShortcutTable caption="Everywhere" rows={EVERYWHERE} />
      <form method="dialog" onSubmit={hideShortcuts}>
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}

function ShortcutTable({ caption, rows }: { caption: string; rows: readonly ShortcutRow[] }) {
  return (
    <table className="shortcuts-sheet-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([key, action]) => (
          <tr key={key}>
            <th scope="row">
              <kbd>{key}</kbd>
            </th>
            <td>{action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
