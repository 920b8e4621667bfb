import { useDeckQueue } from '../../hooks/use-deck-queue.ts';
import { countCards } from '../../lib/decks.ts';
import { sectionHref, studyHref } from '../../lib/route.ts';
import { useNow } from '../../lib/use-now.ts';
import type { Deck } from '../../deck/types.ts';

/** The first screen: a deck, what is due today, and its sections with card counts. */
export function DeckOverview({ deck }: { deck: Deck }) {
  const total = countCards(deck);
  const headingId = `deck-${deck.id}`;
  const { counts } = useDeckQueue(deck.id, useNow(60_000));
  const due = counts.new + counts.learning + counts.review;
  return (
    <section className="deck" aria-labelledby={headingId}>
      <h1 id={headingId}>{deck.title}</h1>
      {deck.description && <p className="deck-description">{deck.description}</p>}
      <div className="study-now">
        <a className="button-link primary" href={studyHref(deck.id)}>
          {due > 0 ? `Study now · ${due} ${due === 1 ? 'card' : 'cards'}` : 'Study'}
        </a>
        <p className="study-now-counts">
          <span className="count-new">{counts.new} new</span> ·{' '}
          <span className="count-learning">{counts.learning} learning</span> ·{' '}
          <span className="count-review">{counts.review} to review</span>
        </p>
      </div>
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
