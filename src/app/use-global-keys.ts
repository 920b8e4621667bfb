import { toggleShortcuts } from '../hooks/use-screen-shortcuts.ts';
import { useShortcuts } from '../hooks/use-shortcuts.ts';

/**
 * Keys of every screen: `/` focuses the card search (opening the card browser if needed), `?`
 * shows or hides the shortcut sheet (also from inside it).
 */
export function useGlobalKeys(): void {
  useShortcuts(
    {
      '/': () => {
        const box = document.querySelector<HTMLInputElement>('[data-search-box]');
        if (box) box.focus();
        else window.location.hash = '#/browse';
      },
      '?': toggleShortcuts,
    },
    { inDialog: ['?'] },
  );
}
