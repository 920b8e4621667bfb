import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes.tsx';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The current hash and its route; re-renders on navigation. */
export function useRoute(): { readonly hash: string; readonly route: Route } {
  const hash = useSyncExternalStore(subscribe, readHash, () => '');
  const route = useMemo(() => parseRoute(hash), [hash]);
  return { hash, route };
}
