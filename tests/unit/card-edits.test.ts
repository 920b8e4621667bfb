// @vitest-environment jsdom
// The user's layer over cards: the pure merge and checks, then the store over IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  mergeEdit,
  mergeEdits,
  originalChanged,
  withSuspended,
  withTags,
  withText,
  withoutText,
  type CardText,
} from '../../src/deck/edits/card-edit.ts';
import { decodeEdits } from '../../src/deck/edits/decode-edits.ts';
import { cardText, readTypedTags, textProblems } from '../../src/deck/edits/edit-check.ts';

const MONDAY = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;

const ORIGINAL: CardText = cardText('What is CORS?', '', 'Cross-origin resource sharing.');
const MINE: CardText = cardText(
  'What is **CORS**?',
  '',
  'A browser rule for cross-origin requests.',
);

describe('a card edit', () => {
  it('keeps the user text over the original and says when the original changed since', () => {
    const edit = withText(undefined, MINE, ORIGINAL, MONDAY);
    expect(edit.text?.value).toEqual(MINE);
    expect(MINE.questionText).toBe('What is CORS?');
    expect(originalChanged(edit, ORIGINAL)).toBe(false);
    const shipped = { ...ORIGINAL, answer: 'Cross-Origin Resource Sharing (CORS).' };
    expect(originalChanged(edit, shipped)).toBe(true);
  });

  it('text equal to the original is no edit; undo keeps the user text in the history', () => {
    expect(withText(undefined, ORIGINAL, ORIGINAL, MONDAY).text?.value).toBeNull();
    const edited = withText(undefined, MINE, ORIGINAL, MONDAY);
    const undone = withoutText(edited, MONDAY + MINUTE);
    expect(undone.text).toEqual({ value: null, at: MONDAY + MINUTE });
    expect(undone.history).toEqual([{ value: MINE, at: MONDAY }]);
  });

  it('merges part by part, the later change winning, the losing text kept in history', () => {
    const laptop = withSuspended(withText(undefined, MINE, ORIGINAL, MONDAY), true, MONDAY);
    const other = cardText('What is CORS, briefly?', '', 'Same-origin policy relaxed.');
    const phone = withTags(withText(undefined, other, ORIGINAL, MONDAY + MINUTE), ['web'], MONDAY);
    const merged = mergeEdit(laptop, phone);
    expect(merged.text?.value).toEqual(other);
    expect(merged.suspended?.on).toBe(true);
    expect(merged.tags?.tags).toEqual(['web']);
    expect(merged.history?.map((v) => v.value)).toEqual([MINE]);
    // Either side first: the same result.
    expect(mergeEdit(phone, laptop)).toEqual(merged);
    expect(mergeEdits({ 'aws/cors': laptop }, { 'aws/cors': phone })).toEqual({
      'aws/cors': merged,
    });
  });

  it('reads back what it saves, and keeps aside what is not an edit', () => {
    const edit = withTags(withText(undefined, MINE, ORIGINAL, MONDAY), ['aws', 'web'], MONDAY);
    const saved = JSON.parse(
      JSON.stringify({ 'aws/cors': edit, __proto__: edit, 'aws/x': { text: 1 } }),
    );
    const { edits, rejected } = decodeEdits(saved);
    expect(edits).toEqual({ 'aws/cors': edit });
    expect(rejected.map((r) => r.key)).toEqual(['aws/x']);
    expect(rejected[0]?.reason).toMatch(/aws\/x: its text has no valid time/);
  });
});

