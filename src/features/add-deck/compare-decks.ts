import type { Deck } from '../../deck/types.ts';

export interface DeckChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

/**
 * What re-importing a document changes, card by card. Cards are matched by id, which the
 * importer makes from the question: a card whose question is unchanged keeps its id, so its
 * progress (keyed `deckId/cardId`) carries over; a reworded question is a new card.
 */
export function compareDecks(before: Deck, after: Deck): DeckChanges {
  const cardsOf = (deck: Deck) =>
    new Map(deck.sections.flatMap((s) => s.cards).map((c) => [c.id, c]));
  const old = cardsOf(before);
  const next = cardsOf(after);
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const [id, card] of next) {
    const was = old.get(id);
    if (!was) added.push(card.questionText);
    else if (was.answer !== card.answer || (was.prompt ?? '') !== (card.prompt ?? '')) {
      changed.push(card.questionText);
    } else unchanged++;
  }
  const removed = [...old].filter(([id]) => !next.has(id)).map(([, c]) => c.questionText);
  return { added, changed, removed, unchanged };
}
