export {
  createBackup,
  planRestore,
  planRestoreFromSaved,
  type BackupWords,
  type DecksHere,
  type RestorePlan,
} from './backup.ts';
export { type DeckPlan } from './deck-backup.ts';
export { downloadProgress, downloadText } from './download.ts';
export {
  planMerge,
  summarizeMerge,
  type MergeCounts,
  type MergePlan,
  type MergeSummary,
} from './merge-plan.ts';
export { deckPlanLine } from './deck-summary.ts';
export { editsIn, hasProgress, merge, ownAnswersIn, restore, restoreKeptCopy } from './restore.ts';
