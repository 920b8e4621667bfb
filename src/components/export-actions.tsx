import { useState } from 'react';
import { Checkbox } from './checkbox.tsx';
import { applyEdits } from '../deck/edits/apply-edits.ts';
import { exportAnki } from '../deck/export/export-anki.ts';
import { serializeDeck, type OwnAnswerOf } from '../deck/export/serialize-deck.ts';
import type { Deck } from '../deck/types.ts';
import { downloadText } from '../store/backup/index.ts';
import { openLibrary } from '../store/decks/index.ts';
import { plural } from '../lib/plural.ts';
import { useNotes } from '../store/notes/index.ts';

/**
 * Export buttons for one deck: deck-format markdown and Anki text, as the user sees the deck
 * (their card edits and tags laid over it), with the reader's own answers when they ask
 * (offered only when they wrote some for this deck). `deck` may load on demand.
 */
export function ExportActions({
  deckId,
  cardIds,
  deck,
}: {
  deckId: string;
  /** The deck's cards: answers kept for cards it no longer has are not counted. */
  cardIds: readonly string[];
  deck: () => Promise<Deck>;
}) {
  const answers = useNotes((s) => s.answers);
  const prefix = `${deckId}/`;
  const written = cardIds.filter((id) => answers[`${prefix}${id}`]?.text).length;
  // Off until asked: a deck exported to share should not carry someone's personal notes.
  const [withOwn, setWithOwn] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const ownAnswer: OwnAnswerOf | undefined =
    withOwn && written > 0 ? (cardId) => answers[`${prefix}${cardId}`]?.text : undefined;
  const download = async (format: 'md' | 'anki') => {
    try {
      const [own, library] = await Promise.all([deck(), openLibrary()]);
      await library.loadLibrary();
      const whole = applyEdits(own, library.cardEdits());
      if (format === 'md') {
        downloadText(`${deckId}.md`, serializeDeck(whole, ownAnswer), 'text/markdown');
      } else {
        downloadText(`${deckId}.anki.txt`, exportAnki(whole, ownAnswer), 'text/plain');
      }
      setFailed(null);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download('md')}>
        Export as markdown
      </button>
      <button type="button" onClick={() => void download('anki')}>
        Export for Anki
      </button>
      {written > 0 && (
        <Checkbox checked={withOwn} onChange={setWithOwn}>
          with my {plural(written, 'own answer')}
        </Checkbox>
      )}
      {failed && (
        <p className="notice notice-error" role="alert">
          Not exported: {failed}. Check your connection and try again.
        </p>
      )}
    </>
  );
}
