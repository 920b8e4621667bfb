import { useEffect } from 'react';

/** `/` focuses the card search from anywhere, opening the card browser if needed. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.defaultPrevented
      )
        return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog[open]'))
        return;
      event.preventDefault();
      const box = document.querySelector<HTMLInputElement>('[data-search-box]');
      if (box) box.focus();
      else window.location.hash = '#/browse';
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
