import { describe, expect, it } from 'vitest';
import { applyFixes, fixKey, type ImportFixes } from '../../src/deck/import/fixes.ts';
import { importDocument } from '../../src/deck/import/import-document.ts';
import type { Draft } from '../../src/deck/import/types.ts';

const questions = (text: string, fixes?: ImportFixes) =>
  (importDocument(text, { path: 'notes.md', fixes }).deck?.sections ?? []).flatMap((s) =>
    s.cards.map((c) => c.questionText),
  );

// An introduction before the questions, and a licence after them: not questions at first.
const NOTES = `# JavaScript notes

## Introduction

Notes kept while learning the language.

## Background

Written after reading the spec.

## What is the event loop?

It runs tasks, then microtasks, then renders.

## What is a promise?

An object for a value that arrives later.

## License

MIT
`;

describe('fixes by example, kept by question text', () => {
  it('the first reading skips the introduction and the licence, and offers them', () => {
    expect(questions(NOTES)).toEqual(['What is the event loop?', 'What is a promise?']);
    const result = importDocument(NOTES, { path: 'notes.md' });
    expect(result.alternatives.map((a) => a.question)).toEqual([
      'Introduction',
      'Background',
      'License',
    ]);
  });

  it('a question the deck asks under its number is not offered again without it', () => {
    const numbered = [
      '# Interview questions',
      '',
      '## Basics',
      '',
      ...[1, 2, 3].flatMap((n) => [`### ${n}. What is concept ${n}?`, '', `Concept ${n}.`, '']),
    ].join('\n');
    const result = importDocument(numbered, { path: 'notes.md' });
    // Numbering is layout: the deck asks without it, as every other reading does.
    expect(result.deck?.sections[0]?.cards.map((c) => c.questionText)).toEqual([
      'What is concept 1?',
      'What is concept 2?',
      'What is concept 3?',
    ]);
    expect(result.alternatives.map((a) => a.question)).toEqual(['Basics']);
  });

  it('keys plain ASCII, marks and accents alike', () => {
    expect(fixKey('  What   is  **REST**? ')).toBe('what is rest?');
    expect(fixKey('What is REST?')).toBe('what is rest?');
    expect(fixKey('Qu’est-ce que _REST_ ?')).toBe('qu’est-ce que rest ?');
    expect(fixKey('Cafe\u0301 au lait')).toBe(fixKey('Café au lait'));
    expect(fixKey('What does C# add to C?')).toBe('what does c# add to c?');
  });

  it('"this is a question" on one heading redoes the reading: every heading at its level asks', () => {
    expect(questions(NOTES, { questions: ['Introduction'] })).toEqual([
      'Introduction',
      'Background',
      'What is the event loop?',
      'What is a promise?',
      'License',
    ]);
  });

  it('"not a question" joins the answer above, in every reading', () => {
    const result = importDocument(NOTES, {
      path: 'notes.md',
      fixes: { questions: ['Introduction'], notQuestions: ['license'] },
    });
    const cards = result.deck?.sections.flatMap((s) => s.cards) ?? [];
    expect(cards.map((c) => c.questionText)).not.toContain('License');
    expect(cards.at(-1)?.answer).toBe(
      'An object for a value that arrives later.\n\n**License**\n\nMIT',
    );
  });

  it('drop, merge with the previous, split at a line, reword', () => {
    const draft: Draft = {
      sections: [
        {
          title: '',
          line: 1,
          cards: [
            {
              question: 'What is TCP?',
              answer: 'A stream protocol.\n\n### What is UDP?\n\nDatagrams.',
              line: 1,
            },
            { question: 'Example', answer: 'telnet host 80', line: 8 },
            { question: 'Back to top', answer: '…', line: 10 },
            { question: 'what is **DNS**', answer: 'Names to addresses.', line: 12 },
          ],
        },
      ],
      messages: [],
    };
    const fixed = applyFixes(draft, {
      splits: [{ question: 'What is TCP?', line: 'What is UDP?' }],
      mergeUp: ['Example'],
      drop: ['BACK TO TOP'],
      rename: [{ question: 'What is DNS', to: 'What does DNS do?' }],
    });
    expect(fixed.sections[0]?.cards).toEqual([
      { question: 'What is TCP?', answer: 'A stream protocol.\n', line: 1 },
      { question: 'What is UDP?', answer: '\nDatagrams.\n\ntelnet host 80', line: 4 },
      { question: 'What does DNS do?', answer: 'Names to addresses.', line: 12 },
    ]);
  });

  it('a fix names text, so a new version of the document is read the same way', () => {
    const next = NOTES.replace(
      '## Background',
      '## Scope\n\nWhere a name is visible.\n\n## Background',
    );
    expect(questions(next, { questions: ['Introduction'], notQuestions: ['License'] })).toEqual([
      'Introduction',
      'Scope',
      'Background',
      'What is the event loop?',
      'What is a promise?',
    ]);
  });

  it('keys ignore case, markdown marks and link targets', () => {
    expect(fixKey('**What** is [`DNS`](#dns)?')).toBe(fixKey('what is DNS?'));
    expect(fixKey('What is _JSX_?')).toBe(fixKey('What is JSX?'));
    expect(fixKey('What is C#?')).not.toBe(fixKey('What is C?'));
    expect(fixKey('What does __init__ do?')).not.toBe(fixKey('What does init do?'));
  });
});
