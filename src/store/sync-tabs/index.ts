// Sync is a setting of the browser, not of a tab: when another tab turns it on or off, this
// one follows (one tab syncs for all). Loaded once the first screen is drawn, in every tab,
// apart from sync's face, which the first screen carries.
import { loadSyncEngine, SYNC_SETTING, syncServer } from '../sync/index.ts';

export function followOtherTabs(): void {
  window.addEventListener('storage', (event) => {
    // A key of null: the whole storage was cleared.
    if (event.key !== SYNC_SETTING && event.key !== null) return;
    const server = syncServer();
    void loadSyncEngine().then((sync) => (server ? sync.resumeSync() : sync.stoppedElsewhere()));
  });
}
