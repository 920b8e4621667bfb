import { useEffect, useRef } from 'react';

interface ReaderKeys {
  readonly reveal: () => void;
  readonly previous: () => void;
  readonly next: () => void;
}

/** Space or Enter reveals, ← and → flip; keys typed into a control are left alone. */
export function useReaderKeys(actions: ReaderKeys): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('button, a, input, textarea, select, [contenteditable="true"]')) return;
      const action = {
        ' ': latest.current.reveal,
        Enter: latest.current.reveal,
        ArrowLeft: latest.current.previous,
        ArrowRight: latest.current.next,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
