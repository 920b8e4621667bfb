import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportAnki } from '../../src/deck/export/export-anki.ts';
import { serializeDeck } from '../../src/deck/export/serialize-deck.ts';
import { parseDeck } from '../../src/deck/index.ts';
import { importDocument } from '../../src/deck/import/import-document.ts';
import type { Deck } from '../../src/deck/types.ts';
import { DECK_PATH, SOURCE_PATH, words } from '../support/aws-source.ts';
import { fixturePath } from '../support/import-fixture.ts';

const FIXTURES = readdirSync(fixturePath('.')).sort();
const source = (name: string) =>
  name === 'aws-source' ? readFileSync(SOURCE_PATH) : readFileSync(fixturePath(name));
const CASES = [...FIXTURES, 'aws-source'];

function firstImport(name: string): Deck {
  const { deck } = importDocument(source(name), { path: name });
  if (!deck) throw new Error(`${name} did not import`);
  return deck;
}

const cards = (deck: Deck | null | undefined) => deck?.sections.flatMap((s) => s.cards) ?? [];

describe('import → deck format → import', () => {
  it.each(CASES)('%s keeps every section, question, id, prompt and answer exactly', (name) => {
    const deck = firstImport(name);
    const markdown = serializeDeck(deck);
    const parsed = parseDeck(markdown, `${deck.id}.md`);
    expect(parsed.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const again = importDocument(markdown, { path: `${deck.id}.md` });
    expect(again.shape).toBe('deck');
    const strip = (d: Deck | null | undefined) => cards(d).map(({ line: _line, ...card }) => card);
    expect(strip(again.deck)).toEqual(strip(deck));
    expect(again.deck?.sections.map((s) => [s.id, s.title])).toEqual(
      deck.sections.map((s) => [s.id, s.title]),
    );
    expect(again.deck?.title).toBe(deck.title);
  });

  it('the authored AWS deck comes back from the deck format unchanged', () => {
    const authored = parseDeck(readFileSync(DECK_PATH, 'utf8'), 'content/aws-backend-interview.md');
    const deck = authored.deck as Deck;
    const again = parseDeck(serializeDeck(deck), 'content/aws-backend-interview.md');
    expect(again.messages).toEqual([]);
    expect(cards(again.deck).map(({ line: _l, ...c }) => c)).toEqual(
      cards(deck).map(({ line: _l, ...c }) => c),
    );
  });
});

describe('import → Anki text → import', () => {
  it.each(CASES)('%s keeps every question and the words of every answer', (name) => {
    const deck = firstImport(name);
    const anki = exportAnki(deck);
    expect(anki).toMatch(
      /^#separator:tab\n#html:true\n#notetype:Basic\n#deck:.+\n#columns:Front\tBack\tDeck\n/,
    );
    const again = importDocument(anki, { path: `${deck.id}.txt` });
    expect(again.shape).toBe('anki');
    expect(again.deck?.title).toBe(deck.title.replace(/::/g, ':'));
    expect(again.deck?.sections.map((s) => s.title)).toEqual(deck.sections.map((s) => s.title));
    const before = cards(deck);
    const after = cards(again.deck);
    expect(after.map((c) => c.questionText)).toEqual(before.map((c) => c.questionText));
    for (const [i, card] of before.entries()) {
      const text = (c: typeof card | undefined) => words(`${c?.prompt ?? ''} ${c?.answer ?? ''}`);
      expect(text(after[i])).toEqual(text(card));
    }
  });
});
