import { checkStoredDeck, type StoredDeck } from '../decks/index.ts';

/** At most this many decks are read from one file. */
const MAX_DECKS = 500;

/** The user's decks a backup holds, checked: those that can be kept, and why others cannot. */
export interface FileDecks {
  /** Decks the file holds, readable or not. */
  readonly total: number;
  readonly decks: readonly StoredDeck[];
  /** One line per deck skipped: "deck 2 (`go-notes`): card `x`'s answer is empty". */
  readonly bad: readonly string[];
}

const NO_DECKS: FileDecks = { total: 0, decks: [], bad: [] };

/**
 * Reads a backup's `decks` (whole `StoredDeck`s) as untrusted input, each checked as a deck
 * read back from IndexedDB is (`checkStoredDeck`): a bad one is named and skipped, the rest kept.
 */
export function readFileDecks(value: unknown): FileDecks {
  if (value === undefined || value === null) return NO_DECKS;
  if (!Array.isArray(value)) return { total: 0, decks: [], bad: ['its decks are not a list'] };
  const list: readonly unknown[] = value;
  const decks: StoredDeck[] = [];
  const bad: string[] = [];
  const ids = new Set<string>();
  for (const [i, item] of list.entries()) {
    if (i >= MAX_DECKS) {
      bad.push(`${list.length - MAX_DECKS} decks past the first ${MAX_DECKS}: too many`);
      break;
    }
    const checked = checkStoredDeck(item, 'a backup');
    const id = 'stored' in checked ? checked.stored.deck.id : checked.id;
    const name = `deck ${i + 1}${id ? ` (${id})` : ''}`;
    if (!('stored' in checked)) {
      bad.push(`${name}: ${checked.reason}`);
      continue;
    }
    if (ids.has(checked.stored.deck.id)) {
      bad.push(`${name}: a deck with this id comes earlier in the file`);
      continue;
    }
    ids.add(checked.stored.deck.id);
    // Own answers travel in the backup's notes, not with its decks.
    const { ownAnswers: _carried, ...stored } = checked.stored;
    decks.push(stored);
  }
  return { total: list.length, decks, bad };
}

/** Every card key of the decks, `deckId/cardId`: progress for them is not "for other decks". */
export const deckCardKeys = (decks: readonly StoredDeck[]): string[] =>
  decks.flatMap(({ deck }) =>
    deck.sections.flatMap((s) => s.cards.map((c) => `${deck.id}/${c.id}`)),
  );

/** What bringing a backup's decks into this browser would do, told before it does. */
export interface DeckPlan {
  readonly total: number;
  /** Decks this browser lacks: added. */
  readonly added: readonly StoredDeck[];
  /** Decks this browser lacks because they were deleted here: a merge adds them only if asked. */
  readonly deletedHere: readonly StoredDeck[];
  /** Same id here with other content: replaced on a restore, kept as they are on a merge. */
  readonly differ: readonly StoredDeck[];
  /** Same id and content here: left alone. */
  readonly same: number;
  /** Decks skipped, and why. */
  readonly bad: readonly string[];
}

/** Compares a file's decks with the library here; a built-in deck's id is never taken over. */
export function planDecks(
  file: FileDecks,
  library: readonly StoredDeck[],
  builtInIds: ReadonlySet<string>,
  deletedIds: ReadonlySet<string> = new Set(),
): DeckPlan {
  const here = new Map(library.map((s) => [s.deck.id, JSON.stringify(s.deck)]));
  const added: StoredDeck[] = [];
  const deletedHere: StoredDeck[] = [];
  const differ: StoredDeck[] = [];
  const bad = [...file.bad];
  let same = 0;
  for (const stored of file.decks) {
    const { id, title } = stored.deck;
    const mine = here.get(id);
    if (mine === undefined && builtInIds.has(id)) {
      bad.push(`“${title}” (${id}): a deck that comes with the app has this id`);
    } else if (mine === undefined) (deletedIds.has(id) ? deletedHere : added).push(stored);
    else if (mine === JSON.stringify(stored.deck)) same++;
    else differ.push(stored);
  }
  return { total: file.total, added, deletedHere, differ, same, bad };
}
