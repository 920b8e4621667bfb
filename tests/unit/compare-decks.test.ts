import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { compareDecks } from '../../src/features/add-deck/compare-decks.ts';

const deckOf = (text: string) => {
  const deck = importDocument(text, { path: 'notes.txt' }).deck;
  if (!deck) throw new Error('no deck');
  return deck;
};

describe('compareDecks (re-importing an updated document)', () => {
  it('says what is new, changed, removed and unchanged, matching cards by question', () => {
    const before = deckOf(
      'Q: What is a goroutine?\nA: A light thread.\n\nQ: What is a channel?\nA: A pipe.\n\nQ: What is defer?\nA: Runs later.',
    );
    const after = deckOf(
      'Q: What is a goroutine?\nA: A light thread.\n\nQ: What is a channel?\nA: A typed pipe.\n\nQ: What is a slice?\nA: A view of an array.',
    );
    expect(compareDecks(before, after)).toEqual({
      added: ['What is a slice?'],
      changed: ['What is a channel?'],
      removed: ['What is defer?'],
      unchanged: 1,
    });
    // Same questions, same ids: progress keyed by deck and card id carries over.
    const ids = (d: typeof before) => d.sections.flatMap((s) => s.cards.map((c) => c.id));
    expect(ids(after).slice(0, 2)).toEqual(ids(before).slice(0, 2));
  });
});
