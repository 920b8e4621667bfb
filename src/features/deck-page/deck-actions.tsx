import { ExportActions } from '../../components/export-actions.tsx';
import type { DeckOutline } from '../../deck/types.ts';
import { builtInDecks, loadBuiltInDeck, openLibrary } from '../../store/decks/index.ts';

/** The whole deck (answers too), for an export: a built-in deck's chunk, or the saved deck. */
async function wholeDeck(id: string) {
  const builtIn = builtInDecks().some((d) => d.id === id);
  const deck = builtIn
    ? await loadBuiltInDeck(id)
    : (await openLibrary()).libraryDecks().find((stored) => stored.deck.id === id)?.deck;
  if (!deck) throw new Error(`the deck ${id} could not be loaded`);
  return deck;
}

/** What can be done with the deck as a whole: export it, and where to rename or update it. */
export function DeckActions({ deck }: { deck: DeckOutline }) {
  const builtIn = builtInDecks().some((d) => d.id === deck.id);
  return (
    <section className="deck-page-actions" aria-labelledby={`deck-actions-${deck.id}`}>
      <h2 id={`deck-actions-${deck.id}`}>This deck</h2>
      <div className="actions">
        <ExportActions
          deckId={deck.id}
          cardIds={deck.sections.flatMap((s) => s.cards.map((c) => c.id))}
          deck={() => wholeDeck(deck.id)}
        />
      </div>
      <p className="hint">
        {builtIn ? (
          'This deck comes with PrepDeck and is updated with the app.'
        ) : (
          <>
            Rename it, update it from a new version of its document or delete it in{' '}
            <a href="#/add-deck">Add a deck › Your decks</a>.
          </>
        )}
      </p>
    </section>
  );
}