describe('what the editor refuses, with the reason', () => {
  it('an empty question, an empty or 1 MB answer, a cloze never closed, markdown that would break the page', () => {
    const problems = (q: string, a: string, p = '') =>
      textProblems(cardText(q, p, a)).map((x) => `${x.field}: ${x.message}`);
    expect(problems('  ', 'An answer')).toEqual([
      'question: The question is empty: write what to ask',
    ]);
    expect(problems('Q?', '\n\n')).toEqual([
      'answer: The answer is empty: write the answer to recall',
    ]);
    expect(problems('Q?', 'x'.repeat(1024 * 1024))[0]).toMatch(
      /^answer: The answer is 1,024 KB, expected at most 20 KB/,
    );
    expect(problems('Q?', 'Paris is the capital of\n{{c1::France')).toEqual([
      'answer: The answer, line 2, column 1: a cloze “{{c…::” is not closed; end it with “}}”',
    ]);
    expect(problems('Q?', `${'*_'.repeat(1500)}`)[0]).toMatch(
      /^answer: The answer, line 1, column 1: /,
    );
    expect(problems('Q?', 'Intro\n## Details')[0]).toMatch(
      /line 2, column 1: a heading of level 1 to 3/,
    );
    expect(problems('What is {{c1::CORS}}?', 'An answer')).toEqual([]);
  });

  it('tags: separated by spaces or commas, lower case; too long or too many is said', () => {
    expect(readTypedTags('Networking, #aws  web aws')).toEqual({
      tags: ['networking', 'aws', 'web'],
    });
    expect(readTypedTags('x'.repeat(500))).toEqual({
      problem: {
        field: 'tags',
        message: `The tag “${'x'.repeat(20)}…” is 500 characters, expected at most 64`,
      },
    });
    expect(readTypedTags('a<b')).toMatchObject({
      problem: { message: 'The tag “a<b” cannot hold < or >' },
    });
    const many = Array.from({ length: 33 }, (_, i) => `t${i}`).join(' ');
    expect(readTypedTags(many)).toMatchObject({
      problem: { message: '33 tags, expected at most 32' },
    });
  });
});

describe('the edits store', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    localStorage.clear();
    vi.resetModules();
  });
  const library = () => import('../../src/store/decks/library.ts');
  const catalogue = () => import('../../src/store/decks/catalogue.ts');
  const answers = () => import('../../src/store/decks/answers.ts');

  it('an edit of a built-in card is on disk when saving resolves, and shows everywhere after a reload', async () => {
    let lib = await library();
    let cat = await catalogue();
    const entry = cat.allEntries()[0];
    if (!entry) throw new Error('no built-in card');
    const original = await lib.originalText(entry.key);
    if (!original) throw new Error('no original');
    const mine = cardText(`${original.question} (mine)`, '', 'My own answer.');
    await lib.saveText(entry.key, mine, original, MONDAY);
    await lib.setSuspended(entry.key, true, MONDAY);
    expect(cat.findCard(entry.key)?.card).toMatchObject({
      questionText: mine.questionText,
      edited: true,
      suspended: true,
    });

    vi.resetModules();
    lib = await library();
    await lib.loadLibrary();
    cat = await catalogue();
    expect(cat.findCard(entry.key)?.card).toMatchObject({
      questionText: mine.questionText,
      edited: true,
    });
    expect(cat.studyEntries(entry.deck.id, MONDAY).some((e) => e.key === entry.key)).toBe(false);
    const shown = await (await answers()).loadAnswers(entry.deck.id);
    expect(shown.get(entry.key)).toBe('My own answer.');
    // The original is still there to show, and undo brings it back.
    expect((await lib.originalText(entry.key))?.answer).toBe(original.answer);
    await lib.revertText(entry.key, MONDAY + MINUTE);
    expect((await (await answers()).loadAnswers(entry.deck.id)).get(entry.key)).toBe(
      original.answer,
    );
    expect(cat.findCard(entry.key)?.card.edited).toBeUndefined();
    // The marker tells the next start-up that there are edits to wait for.
    expect(localStorage.getItem('prepdeck:decks')).toMatch(/"edits":1/);
  });

  it('another tab’s edit is read on its own marker, without reading the decks again', async () => {
    const lib = await library();
    const cat = await catalogue();
    await lib.loadLibrary();
    const entry = cat.allEntries()[2];
    const mine = cat.allEntries()[3];
    if (!entry || !mine) throw new Error('no built-in card');
    // This tab's own edit, which the other tab's does not change.
    await lib.saveTags(mine.key, ['mine'], MONDAY);
    const myEdit = lib.cardEdits()[mine.key];
    // Another tab: a deck saved and an edit saved, straight to IndexedDB, then its marker.
    const { storedDeckOf } = await import('../support/decks.ts');
    await (
      await import('../../src/store/decks/library-db.ts')
    ).putLibraryDeck(storedDeckOf('go-notes', 'Go notes'));
    await (
      await import('../../src/store/decks/edits-db.ts')
    ).putEdits({
      [entry.key]: { tags: { tags: ['from-the-other-tab'], at: MONDAY } },
    });
    const marked = (value: object) => JSON.stringify({ count: 0, change: 1, ...value });
    const otherTab = (before: object, after: object) =>
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: 'prepdeck:decks',
          oldValue: marked(before),
          newValue: marked(after),
        }),
      );

    otherTab({ edits: 0, editsChange: 0 }, { edits: 1, editsChange: 1 });
    await vi.waitFor(() =>
      expect(cat.findCard(entry.key)?.card.tags).toEqual(['from-the-other-tab']),
    );
    expect(lib.libraryDecks()).toEqual([]);
    // An edit the read did not change is the same object (the deck overlays are kept by it).
    expect(lib.cardEdits()[mine.key]).toBe(myEdit);

    otherTab({ count: 0, change: 1 }, { count: 1, change: 2 });
    await vi.waitFor(() => expect(lib.libraryDecks().map((s) => s.deck.id)).toEqual(['go-notes']));
  });

  it('takes in a backup’s edits, the later change of each part winning', async () => {
    const lib = await library();
    const cat = await catalogue();
    const entry = cat.allEntries()[1];
    if (!entry) throw new Error('no built-in card');
    await lib.saveTags(entry.key, ['mine'], MONDAY + MINUTE);
    const changed = await lib.bringEdits({
      [entry.key]: { tags: { tags: ['older'], at: MONDAY }, suspended: { on: true, at: MONDAY } },
    });
    expect(changed).toBe(1);
    expect(cat.findCard(entry.key)?.card).toMatchObject({ tags: ['mine'], suspended: true });
    expect(await lib.bringEdits(lib.cardEdits())).toBe(0);
  });
});

