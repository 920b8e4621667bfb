import { useNow } from '../../hooks/use-now.ts';
import { useSyncStatus } from '../../store/sync/index.ts';
import { describeSync } from './describe-sync.ts';
import './sync-badge.css';

/** Sync's state in the header, while sync is on: a link to its settings. */
export default function SyncBadge() {
  const state = useSyncStatus((s) => s.state);
  const time = useNow(30_000);
  const trouble = state.kind === 'paused' || state.kind === 'offline';
  return (
    <a
      className="sync-badge"
      href="#/settings"
      data-trouble={trouble || undefined}
      aria-live="polite"
      title="Sync settings"
    >
      {describeSync(state, time)}
    </a>
  );
}
