import { useEffect, useRef, useState } from 'react';
import type { Deck } from '../../deck/types.ts';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { now } from '../../store/progress/index.ts';
import { plural } from '../../lib/plural.ts';
import type { ImportResult } from '../../deck/import/types.ts';
import type { DeletedDeck, Library, StoredDeck } from '../../store/decks/index.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { compareDecks, type DeckChanges } from './compare-decks.ts';
import { ExportActions } from '../../components/export-actions.tsx';
import { runImport } from './run-import.ts';
import { DOCUMENT_TYPES } from './document-types.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const cardCount = (deck: Deck) => deck.sections.reduce((n, s) => n + s.cards.length, 0);

/**
 * The user's saved decks: rename, export (deck-format markdown, Anki text), delete with a
 * confirmation and an undo; deleted ones are kept aside for 30 days. Progress is keyed by
 * card, so none of this touches it.
 */
export function YourDecks({ library }: { library: Library }) {
  useDecksVersion();
  const [deleted, setDeleted] = useState<DeletedDeck | null>(null);
  // What could not be done, and why (a refused restore, a database another tab holds).
  const [problem, setProblem] = useState('');
  useEffect(() => void library.purgeOldDeleted(now()), [library]);
  const stored = library.libraryDecks();
  const aside = library.deletedDecks();
  if (stored.length === 0 && aside.length === 0 && !deleted) return null;
  // `act` resolves to a reason (text) when it was refused, to anything else when it was done.
  const attempt = async (failed: string, act: () => Promise<unknown>) => {
    try {
      const outcome = await act();
      const reason = typeof outcome === 'string' ? outcome : '';
      setProblem(reason && `${failed}: ${reason}`);
      return !reason;
    } catch (error) {
      setProblem(`${failed}: ${error instanceof Error ? error.message : String(error)}.`);
      return false;
    }
  };
  const restore = async (key: number) => {
    if ((await attempt('Not restored', () => library.restoreDeck(key))) && deleted?.key === key)
      setDeleted(null);
  };
  return (
    <section className="add-deck-yours" aria-labelledby="add-deck-yours">
      <h2 id="add-deck-yours">Your decks</h2>
      {deleted && (
        <p role="status">
          Deleted “{deleted.stored.deck.title}”; its progress is kept, and the deck is under
          Recently deleted for 30 days.{' '}
          <button type="button" onClick={() => void restore(deleted.key)}>
            Undo
          </button>
        </p>
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <ul className="add-deck-list">
        {stored.map((s) => (
          <YourDeck
            key={s.deck.id}
            stored={s}
            library={library}
            onDeleted={(gone) => setDeleted(gone ?? null)}
            attempt={attempt}
          />
        ))}
      </ul>
      {aside.length > 0 && (
        <>
          <h3>Recently deleted</h3>
          <p className="hint">Kept for 30 days after deleting, with their progress.</p>
          <ul className="add-deck-list">
            {aside.toReversed().map((d) => (
              <DeletedItem
                key={d.key}
                aside={d}
                onRestore={() => void restore(d.key)}
                onForget={() => {
                  if (deleted?.key === d.key) setDeleted(null);
                  void attempt('Not deleted', () => library.forgetDeck(d.key));
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DeletedItem(props: { aside: DeletedDeck; onRestore: () => void; onForget: () => void }) {
  const { aside, onRestore, onForget } = props;
  const { deck } = aside.stored;
  return (
    <li className="add-deck-item" aria-label={deck.title}>
      <p>
        <strong>{deck.title}</strong>: {plural(cardCount(deck), 'card')}, deleted{' '}
        {dateFormat.format(aside.deletedAt)}.
      </p>
      <div className="actions">
        <button type="button" onClick={onRestore}>
          Restore
        </button>
        <ConfirmButton
          label="Delete forever…"
          confirmLabel={`Delete “${deck.title}” forever`}
          onConfirm={onForget}
        />
      </div>
    </li>
  );
}

function YourDeck({
  stored,
  library,
  onDeleted,
  attempt,
}: {
  stored: StoredDeck;
  library: Library;
  onDeleted: (gone: DeletedDeck | undefined) => void;
  attempt: (failed: string, act: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { deck } = stored;
  const [name, setName] = useState(deck.title);
  const [update, setUpdate] = useState<{
    file: string;
    result: ImportResult;
    changes: DeckChanges | null;
  } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const reimport = async (picked: File | undefined) => {
    if (!picked) return;
    const bytes = new Uint8Array(await picked.arrayBuffer());
    // Read the way the deck was: its shape and the fixes made in its preview.
    const result = await runImport(bytes, {
      path: picked.name,
      shape: stored.shape ?? undefined,
      fixes: stored.fixes,
    });
    setUpdate({
      file: picked.name,
      result,
      changes: result.deck ? compareDecks(deck, result.deck) : null,
    });
  };
  const cards = cardCount(deck);
  const rename = (title: string) =>
    void attempt('Not renamed', () => library.saveDeck({ ...stored, deck: { ...deck, title } }));
  return (
    <li className="add-deck-item">
      <form
        className="field add-deck-rename"
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
        <ExportActions
          deckId={deck.id}
          cardIds={deck.sections.flatMap((s) => s.cards.map((c) => c.id))}
          deck={() => Promise.resolve(deck)}
        />
        <button type="button" onClick={() => file.current?.click()}>
          Update from a new version…
        </button>
        <input
          ref={file}
          type="file"
          accept={DOCUMENT_TYPES}
          aria-label={`New version of ${deck.title}`}
          className="add-deck-file"
          onChange={(event) => {
            void reimport(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <ConfirmButton
          label="Delete…"
          confirmLabel={`Delete “${deck.title}”`}
          onConfirm={() =>
            void attempt('Not deleted', async () =>
              onDeleted(await library.removeDeck(deck.id, now())),
            )
          }
        />
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
                      .saveDeck({
                        deck: { ...next, id: deck.id, title: deck.title },
                        source: update.file,
                        shape: update.result.shape,
                        fixes: stored.fixes,
                      })
                      .then(() => setUpdate(null));
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
