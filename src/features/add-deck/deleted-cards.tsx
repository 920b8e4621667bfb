import { useState } from 'react';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { cardHref } from '../../lib/route.ts';
import type { Library } from '../../store/decks/index.ts';
import { now } from '../../store/progress/index.ts';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Cards the user deleted, of any deck: kept, with their progress, until brought back. Deleting
 * a card hides it; nothing of it goes.
 */
export function DeletedCards({ library }: { library: Library }) {
  useDecksVersion(); // a card deleted or brought back anywhere, in any tab
  const [message, setMessage] = useState<{ text: string; href?: string } | null>(null);
  const cards = library.deletedCards();
  if (cards.length === 0 && !message) return null;
  const bringBack = async (key: string, question: string) => {
    try {
      await library.setDeleted(key, false, now());
      const [deckId = '', cardId = ''] = key.split('/');
      setMessage({ text: `“${question}” is back in its deck.`, href: cardHref(deckId, cardId) });
    } catch (error) {
      setMessage({
        text: `Not brought back: ${error instanceof Error ? error.message : String(error)}. Try again.`,
      });
    }
  };
  return (
    <section className="add-deck-deleted-cards" aria-labelledby="add-deck-deleted-cards">
      <h2 id="add-deck-deleted-cards">Deleted cards</h2>
      <p className="hint">Kept with their progress until you bring them back.</p>
      {message && (
        <p role="status">
          {message.text} {message.href && <a href={message.href}>Open it</a>}
        </p>
      )}
      <ul className="add-deck-list">
        {cards.map((card) => (
          <li key={card.key} className="add-deck-item" aria-label={card.questionText}>
            <p>
              <strong>{card.questionText}</strong> ({card.deckTitle}), deleted{' '}
              {dateFormat.format(card.at)}.
            </p>
            <div className="actions">
              <button type="button" onClick={() => void bringBack(card.key, card.questionText)}>
                Bring back
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
