import { hasFixes, type ImportFixes } from '../../deck/import/fixes.ts';
import { splitOwnAnswers } from '../../deck/key-points/own-answer.ts';
import { toOutline } from '../../deck/outline.ts';
import { slugify } from '../../deck/slug.ts';
import type { Deck, DeckOutline } from '../../deck/types.ts';
import {
  forgetDeletedDeck,
  purgeDeleted,
  putLibraryDeck,
  readDeleted,
  readLibrary,
  afterRelease,
  restoreDeletedDeck,
  setAsideLibraryDeck,
  type DeletedDeck,
  type StoredDeck,
} from './library-db.ts';
import { markedDecks } from './library-marker.ts';
import { markLibrary, onLibraryChanged } from './library-marker-writes.ts';
import { loadOriginalAnswers, setEditedAnswers, setLibraryAnswers } from './answers.ts';
import type { CardText } from '../../deck/edits/card-edit.ts';
import {
  cardEdits,
  editOf,
  loadEdits,
  onEditsChanged,
  ownAnswerOf,
  reverseAnswersOf,
  saveCardChange,
} from './card-edits.ts';
import { originalChanged, sameText } from '../../deck/edits/card-edit.ts';
import { editsByDeck, overlayOnce } from '../../deck/edits/kept-overlays.ts';
import { answersToCarry, takeInCarried } from './carried-answers.ts';
import { now } from '../kernel/clock.ts';
import { builtInDecks, decks, findDeck, setLibraryDecks } from './catalogue.ts';
import { checkStoredDeck } from './stored-deck-check.ts';
import { reportSetAside, UNREADABLE_DECK } from '../kernel/save-status.ts';

// The user's decks in memory, as saved; loaded on demand (not part of the first screen).
let library: StoredDeck[] = [];
// "Recently deleted", oldest first.
let deleted: DeletedDeck[] = [];
// Saved decks that could not be read back, by id: left untouched in IndexedDB, and reported.
let unreadable = new Map<string, unknown>();

// Changes made in this tab: a read of the library that started before one is stale.
let changes = 0;

/**
 * Shows the library everywhere. After a change made here (`changed`), the marker tells other
 * tabs and the next start-up.
 */
function publish(changed = false): void {
  if (changed) {
    changes++;
    markLibrary(library.length);
  }
  const answers = new Map(library.map(({ deck }) => [deck.id, answersOf(deck)]));
  setLibraryAnswers(answers);
  // The user's edits laid over every deck, the built-in ones too (each deck again only when
  // it or its edits changed).
  const edits = cardEdits();
  const byDeck = editsByDeck(edits);
  const answerOf = (key: string) =>
    answers.get(key.slice(0, key.indexOf('/')))?.get(key) ?? ownAnswerOf(key);
  const overlay = (outline: DeckOutline) =>
    overlayOnce(outline, byDeck.get(outline.id) ?? {}, answerOf, [
      answers.get(outline.id),
      reverseAnswersOf(outline.id),
    ]);
  const builtIn = builtInDecks().map(overlay);
  const own = library.map(({ deck }) => overlay(outlineOf(deck)));
  const texts = new Map<string, CardText>();
  for (const [key, edit] of Object.entries(edits))
    if (edit.text?.value) texts.set(key, edit.text.value);
  setEditedAnswers(new Map([...builtIn, ...own].flatMap((shown) => [...shown.answers])), texts);
  setLibraryDecks(
    own.map((shown) => shown.deck).sort((a, b) => a.title.localeCompare(b.title)),
    builtIn.map((shown) => shown.deck),
  );
}

// Whether a read of the library has ended (done or failed): before, the user's decks are not
// known yet, and showing the edits alone would tell screens the decks had loaded ("not found").
let readOnce = false;

// An edit made here, in another tab or brought from a backup: show it everywhere (the first
// read of the library shows the edits it waited for).
onEditsChanged(() => {
  if (readOnce) publish();
});

// Each saved deck's outline, made once per deck (the overlay of an unchanged deck is kept).
const outlines = new WeakMap<Deck, DeckOutline>();
function outlineOf(deck: Deck): DeckOutline {
  let outline = outlines.get(deck);
  if (!outline) outlines.set(deck, (outline = toOutline(deck)));
  return outline;
}

