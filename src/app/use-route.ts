import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../lib/route.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The current hash route; re-renders on navigation. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, readHash, () => ''));
}
