import { useEffect, useState } from 'react';
import type { RouteEntry } from './define-route.ts';
import { NotFound } from './not-found.tsx';
import { ScreenFailure } from './screen-failure.tsx';

// Loaded screen modules by route name. A failed load is not kept, so Retry imports afresh
// (React.lazy would keep the rejected promise and fail forever).
const loaded = new Map<string, unknown>();

/** Marks a screen as already in the entry chunk, so it renders without waiting. */
export function preloadedScreen(name: string, module: unknown): void {
  loaded.set(name, module);
}

type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly module: unknown }
  | { readonly status: 'failed'; readonly error: unknown };

const initial = (name: string): LoadState =>
  loaded.has(name) ? { status: 'ready', module: loaded.get(name) } : { status: 'loading' };

/** One screen: its module loaded on demand, then drawn for the route. Key it by route name. */
export function ScreenSlot({ entry, route }: { entry: RouteEntry; route: object }) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState(() => initial(entry.name));

  useEffect(() => {
    if (loaded.has(entry.name)) return;
    let live = true;
    entry.load().then(
      (module) => {
        loaded.set(entry.name, module);
        if (live) setState({ status: 'ready', module });
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [entry, attempt]);

  switch (state.status) {
    case 'loading':
      return <p className="loading">Loading…</p>;
    case 'failed':
      return (
        <ScreenFailure
          error={state.error}
          onRetry={() => {
            setState({ status: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      );
    case 'ready':
      return entry.render(state.module, route) ?? <NotFound />;
  }
}
