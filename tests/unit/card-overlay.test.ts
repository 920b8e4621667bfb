// The user's layer laid over a deck: deleted, moved and added cards, new sections, cloze notes
// made into one card per deletion, reverse cards. Pure: a deck outline and edits in, cards out.
import { describe, expect, it } from 'vitest';
import {
  addedCard,
  withDeleted,
  withPlace,
  withReverse,
  withBuried,
  withSuspended,
  withText,
  type CardEdits,
} from '../../src/deck/edits/card-edit.ts';
import { cardText } from '../../src/deck/edits/edit-check.ts';
import { overlayDeck, plainText } from '../../src/deck/edits/overlay.ts';
import { editsByDeck, overlayOnce } from '../../src/deck/edits/kept-overlays.ts';
import { outOfQueue, type DeckOutline } from '../../src/deck/types.ts';

const T = Date.UTC(2026, 11, 1, 9, 0);

const DECK: DeckOutline = {
  id: 'words',
  title: 'Words',
  description: '',
  sections: [
    {
      id: 'french',
      title: 'French',
      cards: [
        { id: 'chat', question: 'chat', questionText: 'chat', line: 3 },
        { id: 'chien', question: 'chien', questionText: 'chien', line: 6 },
      ],
    },
    {
      id: 'german',
      title: 'German',
      cards: [{ id: 'hund', question: 'Hund', questionText: 'Hund', line: 10 }],
    },
  ],
};
const ANSWERS: Record<string, string> = {
  'words/chat': 'cat',
  'words/chien': 'dog',
  'words/hund': 'dog',
};
const answerOf = (key: string) => ANSWERS[key];
const original = (id: string) => {
  const card = DECK.sections.flatMap((s) => s.cards).find((c) => c.id === id);
  return cardText(card?.question ?? '', '', ANSWERS[`words/${id}`] ?? '');
};
const shape = (deck: DeckOutline) =>
  deck.sections.map((s) => `${s.title}: ${s.cards.map((c) => c.id).join(' ')}`);

describe('the user’s layer over a deck', () => {
  it('a suspended or buried card is out of the queue, a buried one only until its time', () => {
    const card = (edits: CardEdits) => {
      const shown = overlayDeck(DECK, edits, answerOf).deck.sections[0]?.cards[0];
      if (!shown) throw new Error('no card');
      return shown;
    };
    const suspended = withSuspended(undefined, true, T);
    expect(outOfQueue(card({ 'words/chat': suspended }), T)).toBe(true);
    const back = withSuspended(suspended, false, T + 1);
    expect(outOfQueue(card({ 'words/chat': back }), T)).toBe(false);
    const buried = withBuried(undefined, T + 10 * 60_000, T);
    expect(outOfQueue(card({ 'words/chat': buried }), T + 9 * 60_000)).toBe(true);
    expect(outOfQueue(card({ 'words/chat': buried }), T + 10 * 60_000)).toBe(false);
  });

  it('without edits of this deck, the deck as it is', () => {
    const other: CardEdits = { 'aws/x': withDeleted(undefined, true, T) };
    expect(overlayDeck(DECK, other, answerOf).deck).toBe(DECK);
  });

  it('a deleted card is gone; a moved one is in its new section, made when the deck lacks it; an emptied section goes', () => {
    const edits: CardEdits = {
      'words/chien': withDeleted(undefined, true, T),
      'words/hund': withPlace(undefined, 'animals', 'Animals', T),
      'words/chat': withPlace(undefined, 'animals', 'Animals', T + 1),
    };
    expect(shape(overlayDeck(DECK, edits, answerOf).deck)).toEqual(['Animals: chat hund']);
    // Brought back: where it was.
    const back = { ...edits, 'words/chien': withDeleted(edits['words/chien'], false, T + 2) };
    expect(shape(overlayDeck(DECK, back, answerOf).deck)).toEqual([
      'French: chien',
      'Animals: chat hund',
    ]);
  });

  it('added cards go at the end of their section in the order added, with their answers', () => {
    const edits: CardEdits = {
      'words/maison': addedCard(cardText('maison', '', 'house'), 'french', 'French', T + 1),
      'words/vache': addedCard(cardText('vache', '', 'cow'), 'farm', 'Farm', T),
    };
    const { deck, answers } = overlayDeck(DECK, edits, answerOf);
    expect(shape(deck)).toEqual(['French: chat chien maison', 'German: hund', 'Farm: vache']);
    expect(deck.sections[0]?.cards[2]).toMatchObject({ questionText: 'maison', added: true });
    expect(deck.sections[0]?.cards[2]?.edited).toBeUndefined();
    expect(answers.get('words/maison')).toBe('house');
    expect(answers.get('words/vache')).toBe('cow');
  });

  it('a cloze note with three deletions makes three cards, each hiding one and showing the others', () => {
    const note = cardText(
      '{{c1::Paris}} is the capital of {{c2::France::country}}, on the {{c3::Seine}}',
      '',
      'Since 987.',
    );
    const edits: CardEdits = { 'words/chat': withText(undefined, note, original('chat'), T) };
    const { deck, answers } = overlayDeck(DECK, edits, answerOf);
    const cards = deck.sections[0]?.cards ?? [];
    expect(cards.map((c) => c.id)).toEqual(['chat', 'chat-c2', 'chat-c3', 'chien']);
    expect(cards.map((c) => c.questionText).slice(0, 3)).toEqual([
      '[...] is the capital of France, on the Seine',
      'Paris is the capital of [country], on the Seine',
      'Paris is the capital of France, on the [...]',
    ]);
    expect(answers.get('words/chat-c2')).toBe(
      'Paris is the capital of **France**, on the Seine\n\nSince 987.',
    );
  });

  it('a reverse card asks the answer and answers the question, for an edited card or the deck’s own', () => {
    const edits: CardEdits = {
      'words/chat': withReverse(undefined, true, T),
      'words/hund': withReverse(
        withText(undefined, cardText('Hund', '', 'dog (*der*)'), original('hund'), T),
        true,
        T,
      ),
    };
    const { deck, answers } = overlayDeck(DECK, edits, answerOf);
    expect(shape(deck)).toEqual(['French: chat chat-reverse chien', 'German: hund hund-reverse']);
    expect(deck.sections[0]?.cards[1]).toMatchObject({ question: 'cat', questionText: 'cat' });
    expect(answers.get('words/chat-reverse')).toBe('chat');
    expect(answers.has('words/chat')).toBe(false); // the deck's own answer, not rewritten
    expect(deck.sections[1]?.cards[1]?.questionText).toBe('dog (der)');
    expect(answers.get('words/hund-reverse')).toBe('Hund');
  });

  it('a long answer reversed is shown with the question, which asks what it answers', () => {
    const long = cardText(
      'What is CORS?',
      '',
      'A browser rule:\n\n- preflight\n- `Access-Control-Allow-Origin`',
    );
    const edits: CardEdits = {
      'words/chat': withReverse(withText(undefined, long, original('chat'), T), true, T),
    };
    const reverse = overlayDeck(DECK, edits, answerOf).deck.sections[0]?.cards[1];
    expect(reverse).toMatchObject({
      question: 'What is this the answer to?',
      questionText:
        'What is this the answer to? A browser rule: preflight Access-Control-Allow-Origin',
      prompt: long.answer,
    });
  });

  it('plain text drops marks, links and list markers', () => {
    expect(plainText('**Bold** [link](https://x.y) `code`\n- item')).toBe('Bold link code item');
  });
});

