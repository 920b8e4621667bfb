// The user's decks between synced devices, pure: each deck travels whole when it is saved
// (imported, updated, renamed, restored) and as a deletion when it is deleted, stamped when it
// happened. Of two changes of one deck the later wins on every device; the deck it replaces
// goes to "Recently deleted" there, so the losing version is kept, never dropped.
import type { DeletedDeck, StoredDeck } from '../decks/index.ts';

/** One deck's change: its content as saved, or its deletion (no content), and when. */
export interface DeckChange {
  readonly at: number;
  readonly stored?: StoredDeck;
}

export type DeckChanges = Readonly<Record<string, DeckChange>>;

/** Each deck's content as text, made once per deck object: a deck can be megabytes. */
const contents = new WeakMap<StoredDeck, string>();

/** What breaks a tie the same way on every device (decks saved before they had a time). */
function contentOf({ stored }: DeckChange): string {
  if (!stored) return '';
  let text = contents.get(stored);
  if (text === undefined) {
    text = JSON.stringify(stored.deck);
    contents.set(stored, text);
  }
  return text;
}

/** Whether `a` wins over `b`: the later; on a tie the same one everywhere (a deck over none). */
export function wins(a: DeckChange, b: DeckChange): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (!a.stored !== !b.stored) return Boolean(a.stored);
  return a.stored !== b.stored && contentOf(a) > contentOf(b);
}

/**
 * Each deck as this device holds it: saved in the library, or deleted (the latest time it
 * was). A deck missing without a deletion (unreadable here, or deleted for good) is left out:
 * only what the user did travels, never what a failed read looks like.
 */
export function decksHere(
  library: readonly StoredDeck[],
  deleted: readonly DeletedDeck[],
): Map<string, DeckChange> {
  const here = new Map<string, DeckChange>();
  for (const { stored, deletedAt } of deleted) {
    const was = here.get(stored.deck.id);
    if (!was || deletedAt > was.at) here.set(stored.deck.id, { at: deletedAt });
  }
  for (const stored of library) here.set(stored.deck.id, { at: stored.savedAt ?? 0, stored });
  return here;
}

/** The changes of this device's decks that win over what is known (none known: saved ones). */
export function decksToSend(
  here: ReadonlyMap<string, DeckChange>,
  known: ReadonlyMap<string, DeckChange>,
): Record<string, DeckChange> {
  const send: Record<string, DeckChange> = {};
  for (const [id, mine] of here) {
    const was = known.get(id);
    if (was ? wins(mine, was) : mine.stored) send[id] = mine;
  }
  return send;
}

/** Of the changes received, each deck's winner. */
export function latestDecks(sets: readonly { readonly decks?: DeckChanges }[]): DeckChanges {
  const latest: Record<string, DeckChange> = {};
  for (const set of sets) {
    for (const [id, change] of Object.entries(set.decks ?? {})) {
      const was = latest[id];
      if (!was || wins(change, was)) latest[id] = change;
    }
  }
  return latest;
}

/** What to do here with the changes received: decks to bring (added or replaced), to delete. */
export function decksToTake(
  incoming: DeckChanges,
  here: ReadonlyMap<string, DeckChange>,
): { bring: StoredDeck[]; remove: { id: string; at: number }[] } {
  const bring: StoredDeck[] = [];
  const remove: { id: string; at: number }[] = [];
  for (const [id, change] of Object.entries(incoming)) {
    const mine = here.get(id);
    if (mine && !wins(change, mine)) continue;
    if (change.stored) bring.push(change.stored);
    else if (mine?.stored) remove.push({ id, at: change.at });
  }
  return { bring, remove };
}
