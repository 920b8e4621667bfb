// Sync between devices: its state (light, for the header) and its engine, loaded on demand
// (PouchDB is not part of the first screen, nor of a browser that never syncs).
export {
  setSyncState,
  SYNC_SETTING,
  syncServer,
  useSyncStatus,
  type SyncState,
} from './sync-status.ts';
export type { SyncPlan } from './sync-engine.ts';
export const loadSyncEngine = () => import('./sync-engine.ts');
