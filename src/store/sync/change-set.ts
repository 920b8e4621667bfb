// What sync sends and receives, pure: progress travels as immutable change sets (reviews,
// undos, stars and settings made since the last one, card edits, own answers, decks), each a
// document the server never sees inside. Documents never change once written, so two devices never conflict over one: the
// union of every change set, merged as two tabs merge, is the progress of every device.
import { mergeEdit, type CardEdit, type CardEdits } from '../../deck/edits/card-edit.ts';
import {
  mergeOwnAnswers,
  type OwnAnswer,
  type OwnAnswers,
} from '../../deck/key-points/own-answer.ts';
import type { Review } from '../../srs/types.ts';
import type { Bookmark, Progress } from '../progress/saved-format.ts';
import { decksToSend, wins, type DeckChange, type DeckChanges } from './deck-changes.ts';

/**
 * One change set's content: a `Progress` whose `cards` are left out (each device replays), and
 * the card edits (text, tags, suspensions) changed since the last one.
 */
export type ChangeSet = Omit<Progress, 'cards'> & {
  readonly edits?: CardEdits;
  /** Own answers written since (the later of each card's wins, as between tabs). */
  readonly answers?: OwnAnswers;
  /** Decks saved or deleted since: one deck a set, a deck being up to megabytes. */
  readonly decks?: DeckChanges;
};

/** At most this many reviews in one document: a first sync of years of history is chunked. */
export const REVIEWS_PER_SET = 2_000;

/** What the change sets seen so far hold, to tell what is new on either side. */
export interface Known {
  readonly reviews: Set<string>;
  readonly undone: Set<string>;
  readonly bookmarks: Map<string, Bookmark>;
  /** Each card's edit as last exchanged: merged as the library merges what arrives. */
  readonly edits: Map<string, CardEdit>;
  readonly answers: Map<string, OwnAnswer>;
  /** Each deck's winning change so far. */
  readonly decks: Map<string, DeckChange>;
  settingsAt: number;
}

export const nothingKnown = (): Known => ({
  reviews: new Set(),
  undone: new Set(),
  bookmarks: new Map(),
  edits: new Map(),
  answers: new Map(),
  decks: new Map(),
  settingsAt: 0,
});

/**
 * Adds a change set to what is known. A set received merges its edits into what is known, the
 * way the library merges them into this device's; a set sent is what is known from then on.
 */
export function learn(known: Known, set: ChangeSet, sent = false): void {
  for (const [key, answer] of Object.entries(set.answers ?? {})) {
    if (laterAnswer(answer, known.answers.get(key))) known.answers.set(key, answer);
  }
  for (const [key, edit] of Object.entries(set.edits ?? {})) {
    const was = known.edits.get(key);
    known.edits.set(key, was && !sent ? mergeEdit(was, edit) : edit);
  }
  for (const [id, change] of Object.entries(set.decks ?? {})) {
    const was = known.decks.get(id);
    if (!was || wins(change, was)) known.decks.set(id, change);
  }
  for (const review of set.log) known.reviews.add(review.id);
  for (const id of set.undone) known.undone.add(id);
  for (const [card, mark] of Object.entries(set.bookmarks)) {
    const was = known.bookmarks.get(card);
    if (!was || later(mark, was)) known.bookmarks.set(card, mark);
  }
  known.settingsAt = Math.max(known.settingsAt, set.settingsAt ?? 0);
}

/**
 * What an edit changes, for telling whether it is new: its history is left out, since merging
 * the same two edits on two devices can order it differently (it travels with the next change).
 */
function partsOf(edit: CardEdit | undefined): string {
  if (!edit) return '';
  const { history: _history, ...parts } = edit;
  return JSON.stringify(parts);
}

/** Whether an own answer wins over what is known of its card (as the notes merge decides). */
function laterAnswer(answer: OwnAnswer, known: OwnAnswer | undefined): boolean {
  if (!known) return true;
  if (answer.at === known.at && answer.text === known.text) return false;
  return mergeOwnAnswers({ card: known }, { card: answer })['card'] === answer;
}

/** The later of two stars of a card (on a tie, the star), as the two-tab merge decides. */
const later = (a: Bookmark, b: Bookmark) => a.at > b.at || (a.at === b.at && a.on && !b.on);

/** What this device holds besides its progress, every card's and deck's. */
export interface HeldHere {
  readonly edits?: CardEdits;
  readonly answers?: OwnAnswers;
  /** Each deck saved or deleted here (`decksHere`). */
  readonly decks?: ReadonlyMap<string, DeckChange>;
}

