import { decks, deckEntries, decksVersion } from '../../lib/decks.ts';
import { localStorageUse } from '../../store/app-progress.ts';
import { LOCAL_STORAGE_LIMIT_CHARS } from '../../store/save-status.ts';

/** Room a restored or merged progress may take: what other keys (copies included) leave free. */
export function restoreRoom(): number {
  const use = localStorageUse();
  return LOCAL_STORAGE_LIMIT_CHARS - use.copies - use.other;
}

let known: { version: number; keys: ReadonlySet<string> } | null = null;

/**
 * Every card key the decks here have (built once per set of decks, which grows when the user's
 * arrive): progress for others is kept, and said to be.
 */
export function knownCardKeys(): ReadonlySet<string> {
  if (known?.version !== decksVersion()) {
    known = {
      version: decksVersion(),
      keys: new Set(decks.flatMap((deck) => deckEntries(deck.id).map((e) => e.key))),
    };
  }
  return known.keys;
}
