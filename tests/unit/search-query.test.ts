import { describe, expect, it } from 'vitest';
import { hasOperators, holdsWord, parseSearchQuery } from '../../src/lib/search-query.ts';

describe('parseSearchQuery', () => {
  it('takes operators, phrases and exclusions out of the words', () => {
    const q = parseSearchQuery(
      'lambda deck:AWS section:"Serverless & CORS" tag:#Compute is:due -cold "event source"',
    );
    expect(q.text).toBe('lambda');
    expect(q.decks).toEqual(['aws']);
    expect(q.sections).toEqual(['serverless & cors']);
    expect(q.tags).toEqual(['compute']);
    expect(q.is).toEqual(['due']);
    expect(q.excluded).toEqual(['cold']);
    expect(q.phrases).toEqual(['event source']);
    expect(q.unknown).toEqual([]);
  });

  it('keeps text that only looks like an operator, and names what it does not know', () => {
    const q = parseSearchQuery('Access-Control-Allow-Origin: https://example.com is:starred');
    expect(q.text).toBe('Access-Control-Allow-Origin: https://example.com');
    expect(q.unknown).toEqual(['is:starred']);
  });

  it('takes is:suspended, is:buried and is:edited, in any case, and still names others', () => {
    const q = parseSearchQuery('lambda is:Suspended is:buried IS:edited is:hidden');
    expect(q.is).toEqual(['suspended', 'buried', 'edited']);
    expect(q.unknown).toEqual(['is:hidden']);
    expect(q.text).toBe('lambda');
    expect(hasOperators(parseSearchQuery('is:edited'))).toBe(true);
  });

  it('folds values, so accents and case do not matter, and an unclosed quote runs to the end', () => {
    const q = parseSearchQuery('deck:Café -"Écho ');
    expect(q.decks).toEqual(['cafe']);
    expect(q.excluded).toEqual(['echo']);
    expect(q.text).toBe('');
  });
});

describe('holdsWord', () => {
  it('finds a word or a word start, never the inside of a word', () => {
    expect(holdsWord('cold start of a lambda', 'cold')).toBe(true);
    expect(holdsWord('cold start of a lambda', 'lamb')).toBe(true);
    expect(holdsWord('a scaffold', 'fold')).toBe(false);
  });
});
