import { useState } from 'react';
import { useCoveredDecks } from '../hooks/use-covered-decks.ts';
import { decks } from '../store/decks/index.ts';
import { toggleDeck } from '../srs/interview-deck-choice.ts';
import { useProgress } from '../store/progress/index.ts';
import { Checkbox } from './checkbox.tsx';
import './interview-decks-input.css';

/**
 * "Decks this interview covers": one box per deck, saved at once, shown only when there is
 * more than one deck. Unticking the last one is refused with a message; the choice stays.
 */
export function InterviewDecksInput() {
  const chosen = useProgress((s) => s.settings.interviewDecks);
  const update = useProgress((s) => s.updateSettings);
  const covered = useCoveredDecks();
  const [refused, setRefused] = useState(false);
  if (decks.length < 2) return null;

  const toggle = (id: string, on: boolean) => {
    const next = toggleDeck(
      covered,
      decks.map((deck) => deck.id),
      chosen,
      id,
      on,
    );
    setRefused(next === null);
    if (next) update(next);
  };

  return (
    <fieldset className="interview-decks-input">
      <legend>Decks this interview covers</legend>
      {decks.map((deck) => (
        <Checkbox
          key={deck.id}
          className="checkbox-line"
          checked={covered.includes(deck.id)}
          onChange={(on) => toggle(deck.id, on)}
        >
          {deck.title}
        </Checkbox>
      ))}
      {refused && (
        <p className="field-error" role="alert">
          Keep at least one deck: the countdown plans the decks ticked here.
        </p>
      )}
    </fieldset>
  );
}
