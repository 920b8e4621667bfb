export { countAnswers, useNotes } from './notes-store.ts';
export { notesForBackup } from './notes-backup.ts';
