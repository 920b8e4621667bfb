import { useId } from 'react';
import { decks } from '../store/decks/index.ts';

/** "Deck": every deck ('') or one, by id. Shown only where there are several decks. */
export function DeckSelect({
  value,
  onChange,
  className = 'field',
}: {
  value: string;
  onChange: (deckId: string) => void;
  className?: string;
}) {
  const id = useId();
  if (decks.length < 2) return null;
  return (
    <div className={className}>
      <label htmlFor={id}>Deck</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All decks</option>
        {decks.map((deck) => (
          <option key={deck.id} value={deck.id}>
            {deck.title}
          </option>
        ))}
      </select>
    </div>
  );
}
