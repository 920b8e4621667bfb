import {
  addedCard,
  isPlain,
  withDeleted,
  withPlace,
  withReverse,
  mergeEdits,
  changedEdits,
  withBuried,
  withSuspended,
  withTags,
  withText,
  withoutText,
  type CardEdit,
  type CardEdits,
  type CardText,
} from '../../deck/edits/card-edit.ts';
import { loadOriginalAnswers, type Answers } from './answers.ts';
import { forgetSetAside, reportSetAside } from '../kernel/save-status.ts';
import { slugify } from '../../deck/slug.ts';
import { findDeck } from './catalogue.ts';
import { putEdits, readEdits } from './edits-db.ts';
import { markEdits, onEditsMarked } from './library-marker-writes.ts';

// The user's card edits in memory, as kept in IndexedDB (edits-db.ts). Loaded with the library
// (library.ts), which lays them over every deck it shows.
let edits: CardEdits = {};
const listeners = new Set<() => void>();

/** The set-aside key under which edits that could not be read are reported. */
const UNREADABLE_EDITS = 'prepdeck-edits';

export const cardEdits = (): CardEdits => edits;
export const editOf = (key: string): CardEdit | undefined =>
  Object.hasOwn(edits, key) ? edits[key] : undefined;

/** Calls `listener` after every change of the edits (here, from another tab, from a backup). */
export function onEditsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

async function publish(changed: boolean): Promise<void> {
  await answersForReverse().catch(() => undefined); // its cards wait, the others show
  if (changed) markEdits(Object.values(edits).filter((edit) => !isPlain(edit)).length);
  for (const listener of listeners) listener();
}

/** Reads every edit kept (at start-up, and when another tab changed some). */
export async function loadEdits(): Promise<void> {
  const kept = await readEdits();
  // Every change made here is on disk before it is in memory (save merges with the disk in the
  // write): what was read is the newer, unless a change committed after the read began, which
  // the merge keeps too.
  const merged: Record<string, CardEdit> = { ...mergeEdits(kept.edits, edits) };
  // An edit the read did not change keeps its object: each deck's overlay is kept by them, so
  // another tab's edit lays only its own deck again.
  for (const [key, edit] of Object.entries(merged)) {
    const before = editOf(key);
    if (before && before !== edit && JSON.stringify(before) === JSON.stringify(edit))
      merged[key] = before;
  }
  edits = merged;
  forgetSetAside(UNREADABLE_EDITS);
  const first = kept.unreadable[0];
  if (first) {
    const more = kept.unreadable.length > 1 ? ` and ${kept.unreadable.length - 1} more` : '';
    reportSetAside({ key: UNREADABLE_EDITS, reason: `${first.reason}${more}`, where: 'edits' });
  }
  await publish(false);
}

// Another tab changed some edits: read them again (the decks themselves did not change).
onEditsMarked(() => {
  loadEdits().catch((error: unknown) => console.error('Your card edits could not be read', error));
});

/**
 * Saves changed edits: on disk first (a browser killed after this resolves keeps them), then
 * shown everywhere. Throws, with nothing changed, when IndexedDB refuses the write.
 */
async function save(next: CardEdits): Promise<void> {
  edits = { ...edits, ...(await putEdits(next)) };
  await publish(true);
}

const change = (key: string, edit: CardEdit) => save({ [key]: edit });

/**
 * Saves a card's new text and tags in one write (either may be left as it is). `original` is
 * its deck's text, or null for a card the user added.
 */
export function saveCardChange(
  key: string,
  parts: { readonly text?: CardText; readonly tags?: readonly string[] },
  original: CardText | null,
  now: number,
): Promise<void> {
  let edit = editOf(key);
  if (parts.text) edit = withText(edit, parts.text, original, now);
  if (parts.tags) edit = withTags(edit, parts.tags, now);
  return edit ? change(key, edit) : Promise.resolve();
}

/** Saves the user's text for a card; `original` is its deck's text now. */
export const saveText = (key: string, value: CardText, original: CardText, now: number) =>
  change(key, withText(editOf(key), value, original, now));

/** "Undo my edit": the card shows its deck's text again (the user's is kept in its history). */
export const revertText = (key: string, now: number) => change(key, withoutText(editOf(key), now));

export const saveTags = (key: string, tags: readonly string[], now: number) =>
  change(key, withTags(editOf(key), tags, now));

export const setSuspended = (key: string, on: boolean, now: number) =>
  change(key, withSuspended(editOf(key), on, now));

