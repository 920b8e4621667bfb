import type { CardText } from '../../deck/edits/card-edit.ts';
import { cardText } from '../../deck/edits/edit-check.ts';
import { openLibrary } from '../../store/decks/index.ts';
import { bookmark, now, useProgress } from '../../store/progress/index.ts';
import { sameText } from './compare-text.ts';
import { reasonOf } from './reason-of.ts';

/** What the editor saves: the checked text and tags, against what it opened on. */
export interface CardEditChange {
  readonly key: string;
  readonly before: { readonly text: CardText; readonly tags: readonly string[] };
  readonly text: CardText;
  readonly tags: readonly string[];
  /** Start the card's schedule again: its meaning changed. */
  readonly reset: boolean;
}

// As the editor would save it: a deck's text may end in blank lines the editor trims.
const normalized = (text: CardText) => cardText(text.question, text.prompt, text.answer);
const sameTags = (a: readonly string[], b: readonly string[]) => a.join(' ') === b.join(' ');

/**
 * Saves what changed, each part on disk before this resolves; rejects when a write fails. The
 * schedule is kept unless `reset`, and only reset once the text is saved.
 */
export async function saveCardEdit(change: CardEditChange): Promise<void> {
  const { key } = change;
  const library = await openLibrary();
  let textSaved = false;
  if (!sameText(change.text, normalized(change.before.text))) {
    const original = await library.originalText(key);
    if (!original) throw new Error('this card is no longer in its deck');
    // The deck's own text typed back is no edit: the card follows its deck again.
    if (sameText(change.text, normalized(original))) await library.revertText(key, now());
    else await library.saveText(key, change.text, original, now());
    textSaved = true;
  }
  if (!sameTags(change.tags, change.before.tags)) {
    try {
      await library.saveTags(key, change.tags, now());
    } catch (error) {
      if (!textSaved) throw error;
      throw new Error(
        `${reasonOf(error)} (the question and answer were saved, the tags were not)`,
        { cause: error },
      );
    }
  }
  if (change.reset) resetSchedule(key);
}

/** The card starts again as new. Its bookmark stays: `forget` is meant for cards gone from a deck. */
function resetSchedule(key: string): void {
  const starred = useProgress.getState().bookmarks[key]?.on === true;
  useProgress.getState().forget(key);
  if (starred) bookmark(key, true);
}
