import { useState, useSyncExternalStore } from 'react';
import { exportAnki } from '../../deck/export/export-anki.ts';
import { serializeDeck } from '../../deck/export/serialize-deck.ts';
import type { Deck } from '../../deck/types.ts';
import { decksVersion, subscribeDecks } from '../../lib/decks.ts';
import { downloadText } from '../../lib/download.ts';
import type { StoredDeck } from '../../store/deck-library.ts';

type Library = typeof import('../../lib/deck-library.ts');

/**
 * The user's saved decks: rename, export (deck-format markdown, Anki text), delete with a
 * confirmation and an undo. Progress is keyed by card, so none of this touches it.
 */
export function YourDecks({ library }: { library: Library }) {
  useSyncExternalStore(subscribeDecks, decksVersion);
  const [deleted, setDeleted] = useState<StoredDeck | null>(null);
  const stored = library.libraryDecks();
  if (stored.length === 0 && !deleted) return null;
  return (
    <section className="add-deck-yours" aria-labelledby="add-deck-yours">
      <h2 id="add-deck-yours">Your decks</h2>
      {deleted && (
        <p role="status">
          Deleted “{deleted.deck.title}”; its progress is kept.{' '}
          <button
            type="button"
            onClick={() =>
              void library
                .saveDeck(deleted.deck, deleted.source, deleted.shape)
                .then(() => setDeleted(null))
            }
          >
            Undo
          </button>
        </p>
      )}
      <ul className="add-deck-list">
        {stored.map((s) => (
          <YourDeck
            key={s.deck.id}
            stored={s}
            library={library}
            onDeleted={(gone) => setDeleted(gone ?? null)}
          />
        ))}
      </ul>
    </section>
  );
}

function YourDeck({
  stored,
  library,
  onDeleted,
}: {
  stored: StoredDeck;
  library: Library;
  onDeleted: (gone: StoredDeck | undefined) => void;
}) {
  const { deck } = stored;
  const [name, setName] = useState(deck.title);
  const [confirming, setConfirming] = useState(false);
  const cards = deck.sections.reduce((n, s) => n + s.cards.length, 0);
  const rename = (title: string) =>
    void library.saveDeck({ ...deck, title }, stored.source, stored.shape);
  return (
    <li className="add-deck-item">
      <form
        className="add-deck-rename"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '' && name.trim() !== deck.title) rename(name.trim());
        }}
      >
        <label htmlFor={`rename-${deck.id}`}>
          Name of the deck of {cards} cards from {stored.source}
        </label>
        <input id={`rename-${deck.id}`} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit">Rename</button>
      </form>
      <div className="actions">
        <button type="button" onClick={() => exportAs(deck, 'md')}>
          Export as markdown
        </button>
        <button type="button" onClick={() => exportAs(deck, 'anki')}>
          Export for Anki
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="add-deck-danger"
              onClick={() => void library.removeDeck(deck.id).then(onDeleted)}
            >
              Delete “{deck.title}”
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>
    </li>
  );
}

function exportAs(deck: Deck, format: 'md' | 'anki'): void {
  if (format === 'md') downloadText(`${deck.id}.md`, serializeDeck(deck), 'text/markdown');
  else downloadText(`${deck.id}.anki.txt`, exportAnki(deck), 'text/plain');
}
