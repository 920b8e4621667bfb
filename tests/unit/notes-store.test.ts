import { describe, expect, it } from 'vitest';
import { MAX_OWN_ANSWER_CHARS } from '../../src/deck/key-points/own-answer.ts';
import { createNotesStore, NOTES_STORAGE_KEY } from '../../src/store/notes/notes-store.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const MONDAY = Date.UTC(2026, 10, 23, 9, 0);
const TUESDAY = Date.UTC(2026, 10, 24, 9, 0);
const VPC = 'aws-backend-interview/what-is-a-vpc';
const S3 = 'aws-backend-interview/what-is-auto-scaling';

describe('the notes store', () => {
  it('saves each change at once, so a reload right after a keystroke finds it', () => {
    const storage = new MemoryStorage();
    const notes = createNotesStore(storage);
    for (const text of ['M', 'My', 'My V', 'My VPC']) notes.getState().write(VPC, text, MONDAY);
    expect(storage.writes).toBe(4);

    const reloaded = createNotesStore(storage);
    expect(reloaded.getState().answers).toEqual({ [VPC]: { text: 'My VPC', at: MONDAY } });
    expect(reloaded.getState().unsaved).toBeNull();
    expect(reloaded.getState().setAside).toBeNull();
  });

  it('refuses text over the limit and keeps what was there', () => {
    const notes = createNotesStore(new MemoryStorage());
    notes.getState().write(VPC, 'short', MONDAY);
    const problem = notes.getState().write(VPC, 'x'.repeat(MAX_OWN_ANSWER_CHARS + 1), TUESDAY);
    expect(problem).toBe('Your answer is 20,001 characters, expected at most 20,000');
    expect(notes.getState().answers[VPC]).toEqual({ text: 'short', at: MONDAY });
  });

  it('keeps answers in this tab when storage is full, says so, and saves once there is room', () => {
    const storage = new MemoryStorage(60);
    const notes = createNotesStore(storage);
    notes.getState().write(VPC, 'An isolated network of my own in a region', MONDAY);
    expect(notes.getState().unsaved).toBe('quota');
    expect(notes.getState().answers[VPC]?.text).toBe('An isolated network of my own in a region');
    expect(storage.getItem(NOTES_STORAGE_KEY)).toBeNull();

    storage.quota = Infinity;
    notes.getState().write(VPC, 'An isolated network of my own in a region.', TUESDAY);
    expect(notes.getState().unsaved).toBeNull();
    expect(createNotesStore(storage).getState().answers[VPC]?.at).toBe(TUESDAY);
  });

  it('works, in memory only, where storage is blocked', () => {
    const notes = createNotesStore(null);
    expect(notes.getState().write(VPC, 'typed', MONDAY)).toBeNull();
    expect(notes.getState().unsaved).toBe('unavailable');
    expect(notes.getState().answers[VPC]?.text).toBe('typed');
  });

  it('loads the readable answers and keeps the saved text aside when some are damaged', () => {
    const storage = new MemoryStorage();
    const saved = JSON.stringify({
      version: 1,
      answers: { [VPC]: { text: 'mine', at: MONDAY }, [S3]: { text: 42, at: MONDAY } },
    });
    storage.setItem(NOTES_STORAGE_KEY, saved);
    const notes = createNotesStore(storage);
    expect(notes.getState().answers).toEqual({ [VPC]: { text: 'mine', at: MONDAY } });
    const aside = notes.getState().setAside;
    expect(aside?.reason).toBe(`the answer to ${S3} has no text`);
    expect(storage.getItem(aside?.key ?? '')).toBe(saved);
  });

  it('keeps text that is not JSON aside, untouched, and starts afresh', () => {
    const storage = new MemoryStorage();
    storage.setItem(NOTES_STORAGE_KEY, '{"version":1,"answ');
    const notes = createNotesStore(storage);
    expect(notes.getState().answers).toEqual({});
    expect(notes.getState().setAside?.reason).toBe('not JSON');
    expect(storage.getItem(notes.getState().setAside?.key ?? '')).toBe('{"version":1,"answ');
  });

  it('never writes over damaged text it had no room to keep aside', () => {
    const storage = new MemoryStorage();
    const damaged = 'not json at all';
    storage.setItem(NOTES_STORAGE_KEY, damaged);
    storage.quota = damaged.length + NOTES_STORAGE_KEY.length;
    const notes = createNotesStore(storage);
    notes.getState().write(VPC, 'new', MONDAY);
    expect(notes.getState().unsaved).toBe('quota');
    expect(storage.getItem(NOTES_STORAGE_KEY)).toBe(damaged);
  });

  it('merges answers from a backup card by card: the newer edit wins', () => {
    const notes = createNotesStore(new MemoryStorage());
    notes.getState().write(VPC, 'mine, newer', TUESDAY);
    notes.getState().merge({
      [VPC]: { text: 'theirs, older', at: MONDAY },
      [S3]: { text: 'only in the backup', at: MONDAY },
    });
    expect(notes.getState().answers).toEqual({
      [VPC]: { text: 'mine, newer', at: TUESDAY },
      [S3]: { text: 'only in the backup', at: MONDAY },
    });
  });
});
