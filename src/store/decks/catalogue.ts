import {
  outOfQueue,
  type CardOutline,
  type DeckOutline,
  type SectionOutline,
} from '../../deck/types.ts';
import { takingTurns } from '../../lib/taking-turns.ts';
import { markedDecks } from './library-marker.ts';

// Parsed at build time by scripts/vite-plugin-decks.ts: data modules, not markdown. The first
// screen takes outlines only (no answers); answers load on demand (answers.ts).
const outlines = import.meta.glob<DeckOutline>('/content/*.md', {
  eager: true,
  import: 'default',
  query: '?outline',
});

const builtIn = Object.values(outlines).sort((a, b) => a.title.localeCompare(b.title));

/** The decks compiled into the app (content/), as opposed to the user's own. */
export const builtInDecks = (): readonly DeckOutline[] => builtIn;

/**
 * Every deck: the built-in ones, then the user's library once it has loaded from IndexedDB
 * (library.ts, after the first screen). A live binding: read it when rendering.
 */
export let decks: readonly DeckOutline[] = builtIn;

export interface CardEntry {
  /** `deckId/cardId`: what progress is keyed by. */
  readonly key: string;
  readonly deck: DeckOutline;
  readonly section: SectionOutline;
  readonly card: CardOutline;
  /** 1-based position in the deck, as the app numbers cards. */
  readonly number: number;
}

/**
 * "Study all": every deck at once, where a deck's id is expected (its queue, its entries). A
 * deck's id is a slug, so it is never this.
 */
export const ALL_DECKS = '*';

/** Every deck as one, for a study sitting across all of them (named after the one, if one). */
export const allDecksOutline = (): DeckOutline => ({
  id: ALL_DECKS,
  title: decks.length === 1 ? (decks[0]?.title ?? 'All decks') : 'All decks',
  description: '',
  sections: [],
});

let entriesByDeck: Map<string, readonly CardEntry[]>;
let entryByKey: Map<string, CardEntry>;
let inDeckOrder: readonly CardEntry[];

/** Every card of each deck in deck order, built once per change of the set of decks. */
function index(): void {
  entriesByDeck = new Map(
    decks.map((deck) => {
      let number = 0;
      const entries = deck.sections.flatMap((section) =>
        section.cards.map((card) => ({
          key: `${deck.id}/${card.id}`,
          deck,
          section,
          card,
          number: ++number,
        })),
      );
      return [deck.id, entries];
    }),
  );
  const each = [...entriesByDeck.values()];
  inDeckOrder = each.flat();
  entryByKey = new Map(inDeckOrder.map((entry) => [entry.key, entry]));
  // Studied all at once, the decks take turns, so that each day's new cards come from every
  // deck rather than all from the first.
  entriesByDeck.set(ALL_DECKS, takingTurns(each));
}
index();

// Changes with the set of decks; 0 until the library has loaded (until then a user deck's
// link waits instead of saying "not found").
let version = 0;
const listeners = new Set<() => void>();

/**
 * Replaces the user's decks (after loading, saving, renaming or deleting one), in order, and
 * the built-in ones as the user sees them (their card edits laid over).
 */
export function setLibraryDecks(
  library: readonly DeckOutline[],
  shownBuiltIn: readonly DeckOutline[] = builtIn,
): void {
  decks = [...shownBuiltIn, ...library];
  index();
  version++;
  for (const listener of listeners) listener();
}

/**
 * For `useSyncExternalStore`: the app shell draws the screen again on a change, and what a
 * screen derives from the decks (lists, search, insights) takes `decksVersion` as a dependency.
 */
export const subscribeDecks = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const decksVersion = () => version;

// How many of the user's decks the first screen keeps room for: the marker's count until the
// library's first read ends (it publishes, read or not) or its code cannot load.
let awaited = markedDecks();

/** The user's decks known to exist but not read yet: Home keeps a row's room for each. */
export const awaitedDecks = (): number => (version === 0 ? awaited : 0);

/** The library's code could not load: stop keeping room for decks that cannot come. */
export function stopAwaitingDecks(): void {
  if (awaited === 0) return;
  awaited = 0;
  for (const listener of listeners) listener();
}

export function findDeck(id: string): DeckOutline | undefined {
  return decks.find((deck) => deck.id === id);
}

/** A deck's cards in its order; for `ALL_DECKS`, every deck's, the decks taking turns. */
export function deckEntries(deckId: string): readonly CardEntry[] {
  return entriesByDeck.get(deckId) ?? [];
}

/** Every card of every deck, in deck order. */
export function allEntries(): readonly CardEntry[] {
  return inDeckOrder;
}

/** The cards of a deck that can be studied at `now`: not suspended, not buried until later. */
export function studyEntries(deckId: string, now: number): readonly CardEntry[] {
  return deckEntries(deckId).filter((entry) => !outOfQueue(entry.card, now));
}

export function findCard(key: string): CardEntry | undefined {
  return entryByKey.get(key);
}