// Each deck's answers, made once per deck saved: the same map until the deck changes, so
// screens showing another deck's answers do not wait for them again.
const deckAnswers = new WeakMap<Deck, ReadonlyMap<string, string>>();
function answersOf(deck: Deck): ReadonlyMap<string, string> {
  let answers = deckAnswers.get(deck);
  if (!answers) {
    answers = new Map(
      deck.sections.flatMap((s) => s.cards.map((c) => [`${deck.id}/${c.id}`, c.answer])),
    );
    deckAnswers.set(deck, answers);
  }
  return answers;
}

/**
 * The saved decks that check out as a deck from a file would (damage in IndexedDB, or a deck
 * taking the id of one that comes with the app); the others stay saved as they are, are
 * reported with the reason, and can be downloaded (`unreadableDeck`).
 */
function usable(records: readonly unknown[]): StoredDeck[] {
  const builtIn = new Set(builtInDecks().map((d) => d.id));
  const kept: StoredDeck[] = [];
  for (const record of records) {
    const checked = checkStoredDeck(record, 'your library');
    const reason =
      'reason' in checked
        ? checked.reason
        : builtIn.has(checked.stored.deck.id)
          ? 'it has the id of a deck that comes with PrepDeck'
          : null;
    if (reason === null && 'stored' in checked) {
      kept.push(checked.stored);
      continue;
    }
    // The database keys decks by id, so a record read back always has one.
    const id = String((record as { deck?: { id?: unknown } }).deck?.id);
    unreadable.set(id, record);
    reportSetAside({ key: `${UNREADABLE_DECK}${id}`, reason: reason ?? '', where: 'decks' });
  }
  return kept;
}

/** A saved deck that could not be read, as found (JSON), for the user to download. */
export const unreadableDeck = (id: string): string =>
  JSON.stringify(unreadable.get(id) ?? null, null, 2);

let loading: Promise<void> | null = null;

/**
 * Reads the library once. If IndexedDB cannot be read (none, or blocked by an older tab), the
 * decks known so far stay and the next call tries again; the marker is put right only from a
 * read that worked (a library saved before it existed), so tabs reading each other's change
 * never echo it back.
 */
export function loadLibrary(): Promise<void> {
  if (loading) return loading;
  const startedAt = changes;
  const edits = loadEdits().catch((error: unknown) => {
    // The decks work without them: the cards show their deck's own text until a reload.
    console.error('Your card edits could not be read', error);
  });
  const read = Promise.all([readLibrary(), readDeleted(), edits]).then(
    ([stored, aside]) => {
      // A deck saved or deleted here meanwhile may be missing from what was read: read again.
      if (startedAt !== changes) {
        loading = null;
        return loadLibrary();
      }
      readOnce = true;
      unreadable = new Map();
      library = usable(stored);
      deleted = aside.flatMap((d) => usable([d.stored]).map((stored) => ({ ...d, stored })));
      // Answers saved with a deck whose tab closed before they reached the notes.
      for (const { ownAnswers } of library) takeInCarried(ownAnswers);
      if (markedDecks() > 0 !== library.length > 0) markLibrary(library.length);
      publish();
    },
    (error: unknown) => {
      console.error('The deck library could not be read', error);
      readOnce = true;
      if (loading === read) loading = null;
      publish(); // links to a deck of the user's stop waiting, and say what is missing
    },
  );
  loading = read;
  return read;
}

// Read as soon as this module arrives: at start-up when the marker says there are decks (Home
// keeps rows for them), else when "Add a deck" is prefetched or a URL names a deck not yet known.
void loadLibrary();

// Another tab added, renamed or deleted a deck, or the tab that held the database let go:
// read the library again.
const readAgain = () => {
  loading = null;
  void loadLibrary();
};
onLibraryChanged(readAgain);
afterRelease(readAgain);

export const libraryDecks = (): readonly StoredDeck[] => library;
export const deletedDecks = (): readonly DeletedDeck[] => deleted;