/** Suspends or unsuspends many cards in one write (all saved, or none). */
export const setManySuspended = (keys: readonly string[], on: boolean, now: number) =>
  save(Object.fromEntries(keys.map((key) => [key, withSuspended(editOf(key), on, now)])));

/** Buries a card until `until` (the next study day), or unburies it (0). */
export const setBuried = (key: string, until: number, now: number) =>
  change(key, withBuried(editOf(key), until, now));

/** Deletes a card (it goes to "Recently deleted"), or brings it back. */
export const setDeleted = (key: string, on: boolean, now: number) =>
  change(key, withDeleted(editOf(key), on, now));

/** Asks for the card's reverse card too (answer → question), or no longer. */
export const setReverse = (key: string, on: boolean, now: number) =>
  change(key, withReverse(editOf(key), on, now));

/**
 * Asks for the reverse card of every card of a deck (a vocabulary deck), or of none, in one
 * write; cards made from a note (cloze, reverse) are not reversed again.
 */
export async function setDeckReverse(deckId: string, on: boolean, now: number): Promise<number> {
  const keys = (findDeck(deckId)?.sections.flatMap((s) => s.cards) ?? [])
    .filter((card) => card.note === undefined)
    .map((card) => `${deckId}/${card.id}`)
    .filter((key) => (editOf(key)?.reverse?.on ?? false) !== on);
  await save(Object.fromEntries(keys.map((key) => [key, withReverse(editOf(key), on, now)])));
  return keys.length;
}

/** Moves a card to another section of its deck, or to a new one named `title`. */
export const moveCard = (key: string, section: SectionChoice, now: number) =>
  change(key, withPlace(editOf(key), section.id, section.title, now));

/** An existing section (its id and title), or a new one (`newSectionId` gives its id). */
export interface SectionChoice {
  readonly id: string;
  readonly title: string;
}

/** An id for a new section named `title` in a deck, free there (`basics`, `basics-2`…). */
export function newSectionId(deckId: string, title: string): string {
  const taken = new Set(findDeck(deckId)?.sections.map((s) => s.id));
  return freeId(slugify(title) || 'section', taken);
}

function freeId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 60).replace(/-+$/, '') || 'card';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/**
 * Adds a card of the user's to a deck (any deck, the built-in ones too) and returns its key,
 * once it is on disk. Its id comes from its question, free in the deck and among the user's
 * cards (deleted ones included: their progress is kept), after `mine-`: a later version of the
 * deck adding a card on the same question gets its own id, not the user's card and progress.
 */
export async function addCard(
  deckId: string,
  section: SectionChoice,
  value: CardText,
  now: number,
  tags: readonly string[] = [],
): Promise<string> {
  const prefix = `${deckId}/`;
  const taken = new Set([
    ...(findDeck(deckId)?.sections.flatMap((s) => s.cards.map((c) => c.id)) ?? []),
    ...Object.keys(edits)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length)),
  ]);
  const key = `${prefix}${freeId(`mine-${slugify(value.questionText)}`, taken)}`;
  const card = addedCard(value, section.id, section.title, now);
  await change(key, tags.length > 0 ? withTags(card, tags, now) : card);
  return key;
}

/**
 * Takes in edits from elsewhere (a backup, another device's file): card by card, part by part,
 * the later change wins. Returns how many cards changed here.
 */
export async function bringEdits(incoming: CardEdits): Promise<number> {
  const changed = changedEdits(mergeEdits(edits, incoming), edits);
  const count = Object.keys(changed).length;
  if (count > 0) await save(changed);
  return count;
}

/** Card keys' own answers of decks with reverse cards asked for (a reverse card asks its answer). */
const reverseAnswers = new Map<string, Answers>();

/** Loads the own answers a reverse card of an unedited card needs, before the edits show. */
async function answersForReverse(): Promise<void> {
  const decks = new Set<string>();
  for (const [key, edit] of Object.entries(edits)) {
    if (edit.reverse?.on && !edit.text?.value) decks.add(key.slice(0, key.indexOf('/')));
  }
  await Promise.all(
    [...decks]
      .filter((deck) => !reverseAnswers.has(deck))
      .map(async (deck) => void reverseAnswers.set(deck, await loadOriginalAnswers(deck))),
  );
}

/** A deck's own answers loaded for its reverse cards, once loaded (the same map after). */
export const reverseAnswersOf = (deckId: string): Answers | undefined => reverseAnswers.get(deckId);

/** A card's own answer, for its reverse card (loaded by `answersForReverse`). */
export const ownAnswerOf = (key: string): string | undefined =>
  reverseAnswers.get(key.slice(0, key.indexOf('/')))?.get(key);
