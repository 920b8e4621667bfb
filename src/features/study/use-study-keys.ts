import { useScreenShortcuts, type ShortcutRow } from '../../hooks/use-screen-shortcuts.ts';
import { letter, useShortcuts } from '../../hooks/use-shortcuts.ts';
import type { Grade } from '../../srs/types.ts';

export interface StudyKeys {
  readonly reveal: () => void;
  readonly grade: (grade: Grade) => void;
  readonly undo: () => void;
  readonly bookmark: () => void;
}

const STUDY_KEYS: readonly ShortcutRow[] = [
  ['Space or Enter', 'Show the answer'],
  ['1', 'Again: forgot it'],
  ['2', 'Hard: recalled with effort'],
  ['3', 'Good: recalled'],
  ['4', 'Easy: recalled instantly'],
  ['U', 'Undo the last grade'],
  ['B', 'Bookmark the card (or remove the bookmark)'],
];

/**
 * Study shortcuts on the whole page: Space/Enter reveal, 1–4 grade, U undo, B bookmark; listed
 * in the shortcut sheet.
 */
export function useStudyKeys(keys: StudyKeys): void {
  useShortcuts({
    ' ': keys.reveal,
    Enter: keys.reveal,
    '1': () => keys.grade(1),
    '2': () => keys.grade(2),
    '3': () => keys.grade(3),
    '4': () => keys.grade(4),
    ...letter('u', keys.undo),
    ...letter('b', keys.bookmark),
  });
  useScreenShortcuts('Study', STUDY_KEYS);
}
