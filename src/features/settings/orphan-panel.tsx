import { useId, useMemo, useState } from 'react';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { noteKeyOf } from '../../deck/edits/overlay.ts';
import { useLibrary } from '../../hooks/use-library.ts';
import { deckEntries, findCard } from '../../store/decks/index.ts';
import { useProgress } from '../../store/progress/index.ts';
import './storage-list.css';

/** Rows listed at first: a device can hold progress of thousands of cards of a deck it lacks. */
const ORPHANS_SHOWN = 50;

/**
 * Progress of cards no deck has any more (a question reworded without an `{#id}`): kept, so
 * nothing is lost, and shown here to re-attach to the reworded card or remove.
 */
export function OrphanPanel({ knownCards }: { readonly knownCards: ReadonlySet<string> }) {
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const bookmarks = useProgress((s) => s.bookmarks);
  const deleted = useDeletedCardKeys();
  const keys = new Set([
    ...Object.keys(cards),
    ...log.map((r) => r.card),
    ...Object.keys(bookmarks).filter((k) => bookmarks[k]?.on),
  ]);
  // A card the user deleted keeps its progress for when it comes back: it is not lost. So does
  // a card made from a note (a reverse card turned off, a cloze deletion taken out), with the
  // note's: it is the note's, not a reworded question's.
  const kept = (key: string) => knownCards.has(key) || deleted.has(key);
  const orphans = [...keys]
    .filter((key) => {
      const note = noteKeyOf(key);
      return !kept(key) && !(note !== undefined && kept(note));
    })
    .sort();
  const [message, setMessage] = useState('');
  const [all, setAll] = useState(false);
  // Each card's reviews counted in one pass: a device that synced progress of thousands of
  // cards whose deck it lacks counted them card by card, a freeze of seconds.
  const reviews = useMemo(() => {
    const counts = new Map<string, number>();
    for (const review of log) counts.set(review.card, (counts.get(review.card) ?? 0) + 1);
    return counts;
  }, [log]);
  if (orphans.length === 0 && !message) return null;
  const shown = all ? orphans : orphans.slice(0, ORPHANS_SHOWN);
  return (
    <section className="panel orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">Progress of cards no deck has</h2>
      {orphans.length > 0 && (
        <p>
          {orphans.length === 1 ? 'One card' : `${orphans.length} cards`} with progress{' '}
          {orphans.length === 1 ? 'is' : 'are'} in no deck any more, maybe because a question was
          reworded. The progress is kept: attach it to the card it became, or remove it.
        </p>
      )}
      <ul className="storage-list">
        {shown.map((key) => (
          <Orphan key={key} cardKey={key} reviews={reviews.get(key) ?? 0} onDone={setMessage} />
        ))}
      </ul>
      {shown.length < orphans.length && (
        <div className="actions">
          <button type="button" onClick={() => setAll(true)}>
            Show all {orphans.length}
          </button>
        </div>
      )}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </section>
  );
}

function Orphan(props: {
  readonly cardKey: string;
  readonly reviews: number;
  readonly onDone: (message: string) => void;
}) {
  const { cardKey, reviews, onDone } = props;
  const reattach = useProgress((s) => s.reattach);
  const forget = useProgress((s) => s.forget);
  const cards = useProgress((s) => s.cards);
  const selectId = useId();
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  const deckId = cardKey.split('/')[0] ?? '';
  // Only cards with no progress of their own can take it over.
  const candidates = deckEntries(deckId).filter((e) => !cards[e.key]);

  const attach = () => {
    const entry = findCard(target);
    if (!entry) return;
    onDone(
      reattach(cardKey, target)
        ? `Attached the progress of ${cardKey} to “${entry.card.questionText}”.`
        : `Not attached: “${entry.card.questionText}” has progress of its own.`,
    );
  };

  return (
    <li>
      <span>
        <code>{cardKey}</code>: {reviews} {reviews === 1 ? 'review' : 'reviews'}
      </span>
      <span className="actions">
        {candidates.length > 0 && (
          <>
            <label htmlFor={selectId}>Attach to</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">Choose a card…</option>
              {candidates.map((e) => (
                <option key={e.key} value={e.key}>
                  {e.card.questionText}
                </option>
              ))}
            </select>
            <button type="button" onClick={attach} disabled={target === ''}>
              Attach
            </button>
          </>
        )}
        {confirming ? (
          <button
            type="button"
            className="danger"
            onClick={() => {
              forget(cardKey);
              onDone(`Removed the progress of ${cardKey}.`);
            }}
          >
            Remove for good
          </button>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Remove…
          </button>
        )}
      </span>
    </li>
  );
}

/** Keys of the cards the user deleted (kept to bring back), once the library has loaded. */
function useDeletedCardKeys(): ReadonlySet<string> {
  useDecksVersion(); // drawn again when a card is deleted or brought back
  const library = useLibrary();
  return new Set(
    library && library !== 'none' ? library.deletedCards().map((card) => card.key) : [],
  );
}
