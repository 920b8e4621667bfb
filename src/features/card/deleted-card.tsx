import { useEffect, useState } from 'react';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { deckHref } from '../../lib/route.ts';
import { openLibrary, type Library } from '../../store/decks/index.ts';
import { now } from '../../store/progress/index.ts';

type Found =
  | { readonly kind: 'looking' }
  | { readonly kind: 'none' }
  | { readonly kind: 'deleted'; readonly question: string; readonly library: Library };

/**
 * A card's URL when no deck shows the card: one the user deleted (kept, to bring back at once)
 * or one that is not there at all.
 */
export function DeletedCard({ deckId, cardId }: { deckId: string; cardId: string }) {
  const version = useDecksVersion();
  const [found, setFound] = useState<Found>({ kind: 'looking' });
  const [failure, setFailure] = useState('');
  const key = `${deckId}/${cardId}`;
  useEffect(() => {
    let live = true;
    void openLibrary()
      .then(async (library) => {
        await library.loadLibrary();
        const card = library.deletedCards().find((c) => c.key === key);
        if (live)
          setFound(
            card ? { kind: 'deleted', question: card.questionText, library } : { kind: 'none' },
          );
      })
      .catch(() => live && setFound({ kind: 'none' }));
    return () => {
      live = false;
    };
  }, [key, version]);
  if (found.kind === 'looking') return <p className="loading">Looking for this card…</p>;
  if (found.kind === 'none')
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
      await found.library.setDeleted(key, false, now());
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="panel" aria-labelledby="card-deleted">
      <h1 id="card-deleted">Deleted: {found.question}</h1>
      <p role="status">
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
