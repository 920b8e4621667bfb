import { useScreenShortcuts, type ShortcutRow } from '../../hooks/use-screen-shortcuts.ts';
import { letter, useShortcuts } from '../../hooks/use-shortcuts.ts';
import type { Grade } from '../../srs/types.ts';

export interface StudyKeys {
  readonly reveal: () => void;
  readonly grade: (grade: Grade) => void;
  readonly undo: () => void;
  readonly bookmark: () => void;
  readonly edit: () => void;
  readonly suspend: () => void;
  readonly bury: () => void;
}

const STUDY_KEYS: readonly ShortcutRow[] = [
  ['Space or Enter', 'Show the answer'],
  ['1', 'Again: forgot it'],
  ['2', 'Hard: recalled with effort'],
  ['3', 'Good: recalled'],
  ['4', 'Easy: recalled instantly'],
  ['U', 'Undo the last grade, suspension or burying'],
  ['B', 'Bookmark the card (or remove the bookmark)'],
  ['E', 'Edit the card, once its answer shows'],
  ['@', 'Suspend the card: out of every queue until you unsuspend it'],
  ['-', 'Bury the card until tomorrow'],
];

/**
 * Study shortcuts on the whole page: Space/Enter reveal, 1–4 grade, U undo, B bookmark, and after
 * the reveal E edit, @ suspend, - bury (Anki's keys); listed in the shortcut sheet. Null while
 * the card editor is open: keys pressed then are the editor's.
 */
export function useStudyKeys(keys: StudyKeys | null): void {
  useShortcuts(
    keys
      ? {
          ' ': keys.reveal,
          Enter: keys.reveal,
          '1': () => keys.grade(1),
          '2': () => keys.grade(2),
          '3': () => keys.grade(3),
          '4': () => keys.grade(4),
          ...letter('u', keys.undo),
          ...letter('b', keys.bookmark),
          ...letter('e', keys.edit),
          '@': keys.suspend,
          '-': keys.bury,
        }
      : {},
  );
  useScreenShortcuts('Study', STUDY_KEYS);
}