describe('an export of an edited deck', () => {
  it('writes the user text and tags, and reads back as the deck they study (suspension stays out)', async () => {
    const { applyEdits } = await import('../../src/deck/edits/apply-edits.ts');
    const { serializeDeck } = await import('../../src/deck/export/serialize-deck.ts');
    const { exportAnki } = await import('../../src/deck/export/export-anki.ts');
    const { parseDeck } = await import('../../src/deck/parse-deck.ts');
    const source = readFileSync('content/aws-backend-interview.md', 'utf8');
    const deck = parseDeck(source, 'aws-backend-interview.md').deck;
    const card = deck?.sections[0]?.cards[0];
    if (!deck || !card) throw new Error('the AWS deck did not parse');
    const key = `${deck.id}/${card.id}`;
    const original = cardText(card.question, card.prompt ?? '', card.answer);
    const edit = withSuspended(
      withTags(withText(undefined, MINE, original, MONDAY), ['web'], MONDAY),
      true,
      MONDAY,
    );
    const exported = applyEdits(deck, { [key]: edit });
    const read = parseDeck(serializeDeck(exported), 'aws-backend-interview.md').deck;
    const back = read?.sections[0]?.cards[0];
    expect(back).toMatchObject({
      id: card.id,
      question: MINE.question,
      answer: MINE.answer,
      tags: ['web'],
    });
    expect(read?.sections.flatMap((s) => s.cards)).toHaveLength(
      deck.sections.flatMap((s) => s.cards).length,
    );
    expect(
      exportAnki(exported)
        .split('\n')
        .find((line) => line.includes('cross-origin requests')),
    ).toMatch(/\tweb$/);
    // Cards without an edit are the deck's own.
    expect(exported.sections[1]).toEqual(deck.sections[1]);
  });
});

