import { describe, expect, it } from 'vitest';
import { checkFixes, MAX_FIX_CHARS, MAX_FIXES } from '../../src/deck/import/check-fixes.ts';
import { readFileDecks } from '../../src/store/backup/deck-backup.ts';
import { storedDeckOf } from '../support/decks.ts';

// The fixes made in a deck's preview travel in backups: read from a file, they are untrusted.

const GO = storedDeckOf('go-notes', 'Go notes', ['A light thread.']);
const FIXES = {
  shape: 'headings',
  questions: ['Explain streams'],
  notQuestions: ['Back to top'],
  drop: ['Who is this list for?'],
  mergeUp: ['Example'],
  splits: [{ question: 'What is a stream?', line: 'What is backpressure?' }],
  rename: [{ question: 'Explain streams', to: 'What is a stream?' }],
};

describe('fixes in a backup', () => {
  it('keeps well-formed fixes with their deck', () => {
    const read = readFileDecks([{ ...GO, fixes: FIXES }]);
    expect(read.bad).toEqual([]);
    expect(read.decks).toEqual([{ ...GO, fixes: FIXES }]);
  });

  it('a deck without fixes has none', () => {
    expect(readFileDecks([GO]).decks[0]).not.toHaveProperty('fixes');
  });

  it.each([
    ['not an object', 'drop these'],
    ['a list', [FIXES]],
    ['an unknown shape', { shape: 'pdf' }],
    ['an unknown key', { dropEverything: ['x'] }],
    ['a list that is a string', { drop: 'Back to top' }],
    ['a number among the texts', { notQuestions: ['Back to top', 3] }],
    ['an empty text', { drop: [''] }],
    ['a text too long', { drop: ['x'.repeat(MAX_FIX_CHARS + 1)] }],
    ['too many fixes', { drop: Array.from({ length: MAX_FIXES + 1 }, (_, i) => `q${i}`) }],
    ['a split without its line', { splits: [{ question: 'What is a stream?' }] }],
    ['a rename to an object', { rename: [{ question: 'a', to: { toString: 'b' } }] }],
  ])('drops fixes that are %s, and keeps the deck', (_, fixes) => {
    const read = readFileDecks([{ ...GO, fixes }]);
    expect(read.bad).toEqual([]);
    expect(read.decks).toEqual([GO]);
  });

  it('keeps only the fields a fix has', () => {
    const checked = checkFixes({
      splits: [{ question: 'a', line: 'b', extra: '<script>' }],
      rename: [{ question: 'c', to: 'd', __proto__: { polluted: true } }],
    });
    expect(checked).toEqual({
      fixes: { splits: [{ question: 'a', line: 'b' }], rename: [{ question: 'c', to: 'd' }] },
    });
  });

  it('says why fixes cannot be used', () => {
    expect(checkFixes({ drop: 'x' })).toEqual({ reason: 'drop is not a list' });
    expect(checkFixes({ shape: 'pdf' })).toMatchObject({
      reason: expect.stringMatching(/^shape "pdf" is not one of deck, anki/),
    });
  });
});
