import { countCards } from '../../app/decks.ts';
import { sectionHref } from '../../app/route.ts';
import type { Deck } from '../../deck/types.ts';

/** The first screen: a deck, its sections with card counts, and a way into each. */
export function DeckOverview({ deck }: { deck: Deck }) {
  const total = countCards(deck);
  const headingId = `deck-${deck.id}`;
  return (
    <section className="deck" aria-labelledby={headingId}>
      <h1 id={headingId}>{deck.title}</h1>
      {deck.description && <p className="deck-description">{deck.description}</p>}
      <p className="deck-total">
        <strong>{total}</strong> cards in <strong>{deck.sections.length}</strong> sections
      </p>
      <ol className="section-list">
        {deck.sections.map((section) => (
          <li key={section.id}>
            <a className="section-link" href={sectionHref(deck.id, section.id)}>
              <span className="section-title">{section.title}</span>
              <span className="section-count">
                {section.cards.length} {section.cards.length === 1 ? 'card' : 'cards'}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
