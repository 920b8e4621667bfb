export {
  loadAllAnswers,
  loadAnswers,
  loadBuiltInDeck,
  writtenText,
  type Answers,
} from './answers.ts';
export {
  ALL_DECKS,
  allDecksOutline,
  allEntries,
  awaitedDecks,
  builtInDecks,
  deckEntries,
  decks,
  decksVersion,
  findCard,
  findDeck,
  studyEntries,
  stopAwaitingDecks,
  subscribeDecks,
  type CardEntry,
} from './catalogue.ts';
export { type DeletedDeck, type StoredDeck } from './library-db.ts';
export { checkStoredDeck } from './stored-deck-check.ts';

export { librarySaved } from './library-marker.ts';
export { openLibrary, savedDecks, savedEdits, type Library } from './open-library.ts';
