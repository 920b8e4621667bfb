import { useSyncExternalStore } from 'react';
import { decksVersion, subscribeDecks } from '../store/decks/index.ts';

/**
 * Draws the component again when the set of decks changes (the user's decks arrive, or one is
 * added, updated or deleted); the number is a dependency for what it derives from the decks.
 */
export const useDecksVersion = (): number => useSyncExternalStore(subscribeDecks, decksVersion);