/** An id no other deck has: the name's slug, then `-2`, `-3`… */
export function freeDeckId(name: string, fallback: string): string {
  const base = slugify(name).slice(0, 60).replace(/-+$/, '') || fallback || 'my-deck';
  const taken = new Set([...decks.map((d) => d.id), ...unreadable.keys()]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A deck to save, as read and corrected in the preview. */
export interface DeckDraft {
  /** Cards may carry the reader's own answers (an export "with my answers"). */
  readonly deck: Deck;
  readonly source: string;
  readonly shape: StoredDeck['shape'];
  readonly fixes?: ImportFixes | undefined;
}

/**
 * Saves a deck (new, renamed or re-imported) and shows it everywhere at once, with the fixes
 * made in its preview, for reading its next version the same way. Own answers the file carried
 * are not the deck's questions and answers: they are saved with it, in the same transaction,
 * and taken into the reader's notes where the reader has written nothing. Returns how many.
 */
export async function saveDeck(draft: DeckDraft): Promise<{ ownAnswers: number }> {
  await loadLibrary();
  if (builtInDecks().some((d) => d.id === draft.deck.id)) {
    throw new Error(`“${draft.deck.id}” is the id of a deck that comes with PrepDeck`);
  }
  const { deck, own } = splitOwnAnswers(draft.deck);
  const before = library.find((s) => s.deck.id === deck.id)?.ownAnswers;
  const carried = { ...before, ...answersToCarry(deck.id, own, now()) };
  const stored: StoredDeck = {
    deck,
    source: draft.source,
    shape: draft.shape,
    ...(hasFixes(draft.fixes) ? { fixes: draft.fixes } : {}),
    ...(Object.keys(carried).length > 0 ? { ownAnswers: carried } : {}),
    savedAt: now(),
  };
  await putLibraryDeck(stored);
  library = [...library.filter((s) => s.deck.id !== deck.id), stored];
  publish(true);
  return { ownAnswers: takeInCarried(carried) };
}

/**
 * Moves a deck to "Recently deleted"; its progress stays in the progress store. Returns what
 * was set aside, for undo.
 */
export async function removeDeck(id: string, now: number): Promise<DeletedDeck | undefined> {
  await loadLibrary();
  const aside = await setAsideLibraryDeck(id, now);
  library = library.filter((s) => s.deck.id !== id);
  if (aside) deleted = [...deleted, aside];
  publish(true);
  return aside;
}

/** Puts a deleted deck back under its id, or says why it cannot (the id is taken now). */
export async function restoreDeck(key: number): Promise<string | null> {
  await loadLibrary();
  const aside = deleted.find((d) => d.key === key);
  if (!aside) return 'It is no longer among the recently deleted decks.';
  const { deck } = aside.stored;
  const taken = findDeck(deck.id);
  if (taken) {
    return `“${deck.title}” cannot come back: your deck “${taken.title}” uses its id (${deck.id}) now, and progress is kept by id. Delete that deck first (it is kept here too), then restore this one.`;
  }
  const restored = await restoreDeletedDeck(key, now());
  if (!restored) {
    return `“${deck.title}” was restored or removed in another tab: reload to see your decks as they are.`;
  }
  library = [...library, restored];
  deleted = deleted.filter((d) => d !== aside);
  publish(true);
  return null;
}

/** Deletes for good the decks deleted more than 30 days before `now` (when they are shown). */
export async function purgeOldDeleted(now: number): Promise<void> {
  await loadLibrary();
  const gone = new Set(await purgeDeleted(now));
  if (gone.size === 0) return;
  deleted = deleted.filter((d) => !gone.has(d.key));
  publish(true);
}

/** Deletes a deck for good (its progress stays, as for any deck no longer here). */
export async function forgetDeck(key: number): Promise<void> {
  await forgetDeletedDeck(key);
  deleted = deleted.filter((d) => d.key !== key);
  publish(true);
}

const sameDeck = (a: StoredDeck, b: StoredDeck) =>
  JSON.stringify(a.deck) === JSON.stringify(b.deck);

/**
 * Brings decks from a backup: those missing are added; with `replace`, one whose id is here
 * with other content replaces it (the old one goes to "Recently deleted"), else this
 * browser's is kept. Identical ones are left alone. Returns how many were added and replaced.
 */
export async function bringDecks(
  incoming: readonly StoredDeck[],
  replace: boolean,
  now: number,
): Promise<{ added: number; replaced: number }> {
  await loadLibrary();
  let added = 0;
  let replaced = 0;
  for (const stored of incoming) {
    const here = library.find((s) => s.deck.id === stored.deck.id);
    if (here && (!replace || sameDeck(here, stored))) continue;
    if (!here && findDeck(stored.deck.id)) continue; // a built-in deck's id: planned as refused
    const aside = await setAsideLibraryDeck(stored.deck.id, now, stored);
    if (aside) deleted = [...deleted, aside];
    library = [...library.filter((s) => s.deck.id !== stored.deck.id), stored];
    if (here) replaced++;
    else added++;
  }
  publish(added + replaced > 0);
  return { added, replaced };
}

export {
  addCard,
  bringEdits,
  cardEdits,
  editOf,
  moveCard,
  newSectionId,
  revertText,
  saveTags,
  saveText,
  setBuried,
  setDeleted,
  setDeckReverse,
  setReverse,
  setSuspended,
  setManySuspended,
  type SectionChoice,
} from './card-edits.ts';

/** A card the user deleted, kept to bring back ("Recently deleted"). */
export interface DeletedCard {
  readonly key: string;
  readonly deckTitle: string;
  readonly questionText: string;
  /** When it was deleted, epoch ms. */
  readonly at: number;
}

/** The own outline of a deck (without the user's edits), a built-in one or theirs. */
function ownOutline(deckId: string): DeckOutline | undefined {
  const own = library.find((s) => s.deck.id === deckId)?.deck;
  return own ?? builtInDecks().find((d) => d.id === deckId);
}

/** The cards the user deleted, newest first, of decks still here. */
export function deletedCards(): DeletedCard[] {
  const cards: DeletedCard[] = [];
  for (const [key, edit] of Object.entries(cardEdits())) {
    if (!edit.deleted?.on) continue;
    const slash = key.indexOf('/');
    const outline = ownOutline(key.slice(0, slash));
    const card = outline?.sections
      .flatMap((s) => s.cards)
      .find((c) => c.id === key.slice(slash + 1));
    // A cloze note is named by its text, its deletions shown.
    const questionText = (edit.text?.value?.questionText ?? card?.questionText)?.replace(
      /\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g,
      '$1',
    );
    if (!outline || questionText === undefined) continue;
    cards.push({ key, deckTitle: outline.title, questionText, at: edit.deleted.at });
  }
  return cards.sort((a, b) => b.at - a.at);
}

/**
 * A card's text as its deck has it now, without the user's edit (for "show the original" and
 * to know whether it changed since the user edited it); undefined when no deck has the card.
 */
export async function originalText(key: string): Promise<CardText | undefined> {
  await loadLibrary();
  const slash = key.indexOf('/');
  const deckId = key.slice(0, slash);
  const cardId = key.slice(slash + 1);
  const outline = ownOutline(deckId);
  const card = outline?.sections.flatMap((s) => s.cards).find((c) => c.id === cardId);
  if (!card) return undefined;
  const answer = (await loadOriginalAnswers(deckId)).get(key) ?? '';
  return {
    question: card.question,
    questionText: card.questionText,
    prompt: card.prompt ?? '',
    answer,
  };
}

/** A card's own text and whether it changed since the user edited it; undefined when none. */
export async function originalOf(
  key: string,
): Promise<{ readonly text: CardText; readonly changed: boolean } | undefined> {
  const text = await originalText(key);
  return text && { text, changed: originalChanged(editOf(key), text) };
}

/**
 * Saves what the editor changed, in one write: the text (the deck's own text typed back is no
 * edit: the card follows its deck again) and the tags. Resolves once on disk.
 */
export async function saveCard(
  key: string,
  parts: { readonly text?: CardText; readonly tags?: readonly string[] },
  now: number,
): Promise<void> {
  const added = editOf(key)?.added !== undefined;
  const original = added ? null : await originalText(key);
  if (original === undefined) throw new Error('this card is no longer in its deck');
  const text = parts.text && original && sameText(parts.text, original) ? original : parts.text;
  await saveCardChange(key, { ...parts, ...(text ? { text } : {}) }, original, now);
}
