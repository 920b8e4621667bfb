import { useEffect, useRef } from 'react';
import type { Grade } from '../../srs/types.ts';

export interface StudyKeys {
  readonly reveal: () => void;
  readonly grade: (grade: Grade) => void;
  readonly undo: () => void;
  readonly bookmark: () => void;
  readonly help: () => void;
}

/**
 * Study shortcuts on the whole page: Space/Enter reveal, 1–4 grade, U undo, B bookmark, ? help.
 * Ignored while typing in a field or when a modal dialog is open.
 */
export function useStudyKeys(keys: StudyKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (target?.closest('dialog[open]')) {
        // In the shortcuts sheet only `?` works (Esc closes it natively).
        if (event.key === '?') {
          event.preventDefault();
          latest.current.help();
        }
        return;
      }
      const onControl = Boolean(target?.closest('button, a, summary'));
      const k = latest.current;
      if (event.key === '?') k.help();
      else if (event.key === 'u' || event.key === 'U') k.undo();
      else if (event.key === 'b' || event.key === 'B') k.bookmark();
      else if (/^[1-4]$/.test(event.key)) k.grade(Number(event.key) as Grade);
      // On a button or link, Space and Enter press it, as everywhere else.
      else if ((event.key === ' ' || event.key === 'Enter') && !onControl) k.reveal();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
