import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/app/routes.tsx';
import {
  browseHref,
  cardHref,
  quizHref,
  sectionHref,
  studyAllHref,
  studyHref,
  weakHref,
} from '../../src/lib/route.ts';

describe('hash routes', () => {
  it.each([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/settings', { name: 'settings' }],
    ['#/weak', { name: 'weak', deck: '' }],
    ['#/weak?deck=go-notes', { name: 'weak', deck: 'go-notes' }],
    ['#/quiz?deck=go-notes', { name: 'quiz', deck: 'go-notes', tag: '' }],
    ['#/quiz?tag=networking', { name: 'quiz', deck: '', tag: 'networking' }],
    ['#/mock?deck=aws&tag=web', { name: 'mock', deck: 'aws', tag: 'web' }],
    ['#/study', { name: 'study-all', set: { kind: 'due' }, cram: false }],
    ['#/study?set=weak', { name: 'study-all', set: { kind: 'weak' }, cram: false }],
    // Section and card ids belong to one deck: across every deck, today's queue instead.
    ['#/study?set=section:basics', { name: 'study-all', set: { kind: 'due' }, cram: false }],
    [
      '#/cards/aws/what-is-cors',
      { name: 'card', deckId: 'aws', cardId: 'what-is-cors', edit: false },
    ],
    [
      '#/cards/aws/what-is-cors?edit=1',
      { name: 'card', deckId: 'aws', cardId: 'what-is-cors', edit: true },
    ],
    // A tag: its cards, every one (no set, or set=all) or those in today's queue (set=due).
    [
      '#/decks/aws/study?tag=Networking',
      {
        name: 'study',
        deckId: 'aws',
        set: { kind: 'tag', tag: 'networking', due: false },
        cram: false,
      },
    ],
    [
      '#/study?set=all&tag=networking',
      { name: 'study-all', set: { kind: 'tag', tag: 'networking', due: false }, cram: false },
    ],
    [
      '#/study?set=due&tag=networking&cram=1',
      { name: 'study-all', set: { kind: 'tag', tag: 'networking', due: true }, cram: true },
    ],
    ['#/study?tag=', { name: 'study-all', set: { kind: 'due' }, cram: false }],
    [
      '#/decks/aws/sections/basics',
      { name: 'section', deckId: 'aws', sectionId: 'basics', index: 0 },
    ],
    [
      '#/decks/aws/sections/basics/3',
      { name: 'section', deckId: 'aws', sectionId: 'basics', index: 2 },
    ],
    ['#/decks/aws/study', { name: 'study', deckId: 'aws', set: { kind: 'due' }, cram: false }],
    [
      '#/decks/aws/study?set=section:basics&cram=1',
      { name: 'study', deckId: 'aws', set: { kind: 'section', sectionId: 'basics' }, cram: true },
    ],
    [
      '#/decks/aws/study?set=cards:a,b',
      { name: 'study', deckId: 'aws', set: { kind: 'cards', cardIds: ['a', 'b'] }, cram: false },
    ],
    ['#/nowhere', { name: 'not-found', hash: '#/nowhere' }],
    ['#/decks/aws/sections/basics/x', { name: 'not-found', hash: '#/decks/aws/sections/basics/x' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads browse filters from the query', () => {
    const route = parseRoute('#/browse?q=nacl&filter=bookmarked');
    expect(route.name === 'browse' && route.params.get('q')).toBe('nacl');
  });

  it('builds links that parse back to the same place', () => {
    expect(parseRoute(studyHref('aws', { kind: 'weak' }, true))).toEqual({
      name: 'study',
      deckId: 'aws',
      set: { kind: 'weak' },
      cram: true,
    });
    expect(parseRoute(cardHref('aws', 'what-is-cors'))).toMatchObject({
      name: 'card',
      cardId: 'what-is-cors',
    });
    expect(parseRoute(sectionHref('aws', 'basics', 4))).toMatchObject({ index: 4 });
    expect(browseHref({ filter: 'bookmarked' })).toBe('#/browse?filter=bookmarked');
    expect(studyAllHref()).toBe('#/study');
    expect(parseRoute(studyAllHref({ kind: 'bookmarked' }, true))).toEqual({
      name: 'study-all',
      set: { kind: 'bookmarked' },
      cram: true,
    });
    expect(parseRoute(weakHref('a b'))).toEqual({ name: 'weak', deck: 'a b' });
    expect(parseRoute(quizHref())).toEqual({ name: 'quiz', deck: '', tag: '' });
  });

  it('links to a card with its editor open, and to a tag of a deck or of every deck', () => {
    expect(cardHref('aws', 'what-is-cors', { edit: true })).toBe('#/cards/aws/what-is-cors?edit=1');
    expect(cardHref('aws', 'what-is-cors', { edit: false })).toBe('#/cards/aws/what-is-cors');
    const tagged = { kind: 'tag', tag: 'a b', due: false } as const;
    expect(studyHref('aws', tagged)).toBe('#/decks/aws/study?set=all&tag=a+b');
    expect(studyAllHref({ ...tagged, due: true })).toBe('#/study?set=due&tag=a+b');
    expect(parseRoute(studyHref('aws', tagged, true))).toEqual({
      name: 'study',
      deckId: 'aws',
      set: tagged,
      cram: true,
    });
    expect(parseRoute(studyAllHref({ ...tagged, due: true }))).toMatchObject({
      set: { ...tagged, due: true },
    });
  });
});
