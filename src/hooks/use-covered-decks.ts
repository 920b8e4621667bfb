import { decks, decksVersion } from '../store/decks/index.ts';
import { coveredDecks } from '../srs/interview-decks.ts';
import { useProgress } from '../store/progress/index.ts';

/** Ids of the loaded decks the interview countdown covers (Settings: "Decks this interview covers"). */
export function useCoveredDecks(): readonly string[] {
  const chosen = useProgress((s) => s.settings.interviewDecks);
  // `decks` is a live list; the app draws the screen again when it changes.
  const loaded = decks.map((deck) => deck.id);
  return coveredDecks(chosen, loaded, decksVersion() > 0);
}
