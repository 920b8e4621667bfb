// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'aws-backend-interview/what-is-aws';
const MONDAY = Date.UTC(2026, 10, 23, 9, 0);

beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
});

describe('own answers for a backup', () => {
  it('are read as saved while the notes store has not loaded (the first screen has no notes code)', async () => {
    const answers = { [KEY]: { text: 'saved earlier', at: MONDAY } };
    localStorage.setItem('prepdeck:notes', JSON.stringify({ version: 1, answers }));
    const { notesForBackup } = await import('../../src/store/notes/notes-backup.ts');
    expect(notesForBackup()).toEqual(answers);
  });

  it('are the store’s once it has loaded, also those storage refused', async () => {
    const { notesForBackup } = await import('../../src/store/notes/notes-backup.ts');
    const { useNotes } = await import('../../src/store/notes/notes-store.ts');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useNotes.getState().write(KEY, 'typed while storage was full', MONDAY);
    expect(notesForBackup()).toEqual({
      [KEY]: { text: 'typed while storage was full', at: MONDAY },
    });
  });

  it('are left out when none were saved, or what was saved cannot be read', async () => {
    const { notesForBackup } = await import('../../src/store/notes/notes-backup.ts');
    expect(notesForBackup()).toBeUndefined();
    localStorage.setItem('prepdeck:notes', '{"answ');
    expect(notesForBackup()).toBeUndefined();
  });
});
