import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/deck/check-deck.ts';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { MAX_DECK_CARDS } from '../../src/deck/limits.ts';

// The largest deck the importer makes (a CSV of 100,000 rows) is read back by the app's own
// checks — the library's on every start, a backup's on restore — instead of being refused as
// damaged; one row more is refused at its line, with nothing saved.

const csv = (rows: number) =>
  [
    'Question,Answer',
    ...Array.from({ length: rows }, (_, i) => `What is item ${i + 1}?,It is number ${i + 1}.`),
  ].join('\n');

describe('the largest deck', () => {
  it(`${MAX_DECK_CARDS.toLocaleString('en')} CSV rows: imported, and accepted by the checks of a saved deck`, () => {
    const { deck, messages } = importDocument(csv(MAX_DECK_CARDS), { path: 'big.csv' });
    if (!deck) throw new Error(messages.map((m) => m.reason).join('; '));
    const cards = deck.sections.reduce((sum, s) => sum + s.cards.length, 0);
    expect(cards).toBe(MAX_DECK_CARDS);
    const checked = checkDeck(JSON.parse(JSON.stringify(deck)));
    expect('reason' in checked ? checked.reason : 'ok').toBe('ok');
  }, 60_000);

  it('one row more: refused at the line of the card past the limit', () => {
    const { deck, messages } = importDocument(csv(MAX_DECK_CARDS + 1), { path: 'big.csv' });
    expect(deck).toBeNull();
    expect(messages).toContainEqual(
      expect.objectContaining({
        path: 'big.csv',
        line: MAX_DECK_CARDS + 2,
        ruleId: 'too-many-cards',
        reason: '100,001 cards, expected at most 100,000 in one deck: split the document',
      }),
    );
  }, 60_000);
});
