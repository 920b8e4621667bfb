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
      /^#separator:tab\n#html:true\n#notetype:Basic\n#deck:.+\n#columns:Front\tBack\tDeck\tTags\n#deck column:3\n#tags column:4\n/,
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

describe('exports with the reader’s own answers', () => {
  const deck = firstImport('aws-source');
  const [first, second, third] = cards(deck);
  // Own answers a person might write: one with a heading-like line and a list, one plain.
  const mine = new Map([
    [first?.id, '# Not a card\n\nEC2 is **virtual machines**:\n- pick a type\n- pay by the second'],
    [third?.id, 'Lambda runs code without servers.'],
  ]);
  const ownAnswer = (id: string) => mine.get(id);

  it('the deck format keeps them apart from the model answers, and reads them back', () => {
    const markdown = serializeDeck(deck, ownAnswer);
    const again = parseDeck(markdown, `${deck.id}.md`);
    expect(again.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const back = cards(again.deck);
    expect(back.map((c) => c.answer)).toEqual(cards(deck).map((c) => c.answer));
    expect(back[0]?.ownAnswer).toBe(mine.get(first?.id));
    expect(back[1]?.ownAnswer).toBeUndefined();
    expect(back[2]?.ownAnswer).toBe(mine.get(third?.id));
    expect(back.map((c) => c.questionText)).toEqual(cards(deck).map((c) => c.questionText));
    // GitHub shows it as a labelled quote under the answer; the marker itself is invisible.
    expect(markdown).toContain('<!-- my answer -->\n\n> *My answer*\n>\n> # Not a card');
    expect(markdown.match(/<!-- my answer -->/g)).toHaveLength(2);
    const secondCard = markdown.slice(
      markdown.indexOf(`### ${second?.question ?? '?'}`),
      markdown.indexOf(`### ${third?.question ?? '?'}`),
    );
    expect(secondCard).toContain(second?.answer);
    expect(secondCard).not.toContain('My answer');
  });

  it('an own answer written by hand below the marker is read as it stands', () => {
    const markdown = [
      '# Notes',
      '## Compute',
      '### What is EC2?',
      'Virtual servers.',
      '<!-- my answer -->',
      'Rented VMs, billed per second.',
      '### What is S3?',
      'Object storage.',
    ].join('\n\n');
    const parsed = cards(parseDeck(markdown, 'notes.md').deck);
    expect(parsed.map((c) => [c.answer, c.ownAnswer])).toEqual([
      ['Virtual servers.', 'Rented VMs, billed per second.'],
      ['Object storage.', undefined],
    ]);
  });

  it('Anki text read back by PrepDeck keeps them apart too', () => {
    const again = importDocument(exportAnki(deck, ownAnswer), { path: 'aws.txt' });
    expect(again.shape).toBe('anki');
    const back = cards(again.deck);
    const text = (c: (typeof back)[number] | undefined) =>
      words(`${c?.prompt ?? ''} ${c?.answer ?? ''}`);
    expect(back.map(text)).toEqual(cards(deck).map(text));
    expect(back[0]?.ownAnswer).toContain('EC2 is **virtual machines**');
    expect(back[0]?.ownAnswer).not.toContain('My answer');
    expect(back[2]?.ownAnswer).toBe('Lambda runs code without servers.');
    expect(back.filter((c) => c.ownAnswer)).toHaveLength(2);
  });

  it('other shapes read an own answer below the marker apart, but not one inside code', () => {
    const markdown = [
      '## What is EC2?',
      'Virtual servers.',
      '<!-- my answer -->',
      '> *My answer*',
      '>',
      '> Rented VMs.',
      '## How is a marker written?',
      '```html',
      '<!-- my answer -->',
      '```',
    ].join('\n\n');
    const read = cards(importDocument(markdown, { path: 'notes.md' }).deck);
    expect(read.map((c) => [c.answer, c.ownAnswer])).toEqual([
      ['Virtual servers.', 'Rented VMs.'],
      ['```html\n\n<!-- my answer -->\n\n```', undefined],
    ]);
  });

  it('in the deck format, a marker above <!-- answer --> is the prompt’s, and an own answer alone is an error', () => {
    const prompt = parseDeck(
      ['# D', '## S', '### Q?', 'code', '<!-- my answer -->', 'x', '<!-- answer -->', 'A.'].join(
        '\n\n',
      ),
      'd.md',
    );
    expect(cards(prompt.deck)[0]).toMatchObject({ answer: 'A.' });
    expect(cards(prompt.deck)[0]?.ownAnswer).toBeUndefined();
    const alone = parseDeck(
      ['# D', '## S', '### Q?', '<!-- my answer -->', '> mine'].join('\n\n'),
      'd.md',
    );
    expect(alone.deck).toBeNull();
    expect(alone.messages.map((m) => m.reason)).toEqual([
      'Only your own answer for "Q?", expected the model answer above `<!-- my answer -->`',
    ]);
  });

  it('Anki text puts them on the back below the model answer', () => {
    const anki = exportAnki(deck, ownAnswer);
    expect(anki.match(/<hr><p><b>My answer<\/b><\/p>/g)).toHaveLength(2);
    expect(anki).toContain(
      '<hr><p><b>My answer</b></p><h1>Not a card</h1>\n<p>EC2 is <strong>virtual machines</strong>',
    );
    expect(anki).toContain('<hr><p><b>My answer</b></p><p>Lambda runs code without servers.</p>');
    expect(exportAnki(deck)).not.toContain('My answer');
  });
});
