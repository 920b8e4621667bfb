// The learner's progress in this browser: grading, bookmarks, settings, saved and journaled.
export { settled, useProgress, whenHistoryLoaded } from './app-progress.ts';
export { bookmark, grade, undo } from './app-progress.ts';
export { gradedInThisTab } from './tab-grades.ts';
export { loadScheduler } from './progress-store.ts';
export { type Progress } from './progress.ts';
export { deleteKeptCopy, keepCopyBeforeRestore, keptCopies, readSetAside } from './kept-copies.ts';
export {
  dismissJournalNotice,
  journalNoticeSeen,
  localStorageUse,
  storageReport,
  type StorageReport,
} from './storage-report.ts';
// The clock every saved time comes from (tests fix it), and how saving goes.
export { localUtcOffset, now } from '../kernel/clock.ts';
export {
  LOCAL_STORAGE_LIMIT_CHARS,
  STORAGE_WARNING_CHARS,
  forgetSetAside,
  reportJournal,
  reportWiped,
  UNREADABLE_DECK,
  useSaveStatus,
  type SetAside,
} from '../kernel/save-status.ts';
