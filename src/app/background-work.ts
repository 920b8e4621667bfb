// What every tab does once its first screen is drawn and the browser is idle, in one chunk
// (each lazy import in the entry costs first-screen bytes): offline support and its updates,
// and following sync when another tab turns it on or off.
import { followOtherTabs } from '../store/sync-tabs/index.ts';
import { registerServiceWorker } from './service-worker.ts';

export function startBackgroundWork(): void {
  registerServiceWorker();
  followOtherTabs();
}
