import type { StudySet } from '../srs/study-set.ts';

// Links to screens. Hash routes, so a link to any screen works on any static host; the app's
// route table (src/app/routes.tsx) reads them back.

const enc = encodeURIComponent;

/**
 * The `set=` query value of a study link; with `tag=`, that tag's cards: every one (`set=all`
 * or no set), or today's (`set=due`).
 */
export function parseStudySet(value: string | null, tag?: string | null): StudySet {
  if (tag) return { kind: 'tag', tag: tag.toLowerCase(), due: value === 'due' };
  if (!value || value === 'due') return { kind: 'due' };
  if (value === 'bookmarked' || value === 'weak' || value === 'all') return { kind: value };
  if (value.startsWith('section:'))
    return { kind: 'section', sectionId: value.slice('section:'.length) };
  if (value.startsWith('cards:'))
    return { kind: 'cards', cardIds: value.slice('cards:'.length).split(',').filter(Boolean) };
  return { kind: 'due' };
}

function formatStudySet(set: StudySet): string | null {
  switch (set.kind) {
    case 'due':
      return null;
    case 'section':
      return `section:${set.sectionId}`;
    case 'cards':
      return `cards:${set.cardIds.join(',')}`;
    case 'tag':
      return set.due ? 'due' : 'all';
    default:
      return set.kind;
  }
}

export function sectionHref(deckId: string, sectionId: string, index = 0): string {
  const base = `#/decks/${enc(deckId)}/sections/${enc(sectionId)}`;
  return index > 0 ? `${base}/${index + 1}` : base;
}

/**
 * The set a study link across every deck names. A section or a card is named by its id within
 * its deck, and decks may share them, so those sets mean nothing here: today's queue instead.
 */
export function parseAllDecksSet(value: string | null, tag?: string | null): StudySet {
  const set = parseStudySet(value, tag);
  return set.kind === 'section' || set.kind === 'cards' ? { kind: 'due' } : set;
}

function studyQuery(set: StudySet, cram: boolean): string {
  const params = new URLSearchParams();
  const value = formatStudySet(set);
  if (value) params.set('set', value);
  if (set.kind === 'tag') params.set('tag', set.tag);
  if (cram) params.set('cram', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function studyHref(deckId: string, set: StudySet = { kind: 'due' }, cram = false): string {
  return `#/decks/${enc(deckId)}/study${studyQuery(set, cram)}`;
}

/** A deck's page: its sections, its ways in, its plan. */
export const deckHref = (deckId: string) => `#/decks/${enc(deckId)}`;

/** Statistics of one deck, or of every deck. */
export const statsHref = (deckId?: string) => (deckId ? `#/stats?deck=${enc(deckId)}` : '#/stats');

/** Every deck in one sitting: today's queue, or their weak, bookmarked or every card. */
export const studyAllHref = (
  set: Exclude<StudySet, { kind: 'section' | 'cards' }> = { kind: 'due' },
  cram = false,
) => `#/study${studyQuery(set, cram)}`;

/** Weak spots of one deck, or of every deck. */
export const weakHref = (deckId?: string) => (deckId ? `#/weak?deck=${enc(deckId)}` : '#/weak');

/** A mock interview set up with one deck's sections ticked, or every deck's. */
export const mockHref = (deckId?: string) => (deckId ? `#/mock?deck=${enc(deckId)}` : '#/mock');

/** A quiz that starts with one deck's sections ticked, or every deck's. */
export const quizHref = (deckId?: string) => (deckId ? `#/quiz?deck=${enc(deckId)}` : '#/quiz');

/** A card's page; `edit` opens it with the editor open. */
export const cardHref = (deckId: string, cardId: string, { edit = false } = {}) =>
  `#/cards/${enc(deckId)}/${enc(cardId)}${edit ? '?edit=1' : ''}`;

export function browseHref(params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `#/browse${query ? `?${query}` : ''}`;
}
