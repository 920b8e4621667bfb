import { useRef, useState } from 'react';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { plural } from '../../lib/plural.ts';
import type { ImportResult } from '../../deck/import/types.ts';
import type { StoredDeck } from '../../store/deck-library.ts';
import { compareDecks, type DeckChanges } from './compare-decks.ts';
import { ExportActions } from './export-actions.tsx';
import { keepOwnAnswers } from './keep-own-answers.ts';
import { runImport } from './run-import.ts';

type Library = typeof import('../../lib/deck-library.ts');

/**
 * The user's saved decks: rename, export (deck-format markdown, Anki text), delete with a
 * confirmation and an undo. Progress is keyed by card, so none of this touches it.
 */
export function YourDecks({ library }: { library: Library }) {
  useDecksVersion();
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
  const [update, setUpdate] = useState<{
    file: string;
    result: ImportResult;
    changes: DeckChanges | null;
  } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const reimport = async (picked: File | undefined) => {
    if (!picked) return;
    const bytes = new Uint8Array(await picked.arrayBuffer());
    const result = await runImport(bytes, { path: picked.name, shape: stored.shape ?? undefined });
    setUpdate({
      file: picked.name,
      result,
      changes: result.deck ? compareDecks(deck, result.deck) : null,
    });
  };
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
        <ExportActions deckId={deck.id} deck={() => Promise.resolve(deck)} />
        <button type="button" onClick={() => file.current?.click()}>
          Update from a new version…
        </button>
        <input
          ref={file}
          type="file"
          accept=".md,.markdown,.txt,.csv,.tsv"
          aria-label={`New version of ${deck.title}`}
          className="add-deck-file"
          onChange={(event) => {
            void reimport(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
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
      {update && (
        <div className="notice" role="status">
          {update.changes && update.result.deck ? (
            <>
              <p>
                {update.file}: {plural(update.changes.added.length, 'new card')},{' '}
                {plural(update.changes.changed.length, 'changed card')},{' '}
                {plural(update.changes.removed.length, 'removed card')}, {update.changes.unchanged}{' '}
                unchanged. Cards whose question is unchanged keep their progress.
              </p>
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    const next = update.result.deck;
                    if (!next) return;
                    void library
                      .saveDeck(
                        { ...next, id: deck.id, title: deck.title },
                        update.file,
                        update.result.shape,
                      )
                      .then((own) => {
                        keepOwnAnswers(deck.id, own);
                        setUpdate(null);
                      });
                  }}
                >
                  Save the update
                </button>
                <button type="button" onClick={() => setUpdate(null)}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <p>
              Nothing read from {update.file}: {update.result.messages[0]?.reason}.{' '}
              <button type="button" onClick={() => setUpdate(null)}>
                Dismiss
              </button>
            </p>
          )}
        </div>
      )}
    </li>
  );
}
