import { useEffect, useState } from 'react';
import { mayReloadFor } from '../store/prefs/index.ts';
import { deployedVersion, isChunkLoadError } from './new-version.ts';
import { waitingUpdate } from './update-ready.ts';

interface ScreenFailureProps {
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** What the main area shows when a screen cannot load or crashes; the header keeps working. */
export function ScreenFailure({ error, onRetry }: ScreenFailureProps) {
  const chunk = isChunkLoadError(error);
  const [updating, setUpdating] = useState(false);

  // A chunk that is gone while the network works usually means a redeploy: reload onto it once.
  useEffect(() => {
    if (!chunk || !navigator.onLine) return;
    let live = true;
    void deployedVersion().then((version) => {
      // A new version's service worker may be waiting: it takes over, then reloads the tab.
      const update = waitingUpdate();
      if (!live || !(version || update) || !mayReloadFor(version ?? 'waiting worker')) return;
      setUpdating(true);
      if (update) void update();
      else window.location.reload();
    });
    return () => {
      live = false;
    };
  }, [chunk]);

  const message = error instanceof Error ? error.message : String(error);
  return (
    <section className="panel screen-failure" role="alert" aria-labelledby="screen-failure-title">
      <h1 id="screen-failure-title">
        {chunk ? 'This screen could not be loaded' : 'Something went wrong on this screen'}
      </h1>
      <p>
        {updating
          ? 'A new version of PrepDeck is available: loading it…'
          : chunk
            ? navigator.onLine
              ? 'Its code could not be fetched. Check your connection and try again.'
              : 'You seem to be offline. Reconnect, then try again.'
            : 'Your progress is saved. Try again, or go back to your decks.'}
      </p>
      <p className="hint">{message}</p>
      <p className="screen-failure-actions">
        <button type="button" className="primary" onClick={onRetry}>
          Retry
        </button>{' '}
        <a href="#/">Go to Home</a>
      </p>
    </section>
  );
}
