/** Hash routes, so a link to any screen works on any static host. */
export type StudySet =
  | { readonly kind: 'due' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'bookmarked' }
  | { readonly kind: 'weak' }
  | { readonly kind: 'all' }
  | { readonly kind: 'cards'; readonly cardIds: readonly string[] };

export type Route =
  | { readonly name: 'home' }
  | {
      readonly name: 'section';
      readonly deckId: string;
      readonly sectionId: string;
      readonly index: number;
    }
  | {
      readonly name: 'study';
      readonly deckId: string;
      readonly set: StudySet;
      readonly cram: boolean;
    }
  | { readonly name: 'browse'; readonly params: URLSearchParams }
  | { readonly name: 'card'; readonly deckId: string; readonly cardId: string }
  | { readonly name: 'weak' }
  | { readonly name: 'quiz'; readonly params: URLSearchParams }
  | { readonly name: 'mock' }
  | { readonly name: 'stats' }
  | { readonly name: 'settings' }
  | { readonly name: 'not-found'; readonly hash: string };

const enc = encodeURIComponent;

export function parseRoute(hash: string): Route {
  const [rawPath = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const path = rawPath || '/';
  const params = new URLSearchParams(query);
  const parts = path.split('/').slice(1).map(decodeURIComponent);
  const [first, second, third, fourth, fifth] = parts;

  if (path === '/') return { name: 'home' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/browse') return { name: 'browse', params };
  if (path === '/weak') return { name: 'weak' };
  if (path === '/quiz') return { name: 'quiz', params };
  if (path === '/mock') return { name: 'mock' };
  if (path === '/stats') return { name: 'stats' };
  if (first === 'cards' && second && third && parts.length === 3) {
    return { name: 'card', deckId: second, cardId: third };
  }
  if (first === 'decks' && second && third === 'study' && parts.length === 3) {
    return {
      name: 'study',
      deckId: second,
      set: parseSet(params.get('set')),
      cram: params.get('cram') === '1',
    };
  }
  if (first === 'decks' && second && third === 'sections' && fourth && parts.length <= 5) {
    const position = fifth && /^\d+$/.test(fifth) ? Number(fifth) : 1;
    if (parts.length === 5 && !/^\d+$/.test(fifth ?? '')) return { name: 'not-found', hash };
    return { name: 'section', deckId: second, sectionId: fourth, index: Math.max(0, position - 1) };
  }
  return { name: 'not-found', hash };
}

function parseSet(value: string | null): StudySet {
  if (!value || value === 'due') return { kind: 'due' };
  if (value === 'bookmarked' || value === 'weak' || value === 'all') return { kind: value };
  if (value.startsWith('section:'))
    return { kind: 'section', sectionId: value.slice('section:'.length) };
  if (value.startsWith('cards:'))
    return { kind: 'cards', cardIds: value.slice('cards:'.length).split(',').filter(Boolean) };
  return { kind: 'due' };
}

function formatSet(set: StudySet): string | null {
  switch (set.kind) {
    case 'due':
      return null;
    case 'section':
      return `section:${set.sectionId}`;
    case 'cards':
      return `cards:${set.cardIds.join(',')}`;
    default:
      return set.kind;
  }
}

export function sectionHref(deckId: string, sectionId: string, index = 0): string {
  const base = `#/decks/${enc(deckId)}/sections/${enc(sectionId)}`;
  return index > 0 ? `${base}/${index + 1}` : base;
}

export function studyHref(deckId: string, set: StudySet = { kind: 'due' }, cram = false): string {
  const params = new URLSearchParams();
  const value = formatSet(set);
  if (value) params.set('set', value);
  if (cram) params.set('cram', '1');
  const query = params.toString();
  return `#/decks/${enc(deckId)}/study${query ? `?${query}` : ''}`;
}

export const cardHref = (deckId: string, cardId: string) => `#/cards/${enc(deckId)}/${enc(cardId)}`;

export function browseHref(params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `#/browse${query ? `?${query}` : ''}`;
}
