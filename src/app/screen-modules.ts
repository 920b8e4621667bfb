import { inIdleTime } from '../lib/when-idle.ts';
import type { RouteEntry } from './define-route.ts';
import { ROUTES } from './routes.tsx';

/** A screen's module, or why it could not be loaded. Never a rejection: `use` keeps it. */
export type ScreenOutcome = { readonly module: unknown } | { readonly error: unknown };

const ready = new Map<string, unknown>();
const loads = new Map<string, Promise<ScreenOutcome>>();

/** Marks a screen as already in the entry chunk, so it renders without waiting. */
export function preloadedScreen(name: string, module: unknown): void {
  ready.set(name, module);
}

/** The screen's module when its code has arrived, so showing it cannot suspend. */
export const readyScreen = (name: string): ScreenOutcome | null =>
  ready.has(name) ? { module: ready.get(name) } : null;

/**
 * Loads a screen's code once; the same promise to every caller, as React's `use` needs.
 * A failure is kept (re-rendering must not re-fetch forever) until `forgetFailedScreen`.
 */
export function loadScreen(entry: RouteEntry): Promise<ScreenOutcome> {
  let load = loads.get(entry.name);
  if (!load) {
    load = entry.load().then(
      (module) => {
        ready.set(entry.name, module);
        return { module };
      },
      (error: unknown) => ({ error }),
    );
    loads.set(entry.name, load);
  }
  return load;
}

/** Lets the next render load a failed screen afresh (Retry). */
export function forgetFailedScreen(name: string, load = loads.get(name)): void {
  if (!ready.has(name) && loads.get(name) === load) loads.delete(name);
}

/**
 * Fetches every screen's code once the first screen is idle, so that no later click waits for
 * the network: one screen per idle moment (its module evaluated and its stylesheet applied are
 * then one short task each). A prefetch that fails is forgotten: the visit itself tries again.
 */
export function prefetchScreens(): void {
  for (const entry of ROUTES as readonly RouteEntry[]) {
    inIdleTime(() => {
      const load = loadScreen(entry);
      return load.then((outcome) => {
        if ('error' in outcome) forgetFailedScreen(entry.name, load);
      });
    });
  }
}
