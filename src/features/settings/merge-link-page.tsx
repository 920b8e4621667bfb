import { useEffect, useState } from 'react';
import { MERGE_PATH, readProgressLink } from '../../lib/progress-link.ts';
import { useProgress, whenHistoryLoaded } from '../../store/progress/index.ts';
import { planMerge, type MergePlan } from '../../store/backup/index.ts';
import { MERGE_LINK_WORDS, MergePreview } from './merge-preview.tsx';
import { decksHere, knownCardKeys, restoreRoom } from './storage-room.ts';

type LinkState =
  | { readonly kind: 'reading' }
  | { readonly kind: 'read'; readonly plan: MergePlan }
  | { readonly kind: 'finished'; readonly message: string };

async function planFromLink(payload: string): Promise<MergePlan> {
  try {
    const text = await readProgressLink(payload);
    await whenHistoryLoaded(); // compared with the whole history here, older reviews included
    await decksHere(); // the user's decks loaded, so that their cards count as known
    return planMerge(
      text,
      knownCardKeys(),
      useProgress.getState(),
      MERGE_LINK_WORDS,
      restoreRoom(),
    );
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A progress link opened on this device (`#/merge?p=…`): what merging it would bring, then
 * Merge or Cancel. Either way the progress leaves the address, so a reload offers it no more.
 */
export function MergeLinkPage(props: { readonly payload: string }) {
  const { payload } = props;
  const [state, setState] = useState<LinkState>({ kind: 'reading' });

  useEffect(() => {
    let live = true;
    if (payload)
      void planFromLink(payload).then((plan) => live && setState({ kind: 'read', plan }));
    return () => {
      live = false;
    };
  }, [payload]);

  const finish = (message: string) => {
    window.history.replaceState(null, '', MERGE_PATH);
    setState({ kind: 'finished', message });
  };

  return (
    <section aria-labelledby="merge-title">
      <h1 id="merge-title">Merge progress from another device</h1>
      {!payload && (
        <p>
          This address carries no progress. To move progress between devices, use “Back up and move”
          in <a href="#/settings">Settings</a>.
        </p>
      )}
      {payload && state.kind === 'reading' && <p className="loading">Reading the link…</p>}
      {state.kind === 'read' && !state.plan.ok && (
        <p className="notice notice-error" role="alert">
          Not merged, nothing changed: {state.plan.reason}
        </p>
      )}
      {state.kind === 'read' && state.plan.ok && (
        <MergePreview
          from="This link"
          viaLink
          progress={state.plan.progress}
          summary={state.plan.summary}
          onDone={finish}
          onCancel={() => finish('Not merged: nothing was changed.')}
        />
      )}
      {state.kind === 'finished' && (
        <p className="notice" role="status">
          {state.message}
        </p>
      )}
      {(state.kind !== 'reading' || !payload) && (
        <p className="actions">
          <a href="#/">Home</a>
          <a href="#/stats">Statistics</a>
        </p>
      )}
    </section>
  );
}
