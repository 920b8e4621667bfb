import { splitOwnAnswers } from '../deck/key-points/own-answer.ts';
import { toOutline } from '../deck/outline.ts';
import { slugify } from '../deck/slug.ts';
import type { Deck } from '../deck/types.ts';
import {
  deleteLibraryDeck,
  putLibraryDeck,
  readLibrary,
  type StoredDeck,
} from '../store/deck-library.ts';
import { markLibrary, onLibraryChanged } from '../store/library-changes.ts';
import { librarySaved } from '../store/library-marker.ts';
import { setLibraryAnswers } from './answers.ts';
import { decks, setLibraryDecks } from './decks.ts';

// The user's decks in memory, as saved; loaded on demand (not part of the first screen).
let library: StoredDeck[] = [];

/**
 * Shows the library everywhere. After a change made here (`changed`), the marker tells other
 * tabs and the next start-up; after a load, it is only put right if it was wrong (a library
 * saved before the marker existed), so tabs reading each other's change do not echo it back.
 */
function publish(changed = false): void {
  if (changed || librarySaved() !== library.length > 0) markLibrary(library.length);
  setLibraryAnswers(
    new Map(
      library.map(({ deck }) => [
        deck.id,
        new Map(deck.sections.flatMap((s) => s.cards.map((c) => [`${deck.id}/${c.id}`, c.answer]))),
      ]),
    ),
  );
  setLibraryDecks(
    library.map(({ deck }) => toOutline(deck)).sort((a, b) => a.title.localeCompare(b.title)),
  );
}

let loading: Promise<void> | null = null;

/** Reads the library once; if IndexedDB cannot be opened, the built-in decks stay alone. */
export function loadLibrary(): Promise<void> {
  loading ??= readLibrary()
    .then((stored) => {
      library = stored;
    })
    .catch((error: unknown) => {
      console.error('The deck library could not be read', error);
    })
    .finally(() => publish());
  return loading;
}

// Read as soon as this module arrives: at start-up when the marker says there are decks (Home
// waits for them), else when "Add a deck" is prefetched or a URL names a deck not yet known.
void loadLibrary();

// Another tab added, renamed or deleted a deck: read the library again.
onLibraryChanged(() => {
  loading = null;
  void loadLibrary();
});

export const libraryDecks = (): readonly StoredDeck[] => library;

/** An id no other deck has: the name's slug, then `-2`, `-3`… */
export function freeDeckId(name: string, fallback: string): string {
  const base = slugify(name).slice(0, 60).replace(/-+$/, '') || fallback || 'my-deck';
  const taken = new Set(decks.map((d) => d.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Saves a deck (new, renamed or re-imported) and shows it everywhere at once. Own answers the
 * file carried (an export "with my answers") are not the deck's: they are left out of it and
 * returned by card id, for the caller to keep as the reader's notes.
 */
export async function saveDeck(
  read: Deck,
  source: string,
  shape: StoredDeck['shape'],
): Promise<ReadonlyMap<string, string>> {
  await loadLibrary();
  const { deck, own } = splitOwnAnswers(read);
  const stored: StoredDeck = { deck, source, shape };
  await putLibraryDeck(stored);
  library = [...library.filter((s) => s.deck.id !== deck.id), stored];
  publish(true);
  return own;
}

/** Removes a deck; its progress stays in the progress store. Returns it, for undo. */
export async function removeDeck(id: string): Promise<StoredDeck | undefined> {
  await loadLibrary();
  const gone = library.find((s) => s.deck.id === id);
  await deleteLibraryDeck(id);
  library = library.filter((s) => s.deck.id !== id);
  publish(true);
  return gone;
}
