import { useEffect, useRef } from 'react';
import './shortcuts-sheet.css';

const SHORTCUTS: readonly [string, string][] = [
  ['Space or Enter', 'Show the answer'],
  ['1', 'Again: forgot it'],
  ['2', 'Hard: recalled with effort'],
  ['3', 'Good: recalled'],
  ['4', 'Easy: recalled instantly'],
  ['U', 'Undo the last grade'],
  ['B', 'Bookmark the card (or remove the bookmark)'],
  ['?', 'Show or hide these shortcuts'],
  ['Esc', 'Close this sheet'],
];

/** The list of every study shortcut, in a modal dialog that returns focus when closed. */
export function ShortcutsSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
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
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-sheet-table">
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
