import {
  decodeOwnAnswers,
  ownAnswerProblem,
  setOwnAnswer,
  type OwnAnswers,
} from '../../deck/key-points/own-answer.ts';
import { useNotes } from '../notes/index.ts';

/**
 * Own answers a deck's file carried (an export "with my answers"), to save with the deck: for
 * the cards the reader has written nothing on yet (what is written here wins), stamped `at`.
 */
export function answersToCarry(
  deckId: string,
  own: ReadonlyMap<string, string>,
  at: number,
): OwnAnswers {
  const { answers } = useNotes.getState();
  let carried: OwnAnswers = {};
  for (const [cardId, text] of own) {
    const key = `${deckId}/${cardId}`;
    if (answers[key] || ownAnswerProblem(text)) continue;
    carried = setOwnAnswer(carried, key, text, at);
  }
  return carried;
}

/**
 * Puts the answers a saved deck carried into the reader's notes, unless a note is as new or
 * newer (an edit or a deletion made since). Run after each save and each read of the library,
 * so answers saved with a deck reach the notes even if the tab closed in between. Returns how
 * many were taken in.
 */
export function takeInCarried(found: unknown): number {
  const { answers: carried } = decodeOwnAnswers(found);
  const notes = useNotes.getState();
  const fresh: Record<string, OwnAnswers[string]> = {};
  let count = 0;
  for (const [key, answer] of Object.entries(carried)) {
    const mine = notes.answers[key];
    if (mine && mine.at >= answer.at) continue;
    fresh[key] = answer;
    count++;
  }
  if (count > 0) notes.merge(fresh);
  return count;
}
