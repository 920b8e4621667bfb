import type { ReactNode } from 'react';

/** What a path pattern captured: `:name` segments, decoded, and the query string. */
interface RouteMatch {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

interface RouteSpec<N extends string, R extends object, M> {
  readonly name: N;
  /** `/decks/:deckId/study`; a trailing `?` makes the last segment optional. */
  readonly path: string;
  /** Turns a match into the screen's props; null means "no such page". */
  readonly parse: (match: RouteMatch) => R | null;
  /** The screen's module, loaded on demand so each screen is its own chunk. */
  readonly load: () => Promise<M>;
  /** Draws the screen; null when what the URL names does not exist (the not-found page). */
  readonly render: (module: M, route: R) => ReactNode;
  readonly title: (route: R) => string;
  /** Label in the header's navigation, for screens that have a place there. */
  readonly nav?: string;
  /** A shorter label for a phone's bottom bar, where each link has a sixth of 320 px. */
  readonly navShort?: string;
  /** On a phone, an icon in the header rather than a place in the bottom bar. */
  readonly navIcon?: true;
}

/** One screen, with its module's type hidden so that different screens share one table. */
export interface RouteEntry<N extends string = string, R extends object = object> {
  readonly name: N;
  readonly path: string;
  readonly nav: string | undefined;
  readonly navShort: string | undefined;
  readonly navIcon: boolean;
  readonly match: (parts: readonly string[], query: URLSearchParams) => R | null;
  readonly load: () => Promise<unknown>;
  readonly render: (module: unknown, route: R) => ReactNode;
  readonly title: (route: R) => string;
}

export function defineRoute<N extends string, R extends object, M>(
  spec: RouteSpec<N, R, M>,
): RouteEntry<N, R> {
  const pattern = spec.path.split('/').slice(1);
  return {
    name: spec.name,
    path: spec.path,
    nav: spec.nav,
    navShort: spec.navShort,
    navIcon: spec.navIcon === true,
    match: (parts, query) => {
      const params = matchPattern(pattern, parts);
      return params ? spec.parse({ params, query }) : null;
    },
    load: spec.load,
    render: (module, route) => spec.render(module as M, route),
    title: spec.title,
  };
}

function matchPattern(
  pattern: readonly string[],
  parts: readonly string[],
): Record<string, string> | null {
  const required = pattern.filter((p) => !p.endsWith('?')).length;
  if (parts.length < required || parts.length > pattern.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of pattern.entries()) {
    const part = parts[i];
    if (part === undefined) continue;
    if (segment.startsWith(':')) {
      if (!part) return null;
      params[segment.slice(1).replace(/\?$/, '')] = part;
    } else if (segment !== part) return null;
  }
  return params;
}
