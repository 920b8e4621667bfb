import { lazy, startTransition, useState, type ComponentType } from 'react';
import type { RouteEntry } from './define-route.ts';
import { decksVersion, openLibrary } from '../store/decks/index.ts';
import { NotFound } from './not-found.tsx';
import { ScreenFailure } from './screen-failure.tsx';
import {
  forgetFailedScreen,
  loadScreen,
  readyScreen,
  type ScreenOutcome,
} from './screen-modules.ts';

interface DrawnProps {
  readonly route: object;
  readonly onRetry: () => void;
}

function Drawn({ entry, outcome, route, onRetry }: DrawnProps & DrawnOf) {
  if ('error' in outcome) return <ScreenFailure error={outcome.error} onRetry={onRetry} />;
  const screen = entry.render(outcome.module, route);
  if (screen || decksVersion()) return screen ?? <NotFound />;
  // What the URL names may be a deck of the user's: read the library (idempotent), then the app
  // draws the screen again.
  void openLibrary();
  return <p className="loading">Loading…</p>;
}

interface DrawnOf {
  readonly entry: RouteEntry;
  readonly outcome: ScreenOutcome;
}

// A screen whose code had not arrived when it was first shown, by route name: React.lazy
// suspends until it has, so a navigation in a transition keeps the screen before.
const lazyScreens = new Map<string, ComponentType<DrawnProps>>();

function lazyScreen(entry: RouteEntry): ComponentType<DrawnProps> {
  let screen = lazyScreens.get(entry.name);
  if (!screen) {
    screen = lazy(async () => {
      const outcome = await loadScreen(entry);
      return {
        default: (props: DrawnProps) => <Drawn entry={entry} outcome={outcome} {...props} />,
      };
    });
    lazyScreens.set(entry.name, screen);
  }
  return screen;
}

/** One screen: its module loaded on demand, then drawn for the route. Key it by route name. */
export function ScreenSlot({ entry, route }: { entry: RouteEntry; route: object }) {
  const [, setAttempt] = useState(0);
  const retry = () => {
    forgetFailedScreen(entry.name);
    lazyScreens.delete(entry.name);
    // The failure stays on screen until the code has arrived.
    startTransition(() => setAttempt((n) => n + 1));
  };
  const ready = readyScreen(entry.name);
  // Once lazy, always lazy: switching component type would remount the screen.
  const Lazy = lazyScreens.get(entry.name) ?? (ready ? null : lazyScreen(entry));
  return Lazy ? (
    // One lazy component per route name, kept in a module map: not re-created per render.
    // eslint-disable-next-line react-hooks/static-components
    <Lazy route={route} onRetry={retry} />
  ) : (
    <Drawn entry={entry} outcome={ready as ScreenOutcome} route={route} onRetry={retry} />
  );
}
