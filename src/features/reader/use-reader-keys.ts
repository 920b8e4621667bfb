import { useShortcuts } from '../../hooks/use-shortcuts.ts';

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
}
