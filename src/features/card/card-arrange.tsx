import { useId, useState } from 'react';
import { cardHref } from '../../lib/route.ts';
import { findDeck, openLibrary, type CardEntry } from '../../store/decks/index.ts';
import { now } from '../../store/progress/index.ts';
import { handFocus, takeFocus } from './focus-handoff.ts';
import type { Done, useCardStatus } from './use-card-status.ts';

const NEW = '\u0000new';

/**
 * Where the card sits and what it makes: move it to another section (or a new one), ask for
 * its reverse card, delete it. Each says what it did, with an Undo.
 */
export function CardArrange({
  entry,
  status,
}: {
  readonly entry: CardEntry;
  readonly status: ReturnType<typeof useCardStatus>;
}) {
  const id = useId();
  const { card, deck, key } = entry;
  const sections = findDeck(deck.id)?.sections ?? deck.sections;
  const [target, setTarget] = useState(entry.section.id);
  const [name, setName] = useState('');
  const made = card.note !== undefined;
  const reversed = deck.sections.some((s) => s.cards.some((c) => c.id === `${card.id}-reverse`));

  const move = async (): Promise<Done> => {
    const library = await openLibrary();
    const from = { id: entry.section.id, title: entry.section.title };
    const title = target === NEW ? name.trim().replace(/\s+/g, ' ') : '';
    if (target === NEW && !title) throw new Error('name the new section');
    const place =
      target === NEW
        ? { id: library.newSectionId(deck.id, title), title }
        : { id: target, title: sections.find((s) => s.id === target)?.title ?? target };
    await library.moveCard(key, place, now());
    setName('');
    return {
      message: `Moved to “${place.title}”.`,
      undo: () => library.moveCard(key, from, now()),
    };
  };
  const reverse = async (): Promise<Done> => {
    const library = await openLibrary();
    await library.setReverse(key, !reversed, now());
    return {
      message: reversed
        ? 'Its reverse card is gone (its progress is kept).'
        : 'Its reverse card is added: it asks the answer and expects the question.',
      undo: () => library.setReverse(key, reversed, now()),
    };
  };
  const remove = async (): Promise<Done> => {
    const library = await openLibrary();
    // The page then shows the card as deleted, with "Bring it back".
    handFocus(key, 'deleted');
    try {
      await library.setDeleted(key, true, now());
    } catch (error) {
      takeFocus(key, 'deleted');
      throw error;
    }
    return { message: 'Deleted.' };
  };

  return (
    <details className="card-page-arrange">
      <summary>Move, reverse or delete</summary>
      {made ? (
        <p>
          This card is made from{' '}
          <a href={cardHref(deck.id, card.note ?? '')}>another card of the deck</a>: move, reverse
          or delete that one.
        </p>
      ) : (
        <>
          <div className="card-page-arrange-row">
            <label htmlFor={`${id}-section`}>Section</label>
            <select id={`${id}-section`} value={target} onChange={(e) => setTarget(e.target.value)}>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
              <option value={NEW}>A new section…</option>
            </select>
            {target === NEW && (
              <>
                <label htmlFor={`${id}-name`}>New section’s name</label>
                <input
                  id={`${id}-name`}
                  value={name}
                  maxLength={200}
                  onChange={(e) => setName(e.target.value)}
                />
              </>
            )}
            <button
              type="button"
              disabled={status.busy || target === entry.section.id}
              onClick={() => void status.run(move, 'Not moved')}
            >
              Move
            </button>
          </div>
          <div className="actions">
            <button type="button" onClick={() => void status.run(reverse, 'Not changed')}>
              {reversed ? 'Remove its reverse card' : 'Add its reverse card'}
            </button>
            <button type="button" onClick={() => void status.run(remove, 'Not deleted')}>
              Delete this card
            </button>
          </div>
        </>
      )}
    </details>
  );
}
