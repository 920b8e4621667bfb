import { useCallback, useState } from 'react';
import { useLibrary } from '../../hooks/use-library.ts';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { deckHref } from '../../lib/route.ts';
import { now } from '../../store/progress/index.ts';
import { handFocus, takeFocus } from './focus-handoff.ts';

/**
 * A card's URL when no deck shows the card: one the user deleted (kept, to bring back at once)
 * or one that is not there at all.
 */
export function DeletedCard({ deckId, cardId }: { deckId: string; cardId: string }) {
  useDecksVersion(); // drawn again when the card is brought back, here or in another tab
  const library = useLibrary();
  const [failure, setFailure] = useState('');
  const key = `${deckId}/${cardId}`;
  // Deleted from its page: reading goes on from the heading, once the library is read.
  const heading = useCallback(
    (element: HTMLHeadingElement | null) => {
      if (element && takeFocus(key, 'deleted')) element.focus({ preventScroll: true });
    },
    [key],
  );
  if (library === null) return <p className="loading">Looking for this card…</p>;
  const card = library === 'none' ? undefined : library.deletedCards().find((c) => c.key === key);
  if (library === 'none' || !card)
    return (
      <section className="panel" aria-labelledby="card-missing">
        <h1 id="card-missing">Nothing here</h1>
        <p>
          No deck has this card. <a href="#/">Go to Home</a>
        </p>
      </section>
    );
  const bringBack = async () => {
    try {
      // The card is in its deck again: this URL shows it.
      handFocus(key, 'card');
      await library.setDeleted(key, false, now());
    } catch (error) {
      takeFocus(key, 'card');
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="panel" aria-labelledby="card-deleted">
      <h1 id="card-deleted" ref={heading} tabIndex={-1}>
        Deleted: {card.questionText}
      </h1>
      <p>
        This card is deleted. Its progress is kept, and so is the card: it is listed under “Deleted
        cards” on the Add a deck page.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void bringBack()}>
          Bring it back
        </button>
        <a className="button-link" href={deckHref(deckId)}>
          Go to its deck
        </a>
      </div>
      {failure && (
        <p className="notice notice-error" role="alert">
          Not brought back: {failure}
        </p>
      )}
    </section>
  );
}
