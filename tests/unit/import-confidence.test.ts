import { describe, expect, it } from 'vitest';
import { judge } from '../../src/deck/import/confidence.ts';
import type { Card, Deck } from '../../src/deck/types.ts';

const card = (question: string, answer: string, n: number): Card => ({
  id: `c${n}`,
  question,
  questionText: question,
  answer,
  line: n,
});
const deck = (cards: Card[]): Deck => ({
  id: 'd',
  title: 'D',
  description: '',
  sections: [{ id: 's', title: 'S', cards }],
});

describe('how far a reading is trusted', () => {
  it('a reading that looks like a Q&A deck is trusted', () => {
    const cards = Array.from({ length: 12 }, (_, n) =>
      card(`What is concept ${n}?`, `Concept ${n} is a thing explained in a sentence.`, n),
    );
    expect(judge(deck(cards), 6_000)).toEqual({ level: 'high', reasons: [] });
  });

  it('headings that name things rather than ask: medium, saying so; a Question column is trusted', () => {
    const names = ['Example', 'Constructor Arguments', 'Methods', 'Properties', 'Events', 'Errors'];
    const cards = names.map((name, n) => card(name, `What ${name} covers, in a paragraph.`, n));
    const { level, reasons } = judge(deck(cards), 6_000, 'headings');
    expect(level).toBe('medium');
    expect(reasons).toEqual([
      'Only 0 of 6 questions ask something: they may be titles, names or links rather than questions.',
    ]);
    expect(judge(deck(cards), 6_000, 'csv')).toEqual({ level: 'high', reasons: [] });
  });

  it('8 cards of navigation from a 300 KB README: low, saying what looks wrong', () => {
    const cards = [
      card('Hide/Show table of contents', '| 1 | [What is React?](#what-is-react) |', 1),
      ...Array.from({ length: 6 }, (_, n) => card('⬆ Back to Top', 'x', n + 2)),
      card('What is React?', 'A library. '.repeat(20_000), 9),
    ];
    const { level, reasons } = judge(deck(cards), 300 * 1024);
    expect(level).toBe('low');
    expect(reasons.join('\n')).toMatch(/Only 8 cards from 300 KB/);
    expect(reasons.join('\n')).toMatch(/7 questions look like navigation/);
    expect(reasons.join('\n')).toMatch(/repeat another/);
    expect(reasons.join('\n')).toMatch(/One answer holds most of the document/);
  });

  it('one doubt on an otherwise plausible reading is medium', () => {
    const cards = Array.from({ length: 10 }, (_, n) =>
      card(n === 3 ? 'Table of contents' : `Why ${n}?`, `Because ${n}.`, n),
    );
    expect(judge(deck(cards), 4_000).level).toBe('medium');
  });

  it('a list of questions whose "answers" are follow-up questions: medium, saying so', () => {
    const follow = (n: number) =>
      n % 2 ? `* Can you give an example of case ${n}?` : `Explain how case ${n} differs.`;
    const prompts = Array.from({ length: 8 }, (_, n) => card(`What is case ${n}?`, follow(n), n));
    expect(judge(deck(prompts), 3_000)).toEqual({
      level: 'medium',
      reasons: [
        '8 of 8 answers only ask another question: this may be a list of questions without answers.',
      ],
    });
    // An answer that goes on after a question it asks is an answer.
    const answered = prompts.map((c) => ({
      ...c,
      answer: `${c.answer}\n\nYes: it is the case where the cache is cold.`,
    }));
    expect(judge(deck(answered), 3_000).level).toBe('high');
  });
});
