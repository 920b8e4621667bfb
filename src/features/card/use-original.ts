import { useEffect, useState } from 'react';
import type { CardText } from '../../deck/edits/card-edit.ts';
import { openLibrary, type CardEntry } from '../../store/decks/index.ts';

export interface Original {
  /** The deck's own text, without the user's edit. */
  readonly text: CardText;
  /** The deck's text changed since the user edited the card. */
  readonly changed: boolean;
}

/** For an edited card: its deck's own text, once read (null until then, and for other cards). */
export function useOriginal(entry: CardEntry): Original | null {
  const [found, setFound] = useState<Original | null>(null);
  useEffect(() => {
    if (!entry.card.edited) return;
    let current = true;
    openLibrary()
      .then(async (library) => {
        const original = await library.originalOf(entry.key);
        if (current) setFound(original ?? null);
      })
      .catch((error: unknown) =>
        console.error('The original of this card could not be read', error),
      );
    return () => {
      current = false;
    };
    // Read again when the card's text changes (not on every new `entry` object: a library that
    // cannot be read publishes on each failed read, and this would ask again for ever).
  }, [entry.key, entry.card.edited, entry.card.question, entry.card.prompt]);
  return entry.card.edited ? found : null;
}