describe('adding, deleting and moving cards (the store)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    localStorage.clear();
    vi.resetModules();
  });

  it('a card added to the built-in deck in a new section is kept, studied, deleted and brought back', async () => {
    const lib = await import('../../src/store/decks/library.ts');
    const cat = await import('../../src/store/decks/catalogue.ts');
    await lib.loadLibrary();
    const deck = cat.allEntries()[0]?.deck;
    if (!deck) throw new Error('no built-in deck');
    const section = { id: lib.newSectionId(deck.id, 'My notes'), title: 'My notes' };
    const key = await lib.addCard(
      deck.id,
      section,
      cardText('What is an ALB?', '', 'A layer 7 load balancer.'),
      MONDAY,
    );
    expect(key).toBe(`${deck.id}/mine-what-is-an-alb`);
    expect(cat.findCard(key)).toMatchObject({
      section: { id: 'my-notes', title: 'My notes' },
      card: { added: true },
    });
    expect(cat.studyEntries(deck.id, MONDAY).at(-1)?.key).toBe(key);
    // The same question again gets an id of its own.
    const again = await lib.addCard(
      deck.id,
      section,
      cardText('What is an ALB?', '', 'Again.'),
      MONDAY,
    );
    expect(again).toBe(`${deck.id}/mine-what-is-an-alb-2`);

    await lib.setDeleted(key, true, MONDAY + MINUTE);
    expect(cat.findCard(key)).toBeUndefined();
    expect(lib.deletedCards()).toEqual([
      { key, deckTitle: deck.title, questionText: 'What is an ALB?', at: MONDAY + MINUTE },
    ]);
    await lib.setDeleted(key, false, MONDAY + 2 * MINUTE);
    expect(cat.findCard(key)?.section.title).toBe('My notes');

    // A deck card moved into that section; a reload keeps all of it.
    const first = cat.allEntries()[0];
    if (!first) throw new Error('no card');
    await lib.moveCard(first.key, section, MONDAY);
    vi.resetModules();
    const lib2 = await import('../../src/store/decks/library.ts');
    const cat2 = await import('../../src/store/decks/catalogue.ts');
    await lib2.loadLibrary();
    expect(cat2.findCard(first.key)?.section.id).toBe('my-notes');
    const answers = await (await import('../../src/store/decks/answers.ts')).loadAnswers(deck.id);
    expect(answers.get(key)).toBe('A layer 7 load balancer.');
  });

  it('a reverse card of a built-in card asks its answer', async () => {
    const lib = await import('../../src/store/decks/library.ts');
    const cat = await import('../../src/store/decks/catalogue.ts');
    const entry = cat.allEntries()[0];
    if (!entry) throw new Error('no card');
    await lib.setReverse(entry.key, true, MONDAY);
    const reverse = cat.findCard(`${entry.key}-reverse`);
    const original = await lib.originalText(entry.key);
    expect(reverse?.card.prompt ?? reverse?.card.question).toBe(original?.answer);
    const answers = await (
      await import('../../src/store/decks/answers.ts')
    ).loadAnswers(entry.deck.id);
    expect(answers.get(`${entry.key}-reverse`)).toBe(original?.question);
    expect(reverse?.card.note).toBe(entry.card.id);
  });

  it('a whole deck asks for reverse cards in one write, never reversing a reverse card', async () => {
    const lib = await import('../../src/store/decks/library.ts');
    const cat = await import('../../src/store/decks/catalogue.ts');
    const deckId = cat.allEntries()[0]?.deck.id ?? '';
    const cards = cat.deckEntries(deckId).length;
    await lib.setReverse(`${deckId}/${cat.deckEntries(deckId)[0]?.card.id ?? ''}`, true, MONDAY);
    expect(await lib.setDeckReverse(deckId, true, MONDAY)).toBe(cards - 1);
    expect(cat.deckEntries(deckId)).toHaveLength(2 * cards);
    expect(await lib.setDeckReverse(deckId, false, MONDAY + MINUTE)).toBe(cards);
    expect(cat.deckEntries(deckId)).toHaveLength(cards);
  });
});
