/**
 * The progress data and its saved format, pure (no browser, no app instance): what backups,
 * merges and tools read and write. The app's progress itself is `index.ts`.
 */
export { compareReviews, type Bookmark, type Progress } from './progress.ts';
export { decodeProgress, encodeProgress, type EncodedProgress } from './codec.ts';
export { CURRENT_VERSION, migrateProgress } from './migrations.ts';
export { ARCHIVE_AFTER } from './saved-progress.ts';
