import { useLayoutEffect, useMemo, useState, useTransition } from 'react';
import { parseRoute, type Route } from './routes.tsx';
import { readyScreen } from './screen-modules.ts';

const readHash = () => window.location.hash;

/** Whether showing a route can render at once, with no code to wait for. */
const renders = (route: Route) => route.name === 'not-found' || readyScreen(route.name) !== null;

/**
 * The current hash and its route; re-renders on navigation. A screen whose code is still on
 * its way is shown in a transition: the current screen stays until the next is ready, instead
 * of a "Loading…" flash (`pending` meanwhile). A ready screen updates at once, which a field
 * fed by the URL (the card search) needs to keep every keystroke.
 */
export function useRoute(): { readonly hash: string; readonly route: Route; pending: boolean } {
  const [hash, setHash] = useState(readHash);
  const [pending, inTransition] = useTransition();

  // Listening from the commit that draws the app, not after it is painted: a key typed into
  // the search box in between changes the URL, and the change would go unheard.
  useLayoutEffect(() => {
    const onChange = () => {
      const next = readHash();
      if (renders(parseRoute(next))) setHash(next);
      else inTransition(() => setHash(next));
    };
    window.addEventListener('hashchange', onChange);
    // The hash may have changed between the first render and now.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const route = useMemo(() => parseRoute(hash), [hash]);
  return { hash, route, pending };
}
