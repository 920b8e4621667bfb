import { useEffect, useState } from 'react';
import { now } from '../../store/progress/index.ts';

type PanelModule = typeof import('./recordings-panel.tsx');

// The recorder is not part of any first screen: its code arrives when a card offers it.
let loaded: PanelModule | null = null;
const load = () => import('./recordings-panel.tsx');

interface RecordingsSlotProps {
  readonly cardKey: string;
  /** Where a transcript may join the typed answer (before the reveal). */
  readonly onTranscript?: (text: string) => void;
}

/** The typed answer with a transcript after it, cut at the typed answer's limit. */
export const withTranscript = (typed: string, heard: string, max: number): string =>
  (typed.trim() ? `${typed.trimEnd()} ${heard}` : heard).slice(0, max);

/**
 * "Answer aloud" for one card, loaded on demand. If its code cannot arrive (offline before it
 * was cached), it says so with a retry; the rest of the screen carries on.
 */
export function RecordingsSlot({ cardKey, onTranscript }: RecordingsSlotProps) {
  const [panel, setPanel] = useState<PanelModule | null>(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (panel) return;
    let live = true;
    load().then(
      (module) => {
        loaded = module;
        if (live) setPanel(module);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [panel, attempt]);

  if (panel)
    return <panel.RecordingsPanel cardKey={cardKey} now={now} onTranscript={onTranscript} />;
  if (failed) {
    return (
      <p className="notice notice-error" role="alert">
        The recorder could not be loaded (are you offline?).{' '}
        <button
          type="button"
          onClick={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </p>
    );
  }
  return <p className="loading">Loading the recorder…</p>;
}
