import { decks, deckEntries } from '../../lib/decks.ts';
import { localStorageUse } from '../../store/app-progress.ts';
import { LOCAL_STORAGE_LIMIT_CHARS } from '../../store/save-status.ts';

/** Room a restored or merged progress may take: what other keys (copies included) leave free. */
export function restoreRoom(): number {
  const use = localStorageUse();
  return LOCAL_STORAGE_LIMIT_CHARS - use.copies - use.other;
}

let known: ReadonlySet<string> | null = null;

/** Every card key the decks here have (built once): progress for others is kept, and said to be. */
export const knownCardKeys = (): ReadonlySet<string> =>
  (known ??= new Set(decks.flatMap((deck) => deckEntries(deck.id).map((e) => e.key))));
