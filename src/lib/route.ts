/** Hash routes, so a link to any screen works on any static host. */
export type Route =
  | { readonly name: 'home' }
  | {
      readonly name: 'section';
      readonly deckId: string;
      readonly sectionId: string;
      readonly index: number;
    }
  | { readonly name: 'study'; readonly deckId: string }
  | { readonly name: 'settings' }
  | { readonly name: 'not-found'; readonly hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/settings') return { name: 'settings' };
  const study = /^\/decks\/([^/]+)\/study$/.exec(path);
  if (study) return { name: 'study', deckId: decodeURIComponent(study[1] ?? '') };
  const section = /^\/decks\/([^/]+)\/sections\/([^/]+)(?:\/(\d+))?$/.exec(path);
  if (section) {
    const [, deckId = '', sectionId = '', position] = section;
    return {
      name: 'section',
      deckId: decodeURIComponent(deckId),
      sectionId: decodeURIComponent(sectionId),
      index: position ? Math.max(0, Number(position) - 1) : 0,
    };
  }
  return { name: 'not-found', hash };
}

export function sectionHref(deckId: string, sectionId: string, index = 0): string {
  const base = `#/decks/${encodeURIComponent(deckId)}/sections/${encodeURIComponent(sectionId)}`;
  return index > 0 ? `${base}/${index + 1}` : base;
}

export const studyHref = (deckId: string) => `#/decks/${encodeURIComponent(deckId)}/study`;
