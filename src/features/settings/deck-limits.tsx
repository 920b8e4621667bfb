import { CommitField } from '../../components/commit-field.tsx';
import { useDecksVersion } from '../../hooks/use-decks-version.ts';
import { parseNumber } from '../../lib/parse-field.ts';
import { deckNewLimit } from '../../srs/deck-limit.ts';
import { LIMITS } from '../../srs/settings.ts';
import { decks } from '../../store/decks/index.ts';
import { useProgress } from '../../store/progress/index.ts';
import './deck-limits.css';

/**
 * A deck's own daily new-card limit, under the overall one: a big imported deck need not take
 * the whole day's new cards. Empty means the deck takes only the overall limit.
 */
export function DeckLimits() {
  useDecksVersion();
  const settings = useProgress((s) => s.settings);
  const update = useProgress((s) => s.updateSettings);
  // Shown with several decks, and with a limit still set after the other decks went.
  if (decks.length < 2 && Object.keys(settings.deckNewPerDay).length === 0) return null;

  // Each change also drops the limits of decks deleted since: a new deck with the same id
  // must not inherit one.
  const setLimit = (deckId: string, limit: number | null) => {
    const kept = Object.entries(settings.deckNewPerDay).filter(
      ([id]) => id !== deckId && decks.some((d) => d.id === id),
    );
    update({
      deckNewPerDay: Object.fromEntries(limit === null ? kept : [...kept, [deckId, limit]]),
    });
  };

  return (
    <fieldset className="deck-limits">
      <legend>New cards a day from each deck</legend>
      <p className="hint">
        Within the {settings.newPerDay} a day across all decks. Leave a deck empty to let it take
        what is left of those.
      </p>
      {decks.map((deck) => (
        <CommitField
          key={deck.id}
          label={deck.title}
          type="number"
          inputMode="numeric"
          min={LIMITS.newPerDay.min}
          max={LIMITS.newPerDay.max}
          placeholder="No limit of its own"
          saved={String(deckNewLimit(settings, deck.id) ?? '')}
          parse={(text) =>
            parseNumber(text, { ...LIMITS.newPerDay, integer: true, optional: true })
          }
          onCommit={(value) => setLimit(deck.id, value)}
        />
      ))}
    </fieldset>
  );
}
