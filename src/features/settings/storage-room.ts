import type { ChangeEvent } from 'react';
import { decks, deckEntries, decksVersion, openLibrary } from '../../store/decks/index.ts';
import { LOCAL_STORAGE_LIMIT_CHARS, localStorageUse } from '../../store/progress/index.ts';
import type { DecksHere } from '../../store/backup/index.ts';

/** Room a restored or merged progress may take: what other keys (copies included) leave free. */
export function restoreRoom(): number {
  const use = localStorageUse();
  return LOCAL_STORAGE_LIMIT_CHARS - use.copies - use.other;
}

let known: { readonly version: number; readonly keys: ReadonlySet<string> } | null = null;

/**
 * Every card key the decks here have (built once per change of the set of decks, as the
 * user's arrive): progress for others is kept, and said to be.
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

/** The user's decks here (loaded first), and the ids of the app's own, to compare a backup's. */
export async function decksHere(): Promise<DecksHere> {
  const library = await openLibrary();
  await library.loadLibrary();
  const mine = library.libraryDecks();
  const ids = new Set(mine.map((s) => s.deck.id));
  return {
    library: mine,
    builtInIds: new Set(decks.map((d) => d.id).filter((id) => !ids.has(id))),
    deletedIds: new Set(library.deletedDecks().map((d) => d.stored.deck.id)),
  };
}

/** A backup file chosen in a file input, read, and what it is checked against. */
export interface ChosenBackup {
  readonly name: string;
  readonly text: string;
  readonly here: DecksHere;
  /** Read once the user's decks have loaded: their cards count as known. */
  readonly knownCards: ReadonlySet<string>;
}

/** Reads the file chosen (clearing the input, so the same file can be chosen again). */
export async function chosenBackup(
  event: ChangeEvent<HTMLInputElement>,
): Promise<ChosenBackup | null> {
  const file = event.target.files?.[0];
  event.target.value = '';
  if (!file) return null;
  const text = await file.text();
  const here = await decksHere();
  return { name: file.name, text, here, knownCards: knownCardKeys() };
}
