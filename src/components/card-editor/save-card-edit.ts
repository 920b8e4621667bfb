import { sameText, type CardText } from '../../deck/edits/card-edit.ts';
import { openLibrary } from '../../store/decks/index.ts';
import { bookmark, now, useProgress } from '../../store/progress/index.ts';

/** What the editor saves: the checked text and tags, against what it opened on. */
export interface CardEditChange {
  readonly key: string;
  readonly before: { readonly text: CardText; readonly tags: readonly string[] };
  readonly text: CardText;
  readonly tags: readonly string[];
  /** Start the card's schedule again: its meaning changed. */
  readonly reset: boolean;
}

const sameTags = (a: readonly string[], b: readonly string[]) => a.join(' ') === b.join(' ');

/**
 * Saves what changed, text and tags in one write, on disk before this resolves; rejects with
 * nothing changed when the write fails. The schedule is kept unless `reset`, and only reset
 * once the edit is saved.
 */
export async function saveCardEdit(change: CardEditChange): Promise<void> {
  const library = await openLibrary();
  const { key, before } = change;
  const textChanged = !sameText(change.text, before.text);
  await library.saveCard(
    key,
    {
      ...(textChanged ? { text: change.text } : {}),
      ...(sameTags(change.tags, before.tags) ? {} : { tags: change.tags }),
    },
    now(),
  );
  if (change.reset) resetSchedule(key);
}

/** The card starts again as new. Its bookmark stays: `forget` is meant for cards gone from a deck. */
function resetSchedule(key: string): void {
  const starred = useProgress.getState().bookmarks[key]?.on === true;
  useProgress.getState().forget(key);
  if (starred) bookmark(key, true);
}
