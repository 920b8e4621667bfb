import { now } from '../../store/progress/index.ts';
import { openLibrary } from '../../store/decks/index.ts';
import type { Done } from './use-card-status.ts';

/**
 * "Undo my edit": the card shows its deck's text again. Its Undo saves the user's text back over
 * the original it was edited from, so a notice that the original changed since still shows.
 */
export async function undoMyEdit(key: string): Promise<Done> {
  const library = await openLibrary();
  const mine = library.editOf(key)?.text;
  await library.revertText(key, now());
  return {
    message: 'Your edit is undone: the card shows its deck’s text again.',
    undo: async () => {
      const original = mine?.base ?? (await library.originalText(key));
      if (!mine?.value || !original) throw new Error('this card is no longer in its deck');
      await library.saveText(key, mine.value, original, now());
    },
  };
}