/**
 * The change sets that carry what `progress` and `here` have and the known sets lack (none
 * when nothing is new); reviews chunked by `REVIEWS_PER_SET`, the rest in the first, and each
 * deck in a set of its own.
 */
export function changesToSend(progress: Progress, known: Known, here: HeldHere = {}): ChangeSet[] {
  const { edits = {}, answers = {} } = here;
  const decks = Object.entries(decksToSend(here.decks ?? new Map(), known.decks));
  const newAnswers: Record<string, OwnAnswer> = {};
  for (const [key, answer] of Object.entries(answers)) {
    if (laterAnswer(answer, known.answers.get(key))) newAnswers[key] = answer;
  }
  const anyAnswers = Object.keys(newAnswers).length > 0;
  const changedEdits: Record<string, CardEdit> = {};
  for (const [key, edit] of Object.entries(edits)) {
    if (partsOf(edit) !== partsOf(known.edits.get(key))) changedEdits[key] = edit;
  }
  const anyEdits = Object.keys(changedEdits).length > 0;
  const log = progress.log.filter((r) => !known.reviews.has(r.id));
  const undone = progress.undone.filter((id) => !known.undone.has(id));
  const bookmarks: Record<string, Bookmark> = {};
  for (const [card, mark] of Object.entries(progress.bookmarks)) {
    const was = known.bookmarks.get(card);
    if (!was || later(mark, was)) bookmarks[card] = mark;
  }
  const settingsChanged = (progress.settingsAt ?? 0) > known.settingsAt;
  const anyProgress =
    log.length > 0 ||
    undone.length > 0 ||
    Object.keys(bookmarks).length > 0 ||
    settingsChanged ||
    anyEdits ||
    anyAnswers;
  // Settings ride along with every set; only a set whose time is later than what a device has
  // changes its settings there.
  const settings = {
    settings: progress.settings,
    ...(settingsChanged && progress.settingsAt ? { settingsAt: progress.settingsAt } : {}),
  };
  const sets: ChangeSet[] = [];
  for (let at = 0; anyProgress && (at === 0 || at < log.length); at += REVIEWS_PER_SET) {
    const chunk = log.slice(at, at + REVIEWS_PER_SET);
    sets.push(
      at === 0
        ? {
            log: chunk,
            undone,
            bookmarks,
            ...settings,
            ...(anyEdits ? { edits: changedEdits } : {}),
            ...(anyAnswers ? { answers: newAnswers } : {}),
          }
        : { log: chunk, undone: [], bookmarks: {}, settings: progress.settings },
    );
  }
  for (const [id, change] of decks) {
    sets.push({
      log: [],
      undone: [],
      bookmarks: {},
      settings: progress.settings,
      decks: { [id]: change },
    });
  }
  return sets;
}

/**
 * Change sets received, as progress to merge into this device's (null when they bring nothing
 * it lacks): their reviews, undos and stars, and their settings when changed later than
 * this device's. Card states are left to the merge, which replays each changed card.
 */
export function changesToTake(sets: readonly ChangeSet[], progress: Progress): Progress | null {
  const have = new Set(progress.log.map((r) => r.id));
  const gone = new Set(progress.undone);
  const log = new Map<string, Review>();
  const undone = new Set<string>();
  const bookmarks: Record<string, Bookmark> = {};
  let settings: Pick<Progress, 'settings' | 'settingsAt'> | null = null;
  for (const set of sets) {
    for (const review of set.log) {
      if (!have.has(review.id) && !gone.has(review.id)) log.set(review.id, review);
    }
    for (const id of set.undone) if (!gone.has(id)) undone.add(id);
    for (const [card, mark] of Object.entries(set.bookmarks)) {
      const ours = bookmarks[card] ?? progress.bookmarks[card];
      if (!ours || later(mark, ours)) bookmarks[card] = mark;
    }
    const at = set.settingsAt ?? 0;
    if (at > (settings?.settingsAt ?? progress.settingsAt ?? 0)) {
      settings = { settings: set.settings, settingsAt: at };
    }
  }
  if (log.size === 0 && undone.size === 0 && Object.keys(bookmarks).length === 0 && !settings) {
    return null;
  }
  return {
    cards: {},
    log: [...log.values()],
    undone: [...undone],
    bookmarks,
    ...(settings ?? { settings: progress.settings }),
  };
}
