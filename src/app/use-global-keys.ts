import { useShortcuts } from '../hooks/use-shortcuts.ts';

/** `/` focuses the card search from anywhere, opening the card browser if needed. */
export function useGlobalKeys(): void {
  useShortcuts({
    '/': () => {
      const box = document.querySelector<HTMLInputElement>('[data-search-box]');
      if (box) box.focus();
      else window.location.hash = '#/browse';
    },
  });
}
