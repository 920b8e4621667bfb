import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/deck/check-deck.ts';
import { exportAnki } from '../../src/deck/export/export-anki.ts';
import { serializeDeck } from '../../src/deck/export/serialize-deck.ts';
import { expandCloze } from '../../src/deck/import/cloze.ts';
import { htmlToMarkdown } from '../../src/deck/import/html-to-markdown.ts';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { parseDeck } from '../../src/deck/parse-deck.ts';
import type { Deck } from '../../src/deck/types.ts';
import { cardsOf, importFixture } from '../support/import-fixture.ts';

// An Anki 2.1.50+ "Notes in Plain Text" export with guid, note type, deck and tags columns:
// Basic, Cloze, "Basic (and reversed card)" and "Basic (optional reversed card)" notes in a
// parent deck and two sub-decks.
const FIXTURE = 'anki-cloze-reversed-tags.txt';
const imported = importFixture(FIXTURE);
const cards = cardsOf(imported);
const card = (questionText: string) => {
  const found = cards.find((c) => c.questionText === questionText);
  if (!found) throw new Error(`no card "${questionText}"`);
  return found;
};

const anki = (...lines: string[]) =>
  importDocument(['#separator:tab', '#html:true', ...lines].join('\n'), { path: 'export.txt' });

describe('an Anki "Notes in Plain Text" export', () => {
  it('is named after the decks’ parent, with one section per sub-deck', () => {
    expect(imported.shape).toBe('anki');
    expect(imported.deck?.title).toBe('Geography');
    expect(imported.deck?.sections.map((s) => [s.title, s.cards.length])).toEqual([
      ['Capitals', 8],
      ['Rivers', 5],
      ['Geography', 1],
    ]);
    expect(imported.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('makes one card per cloze deletion, the others shown and the asked one in bold behind', () => {
    expect(card('[...] is the capital of France').answer).toBe(
      '**Paris** is the capital of France\n\nSee [Paris on Wikipedia](https://en.wikipedia.org/wiki/Paris).',
    );
    expect(card('Paris is the capital of [...]').answer).toMatch(
      /^Paris is the capital of \*\*France\*\*\n\n/,
    );
  });

  it('asks a cloze with its hint, and one card for deletions sharing a number', () => {
    const canberra = cards.filter((c) => c.answer.includes('compromise between'));
    expect(canberra.map((c) => [c.questionText, c.prompt])).toEqual([
      [
        '[city] is the capital of Australia;',
        '\\[...\\] was chosen as a compromise between Sydney and Melbourne.',
      ],
      [
        'Canberra is the capital of [country];',
        'Canberra was chosen as a compromise between Sydney and Melbourne.',
      ],
      [
        'Canberra is the capital of Australia;',
        'Canberra was chosen as a compromise between \\[...\\] and \\[...\\].',
      ],
    ]);
    expect(canberra[2]?.answer).toContain('between **Sydney** and **Melbourne**.');
  });

  it('makes two cards for reversed note types, one for an optional reverse left empty', () => {
    expect(card('Longest river in Europe').answer).toBe('The Volga & its 3,530 km');
    expect(card('The Volga & its 3,530 km').answer).toBe('Longest river in Europe');
    expect(card('Danube').answer).toBe('River through Vienna, Budapest and Belgrade');
    expect(cards.filter((c) => c.answer === 'River that flows through Cairo')).toEqual([]);
    expect(card('River that flows through Cairo').answer).toBe('Nile');
  });

  it('keeps each note’s tags on its cards, lower case, hierarchy kept', () => {
    expect(card('What is the capital of Japan?').tags).toEqual(['geo::asia', 'capitals']);
    expect(card('Canberra is the capital of [country];').tags).toEqual([
      'geo::oceania',
      'exam_2024',
    ]);
    expect(card('Danube').tags).toEqual(['geo::europe', 'rivers']);
    // Tags are tags, never text of the card; the guid and note type columns are dropped too.
    for (const c of cards) {
      expect(`${c.question} ${c.prompt ?? ''} ${c.answer}`).not.toMatch(/geo::|Basic|Cloze|uB7;w/);
    }
  });

  it('cleans HTML: no anchor junk, links as links, images never a hash, entities decoded', () => {
    const sources = card('Where do the figures in this deck come from?');
    expect(sources.answer).toMatch(
      /^\*\*Source\(s\) and further reading\*\*\n\n- \[The World Factbook\]\(https:\/\/www\.cia\.gov\/the-world-factbook\/\)\n- Map: !\[world map\]\(data:image\/png;base64,[A-Za-z0-9+/=]+\)$/,
    );
    expect(JSON.stringify(cards)).not.toContain('#sources');
    expect(card('What is the capital of Japan?').answer).toBe(
      'Tokyo\\\n[image](paste-8d2c3f0a1b4e5d6c7a8b9c0d1e2f3a4b5c6d7e8f.jpg)',
    );
  });

  it('gives every card a unique id, the same on every import', () => {
    const ids = cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(cardsOf(importFixture(FIXTURE)).map((c) => c.id)).toEqual(ids);
  });

  it('keeps reverse cards apart when a back repeats another note’s front', () => {
    const result = anki(
      '#notetype column:1',
      'Basic (and reversed card)\tWhat is TCP?\tA transport protocol',
      'Basic\tA transport protocol\tTCP or UDP',
    );
    const ids = cardsOf(result).map((c) => [c.questionText, c.id]);
    expect(ids).toEqual([
      ['What is TCP?', 'what-is-tcp'],
      ['A transport protocol', 'a-transport-protocol'],
      ['A transport protocol', 'a-transport-protocol-2'],
    ]);
  });
});

describe('Anki header lines', () => {
  it('#deck: names the deck, #tags: tags every note, one untitled section', () => {
    const result = anki(
      '#deck:Languages::Spanish',
      '#tags:Spanish verbs',
      '#tags column:3',
      'ser\tto be (permanent)\tirregular',
      'tener\tto have\t',
    );
    expect(result.deck?.title).toBe('Spanish');
    expect(result.deck?.sections).toHaveLength(1);
    expect(cardsOf(result).map((c) => c.tags)).toEqual([
      ['spanish', 'verbs', 'irregular'],
      ['spanish', 'verbs'],
    ]);
  });

  it('deck column: sub-decks two levels down are sections named A › B', () => {
    const result = anki(
      '#deck column:1',
      'Med::Cardio::Drugs\tWhat does a beta blocker do?\tSlows the heart',
      'Med::Neuro\tWhat is a seizure?\tAbnormal electrical activity',
    );
    expect(result.deck?.title).toBe('Med');
    expect(result.deck?.sections.map((s) => s.title)).toEqual(['Cardio › Drugs', 'Neuro']);
  });

  it('#columns: names the fields, #notetype: applies to every note', () => {
    const result = importDocument(
      [
        '#separator:semicolon',
        '#notetype:Basic (and reversed card)',
        '#columns:Back;Front',
        'la casa;the house',
      ].join('\n'),
      { path: 'words.txt' },
    );
    expect(cardsOf(result).map((c) => [c.questionText, c.answer])).toEqual([
      ['the house', 'la casa'],
      ['la casa', 'the house'],
    ]);
  });

  it('"Cards in Plain Text": two columns, Anki’s cloze spans bold on the answer', () => {
    const result = anki(
      '<span class="cloze" data-ordinal="1">[...]</span> is the capital of France\t' +
        '<span class="cloze" data-ordinal="1">Paris</span> is the capital of France',
    );
    expect(cardsOf(result).map((c) => [c.questionText, c.answer])).toEqual([
      ['[...] is the capital of France', '**Paris** is the capital of France'],
    ]);
  });
});

describe('htmlToMarkdown for Anki fields', () => {
  it('drops links into the same page and permalink icons, keeps their words', () => {
    expect(
      htmlToMarkdown('<h2 id="faq"><a class="anchor" aria-hidden="true" href="#faq">¶</a>FAQ</h2>'),
    ).toBe('**FAQ**');
    expect(htmlToMarkdown('<a href="#sources-1"></a>Sources and <a name="x">more</a>')).toBe(
      'Sources and more',
    );
    expect(htmlToMarkdown('See <a href="#intro">the intro</a>.')).toBe('See the intro.');
    expect(htmlToMarkdown('<a href="https://example.org/a_b">docs</a>')).toBe(
      '[docs](https://example.org/a_b)',
    );
  });

  it('images: alt text or a readable name, never a hash or base64; big data images not kept', () => {
    expect(htmlToMarkdown('<img src="paste-0123456789abcdef0123.png">')).toBe(
      '[image](paste-0123456789abcdef0123.png)',
    );
    expect(htmlToMarkdown('<img src="heart%20diagram.png">')).toBe(
      '[heart diagram.png](heart%20diagram.png)',
    );
    const big = `data:image/png;base64,${'A'.repeat(20_000)}`;
    expect(htmlToMarkdown(`<img src="${big}" alt="ECG">`)).toBe('*(ECG, not kept)*');
    expect(htmlToMarkdown('<img src="data:image/svg+xml;base64,PHN2Zz4=">')).toBe(
      '*(an image, not kept)*',
    );
  });

  it('decodes entities', () => {
    expect(htmlToMarkdown('5&nbsp;km &amp; 3&frac12;&#x2009;h &mdash; &#8220;ok&#8221;')).toBe(
      '5 km & 3½ h — “ok”',
    );
  });
});

describe('expandCloze', () => {
  const draft = (question: string, answer = '') => ({ question, answer, line: 1 });

  it('leaves a card without deletions, or with unbalanced braces, as it is', () => {
    expect(expandCloze(draft('What is 2 + 2?', '4'))).toEqual([draft('What is 2 + 2?', '4')]);
    expect(expandCloze(draft('{{c1::open', 'x'))).toEqual([draft('{{c1::open', 'x')]);
  });

  it('nested deletions: the outer one asked hides all of it, the inner one only itself', () => {
    const [outer, inner] = expandCloze(draft('{{c1::Canberra, {{c2::ACT}}}} is the capital'));
    expect([outer?.question, outer?.answer]).toEqual([
      '\\[...\\] is the capital',
      '**Canberra, ACT** is the capital',
    ]);
    expect([inner?.question, inner?.answer]).toEqual([
      'Canberra, \\[...\\] is the capital',
      'Canberra, **ACT** is the capital',
    ]);
  });

  it('a gap followed by brackets stays text, not a link; order follows the numbers', () => {
    const cards = expandCloze(draft('{{c2::b}}(x) then {{c1::a}}', 'extra'));
    expect(cards.map((c) => c.question)).toEqual(['b(x) then \\[...\\]', '\\[...\\](x) then a']);
    expect(cards[0]?.answer).toBe('b(x) then **a**\n\nextra');
  });

  it('keeps the card’s tags and line on every card it makes', () => {
    const cards = expandCloze({ ...draft('{{c1::a}} {{c2::b}}'), line: 7, tags: ['x'] });
    expect(cards.map((c) => [c.line, c.tags])).toEqual([
      [7, ['x']],
      [7, ['x']],
    ]);
  });
});

describe('tags in the deck format and in exports', () => {
  const deck = imported.deck as Deck;

  it('the deck format writes them under the question and reads them back', () => {
    const markdown = serializeDeck(deck);
    expect(markdown).toContain(
      '### Longest river in Europe\n<!-- tags: geo::europe rivers -->\n\nThe Volga & its 3,530 km\n',
    );
    const back = parseDeck(markdown, 'geography.md');
    expect(back.messages).toEqual([]);
    expect(cardsOf({ deck: back.deck } as never).map((c) => [c.id, c.tags, c.answer])).toEqual(
      cards.map((c) => [c.id, c.tags, c.answer]),
    );
  });

  it('a hand-written tags line is normalised; a card without one has no tags', () => {
    const back = parseDeck(
      '# D\n\n## S\n\n### Q1\n<!-- tags: #Net  TCP::Basics -->\n\nA1\n\n### Q2\n\nA2\n',
      'd.md',
    );
    const [q1, q2] = back.deck?.sections[0]?.cards ?? [];
    expect([q1?.tags, q1?.answer]).toEqual([['net', 'tcp::basics'], 'A1']);
    expect(q2 && 'tags' in q2).toBe(false);
  });

  it('the Anki export writes a tags column that Anki and PrepDeck read back', () => {
    const text = exportAnki(deck);
    expect(text).toContain('#tags column:4\n');
    expect(text).toMatch(/\tGeography::Rivers\tgeo::europe rivers\n/);
    const again = importDocument(text, { path: 'geography.txt' });
    expect(cardsOf(again).map((c) => c.tags)).toEqual(cards.map((c) => c.tags));
  });
});

describe('checkDeck and tags (decks read back from backups)', () => {
  const withTags = (tags: unknown) => ({
    id: 'd',
    title: 'D',
    sections: [
      {
        id: 's',
        title: 'S',
        cards: [{ id: 'q', question: 'Q?', questionText: 'Q?', answer: 'A', line: 1, tags }],
      },
    ],
  });
  const reason = (tags: unknown) => {
    const checked = checkDeck(withTags(tags));
    return 'reason' in checked ? checked.reason : null;
  };

  it('keeps good tags and leaves a card without them as it is', () => {
    const checked = checkDeck(withTags(['geo::europe', 'rivers']));
    expect('deck' in checked && checked.deck.sections[0]?.cards[0]?.tags).toEqual([
      'geo::europe',
      'rivers',
    ]);
    const none = checkDeck(withTags(undefined));
    expect('deck' in none && 'tags' in (none.deck.sections[0]?.cards[0] ?? {})).toBe(false);
  });

  it('rejects tags that are not a short list of short lower-case words', () => {
    expect(reason('geo rivers')).toBe('card q’s tags are not a list');
    expect(reason([42])).toBe('a tag of card q’s tags is not text');
    expect(reason(['Geo'])).toBe(
      'card q’s tags hold "Geo", expected a lower-case word without spaces',
    );
    expect(reason(['two words'])).toMatch(/hold "two words"/);
    expect(reason(['<script>'])).toMatch(/hold "<script>"/);
    expect(reason([''])).toBe('a tag of card q’s tags is empty');
    expect(reason(['x'.repeat(65)])).toMatch(/has 65 characters, at most 64/);
    expect(reason(Array.from({ length: 33 }, (_, i) => `t${i}`))).toBe(
      'card q’s tags are 33, at most 32',
    );
    expect(reason(['a', 'a'])).toBe('card q’s tags hold "a" twice');
  });
});
