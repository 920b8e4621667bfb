import { useScreenShortcuts, type ShortcutRow } from '../../hooks/use-screen-shortcuts.ts';
import { useShortcuts } from '../../hooks/use-shortcuts.ts';

const READER_KEYS: readonly ShortcutRow[] = [
  ['Space or Enter', 'Show the answer'],
  ['← and →', 'The previous and the next card'],
];

interface ReaderKeys {
  readonly reveal: () => void;
  readonly previous: () => void;
  readonly next: () => void;
}

/** Space or Enter reveals, ← and → flip. */
export function useReaderKeys(keys: ReaderKeys): void {
  useShortcuts({
    ' ': keys.reveal,
    Enter: keys.reveal,
    ArrowLeft: keys.previous,
    ArrowRight: keys.next,
  });
  useScreenShortcuts('Reading a section', READER_KEYS);
}
