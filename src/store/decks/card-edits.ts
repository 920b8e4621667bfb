import {
  isPlain,
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
import type { CardOutline, DeckOutline } from '../../deck/types.ts';
import { forgetSetAside, reportSetAside } from '../kernel/save-status.ts';
import { putEdits, readEdits } from './edits-db.ts';
import { markEdits } from './library-marker.ts';

// The user's card edits in memory, as kept in IndexedDB (edits-db.ts). Loaded with the library
// (library.ts), which lays them over every deck it shows.
let edits: CardEdits = {};
const listeners = new Set<() => void>();

/** The set-aside key under which edits that could not be read are reported. */
export const UNREADABLE_EDITS = 'prepdeck-edits';

export const cardEdits = (): CardEdits => edits;
export const editOf = (key: string): CardEdit | undefined =>
  Object.hasOwn(edits, key) ? edits[key] : undefined;

/** Calls `listener` after every change of the edits (here, from another tab, from a backup). */
export function onEditsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function publish(changed: boolean): void {
  if (changed) markEdits(Object.values(edits).filter((edit) => !isPlain(edit)).length);
  for (const listener of listeners) listener();
}

/** Reads every edit kept (at start-up, and when another tab changed some). */
export async function loadEdits(): Promise<void> {
  const kept = await readEdits();
  // Changes made here while it read are already on disk: the read holds them too, unless
  // they committed after it began; a merge keeps the later of each part either way.
  edits = mergeEdits(kept.edits, edits);
  forgetSetAside(UNREADABLE_EDITS);
  const first = kept.unreadable[0];
  if (first) {
    const more = kept.unreadable.length > 1 ? ` and ${kept.unreadable.length - 1} more` : '';
    reportSetAside({ key: UNREADABLE_EDITS, reason: `${first.reason}${more}`, where: 'edits' });
  }
  publish(false);
}

/**
 * Saves changed edits: on disk first (a browser killed after this resolves keeps them), then
 * shown everywhere. Throws, with nothing changed, when IndexedDB refuses the write.
 */
async function save(next: CardEdits): Promise<void> {
  await putEdits(next);
  edits = { ...edits, ...next };
  publish(true);
}

const change = (key: string, edit: CardEdit) => save({ [key]: edit });

/** Saves the user's text for a card; `original` is its deck's text now. */
export const saveText = (key: string, value: CardText, original: CardText, now: number) =>
  change(key, withText(editOf(key), value, original, now));

/** "Undo my edit": the card shows its deck's text again (the user's is kept in its history). */
export const revertText = (key: string, now: number) => change(key, withoutText(editOf(key), now));

export const saveTags = (key: string, tags: readonly string[], now: number) =>
  change(key, withTags(editOf(key), tags, now));

export const setSuspended = (key: string, on: boolean, now: number) =>
  change(key, withSuspended(editOf(key), on, now));

/** Buries a card until `until` (the next study day), or unburies it (0). */
export const setBuried = (key: string, until: number, now: number) =>
  change(key, withBuried(editOf(key), until, now));

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

/** A card as the user sees it: their text and tags, and whether it is out of the queues. */
function overlayCard(deckId: string, card: CardOutline): CardOutline {
  const key = `${deckId}/${card.id}`;
  const edit = Object.hasOwn(edits, key) ? edits[key] : undefined;
  if (!edit) return card;
  let shown: CardOutline = card;
  const text = edit.text?.value;
  if (text) {
    const { prompt: _prompt, ...rest } = card;
    shown = {
      ...rest,
      question: text.question,
      questionText: text.questionText,
      ...(text.prompt ? { prompt: text.prompt } : {}),
      edited: true,
    };
  }
  if (edit.tags) {
    const { tags: _tags, ...rest } = shown;
    shown = edit.tags.tags.length > 0 ? { ...rest, tags: edit.tags.tags } : rest;
  }
  if (edit.suspended?.on) shown = { ...shown, suspended: true };
  if ((edit.buried?.until ?? 0) > 0) shown = { ...shown, buriedUntil: edit.buried?.until ?? 0 };
  return shown;
}

/** A deck as the user sees it, their edits laid over it (the same object when there are none). */
export function overlayDeck(deck: DeckOutline): DeckOutline {
  const prefix = `${deck.id}/`;
  if (!Object.keys(edits).some((key) => key.startsWith(prefix))) return deck;
  return {
    ...deck,
    sections: deck.sections.map((section) => ({
      ...section,
      cards: section.cards.map((card) => overlayCard(deck.id, card)),
    })),
  };
}

/** The answers the user rewrote, by card key. */
export function editedAnswers(): ReadonlyMap<string, string> {
  const answers = new Map<string, string>();
  for (const [key, edit] of Object.entries(edits)) {
    if (edit.text?.value) answers.set(key, edit.text.value.answer);
  }
  return answers;
}
