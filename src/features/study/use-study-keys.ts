import { letter, useShortcuts } from '../../hooks/use-shortcuts.ts';
import type { Grade } from '../../srs/types.ts';

export interface StudyKeys {
  readonly reveal: () => void;
  readonly grade: (grade: Grade) => void;
  readonly undo: () => void;
  readonly bookmark: () => void;
  readonly help: () => void;
}

/**
 * Study shortcuts on the whole page: Space/Enter reveal, 1–4 grade, U undo, B bookmark, ? help
 * (also inside the shortcuts sheet, which it closes).
 */
export function useStudyKeys(keys: StudyKeys): void {
  useShortcuts(
    {
      ' ': keys.reveal,
      Enter: keys.reveal,
      '1': () => keys.grade(1),
      '2': () => keys.grade(2),
      '3': () => keys.grade(3),
      '4': () => keys.grade(4),
      ...letter('u', keys.undo),
      ...letter('b', keys.bookmark),
      '?': keys.help,
    },
    { inDialog: ['?'] },
  );
}
