import type { Deck } from '../../src/deck/types.ts';
import type { StoredDeck } from '../../src/store/decks/library-db.ts';

/**
 * A user's deck for tests: one section, "Basics", whose cards q1, q2… ask "Question 1?"… and
 * answer `answers` in turn (a number: that many cards, each answering "A.").
 */
export function deckOf(id: string, title: string, answers: readonly string[] | number = 1): Deck {
  const list = typeof answers === 'number' ? Array.from({ length: answers }, () => 'A.') : answers;
  return {
    id,
    title,
    description: '',
    sections: [
      {
        id: 'basics',
        title: 'Basics',
        cards: list.map((answer, i) => ({
          id: `q${i + 1}`,
          question: `Question **${i + 1}**?`,
          questionText: `Question ${i + 1}?`,
          answer,
          line: 3 + i * 4,
        })),
      },
    ],
  };
}

/** That deck as the library keeps it, read from `<id>.md` as plain text. */
export const storedDeckOf = (
  id: string,
  title: string,
  answers?: readonly string[] | number,
): StoredDeck => ({ deck: deckOf(id, title, answers), source: `${id}.md`, shape: 'text' });
