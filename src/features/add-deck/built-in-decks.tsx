import { builtInDecks, loadBuiltInDeck } from '../../store/decks/index.ts';
import { ExportActions } from '../../components/export-actions.tsx';

/** The decks that come with the app can be exported too: to Anki, or with your own answers. */
export function BuiltInDecks() {
  return (
    <section className="add-deck-yours" aria-labelledby="add-deck-built-in">
      <h2 id="add-deck-built-in">Decks that come with PrepDeck</h2>
      <ul className="add-deck-list">
        {builtInDecks().map((outline) => (
          <li key={outline.id} className="add-deck-item">
            <p className="add-deck-question">{outline.title}</p>
            <div className="actions">
              <ExportActions
                deckId={outline.id}
                cardIds={outline.sections.flatMap((s) => s.cards.map((c) => c.id))}
                deck={async () => {
                  const deck = await loadBuiltInDeck(outline.id);
                  if (!deck) throw new Error(`the deck ${outline.id} could not be loaded`);
                  return deck;
                }}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