describe('cards made from a note', () => {
  it('are suspended or buried on their own, and name the card they come from', () => {
    const note = cardText('{{c1::Paris}} is in {{c2::France}}', '', 'Yes.');
    const edits: CardEdits = {
      'words/chat': withText(undefined, note, original('chat'), T),
      'words/chat-c2': withSuspended(undefined, true, T),
    };
    const cards = overlayDeck(DECK, edits, answerOf).deck.sections[0]?.cards ?? [];
    expect(cards.slice(0, 2).map((c) => [c.id, c.note, c.suspended])).toEqual([
      ['chat', undefined, undefined],
      ['chat-c2', 'chat', true],
    ]);
  });
});

describe('a note suspended', () => {
  it('is its own card only: the cards made from it keep theirs', () => {
    const note = cardText('{{c1::Paris}} is in {{c2::France}}', '', 'Yes.');
    const edits: CardEdits = {
      'words/chat': withSuspended(
        withReverse(withText(undefined, note, original('chat'), T), true, T),
        true,
        T,
      ),
    };
    const cards = overlayDeck(DECK, edits, answerOf).deck.sections[0]?.cards ?? [];
    expect(cards.slice(0, 3).map((c) => [c.id, c.suspended])).toEqual([
      ['chat', true],
      ['chat-c2', undefined],
      ['chat-reverse', undefined],
    ]);
  });
});

describe('overlays kept between publishes', () => {
  it('lays a deck again only when it, one of its edits or what its answers come from changed', () => {
    const chat = withSuspended(undefined, true, T);
    const other = withSuspended(undefined, true, T);
    const first = editsByDeck({ 'words/chat': chat, 'other/x': other });
    expect(first.get('words')).toEqual({ 'words/chat': chat });
    const reads = [ANSWERS];
    const shown = overlayOnce(DECK, first.get('words') ?? {}, answerOf, reads);
    expect(shown.deck.sections[0]?.cards[0]?.suspended).toBe(true);

    // Another deck's edit changed: this deck's edits are the same objects, its overlay kept.
    const next = editsByDeck({ 'words/chat': chat, 'other/x': withSuspended(other, false, T + 1) });
    expect(overlayOnce(DECK, next.get('words') ?? {}, answerOf, reads)).toBe(shown);

    // Its own edit changed, or what it reads: laid again.
    const unsuspended = { 'words/chat': withSuspended(chat, false, T + 2) };
    const again = overlayOnce(DECK, unsuspended, answerOf, reads);
    expect(again).not.toBe(shown);
    expect(again.deck.sections[0]?.cards[0]?.suspended).toBeUndefined();
    expect(overlayOnce(DECK, unsuspended, answerOf, [{ ...ANSWERS }])).not.toBe(again);
  });
});
