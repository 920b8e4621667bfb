import { useState } from 'react';
import { LazyNewCardEditor } from '../../components/card-editor/lazy-card-editor.tsx';
import type { DeckOutline } from '../../deck/types.ts';
import { plural } from '../../lib/plural.ts';
import { cardHref } from '../../lib/route.ts';
import { findCard, openLibrary } from '../../store/decks/index.ts';
import { now } from '../../store/progress/index.ts';

interface Said {
  readonly message: string;
  readonly href?: string;
  readonly failed?: boolean;
}

/**
 * The deck's cards as the user's to shape: add a card (in a section, or a new one), and ask for
 * every card's reverse card (vocabulary-like decks). Any deck, the built-in ones too: their
 * cards are a layer of the user's over the deck.
 */
export function DeckCards({ deck }: { deck: DeckOutline }) {
  const [adding, setAdding] = useState(false);
  const [said, setSaid] = useState<Said | null>(null);
  const cards = deck.sections.flatMap((s) => s.cards);
  const notes = cards.filter((c) => c.note === undefined);
  const reversed = cards.filter((c) => c.note !== undefined && c.id.endsWith('-reverse')).length;
  const allReversed = notes.length > 0 && reversed >= notes.length;

  const reverseAll = async () => {
    try {
      const library = await openLibrary();
      const changed = await library.setDeckReverse(deck.id, !allReversed, now());
      setSaid({
        message: allReversed
          ? `${plural(changed, 'reverse card')} removed (their progress is kept).`
          : `${plural(changed, 'reverse card')} added: each asks an answer and expects its question.`,
      });
    } catch (error) {
      setSaid({
        message: `Not changed: ${error instanceof Error ? error.message : String(error)}`,
        failed: true,
      });
    }
  };

  if (adding)
    return (
      <LazyNewCardEditor
        deck={deck}
        headingLevel={2}
        onCancel={() => setAdding(false)}
        onAdded={(key) => {
          setAdding(false);
          const entry = findCard(key);
          setSaid({
            message: `Added “${entry?.card.questionText ?? 'your card'}” to ${entry?.section.title ?? 'the deck'}.`,
            href: cardHref(deck.id, key.slice(deck.id.length + 1)),
          });
        }}
      />
    );
  return (
    <section className="deck-page-cards" aria-labelledby={`deck-cards-${deck.id}`}>
      <h2 id={`deck-cards-${deck.id}`}>Your cards</h2>
      <div className="actions">
        <button type="button" onClick={() => setAdding(true)}>
          Add a card
        </button>
        <button type="button" onClick={() => void reverseAll()}>
          {allReversed ? 'Remove the reverse cards' : 'Add a reverse card for every card'}
        </button>
      </div>
      <p className="hint">
        Edit, move or delete a card on its page. A question with <code>{'{{c1::…}}'}</code> makes
        one card per deletion.
      </p>
      {said && (
        <p
          role={said.failed ? 'alert' : 'status'}
          className={said.failed ? 'notice notice-error' : ''}
        >
          {said.message} {said.href && <a href={said.href}>Open it</a>}
        </p>
      )}
    </section>
  );
}
