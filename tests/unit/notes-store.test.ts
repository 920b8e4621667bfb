// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MAX_OWN_ANSWER_CHARS } from '../../src/deck/key-points/own-answer.ts';
import {
  NOTES_DB_NAME,
  openNotesMirror,
  type NotesMirror,
} from '../../src/store/notes/notes-mirror.ts';
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

  it('keeps both tabs’ answers when each writes before the other’s storage event arrives', () => {
    const storage = new MemoryStorage();
    const a = createNotesStore(storage);
    const b = createNotesStore(storage);
    a.getState().write(VPC, 'typed in a', MONDAY);
    b.getState().write(S3, 'typed in b', TUESDAY);
    a.getState().write(VPC, 'typed in a, more', TUESDAY);
    expect(createNotesStore(storage).getState().answers).toEqual({
      [VPC]: { text: 'typed in a, more', at: TUESDAY },
      [S3]: { text: 'typed in b', at: TUESDAY },
    });
  });
});

describe('own answers in IndexedDB too', () => {
  const openMirror = (idb: IDBFactory) => openNotesMirror(idb);
  /** What the IndexedDB copy holds for a card, read as the next start-up would. */
  const mirrored = async (idb: IDBFactory, key: string) =>
    (await (await openMirror(idb))?.read())?.answers[key]?.text;

  it('brings back what a killed browser had not written to localStorage', async () => {
    const idb = new IDBFactory();
    const notes = createNotesStore(new MemoryStorage(), openMirror(idb));
    for (const text of ['M', 'My', 'My V', 'My VPC']) notes.getState().write(VPC, text, MONDAY);
    await expect.poll(() => mirrored(idb, VPC)).toBe('My VPC');

    // localStorage lost the last keystrokes: it holds an older text, or nothing at all.
    const older = new MemoryStorage();
    const text = { text: 'My', at: MONDAY - 1 };
    older.setItem(NOTES_STORAGE_KEY, JSON.stringify({ version: 1, answers: { [VPC]: text } }));
    for (const storage of [older, new MemoryStorage()]) {
      const reopened = createNotesStore(storage, openMirror(idb));
      await expect
        .poll(() => reopened.getState().answers[VPC])
        .toEqual({ text: 'My VPC', at: MONDAY });
      // And written back to localStorage.
      expect(createNotesStore(storage).getState().answers[VPC]?.text).toBe('My VPC');
    }
  });

  it('writes what was typed while it was still opening, the newest of each card', async () => {
    const idb = new IDBFactory();
    let opened: (mirror: NotesMirror | null) => void = () => {};
    const notes = createNotesStore(new MemoryStorage(), new Promise((done) => (opened = done)));
    notes.getState().write(VPC, 'first words', MONDAY);
    notes.getState().write(VPC, 'first words, then more', MONDAY + 1000);
    opened(await openMirror(idb));
    await expect.poll(() => mirrored(idb, VPC)).toBe('first words, then more');
  });

  it('takes in answers saved before it existed, and a newer edit in localStorage wins', async () => {
    const idb = new IDBFactory();
    const first = createNotesStore(new MemoryStorage(), openMirror(idb));
    first.getState().write(VPC, 'old text', MONDAY);
    await expect.poll(() => mirrored(idb, VPC)).toBe('old text');
    const storage = new MemoryStorage();
    const saved = {
      [VPC]: { text: 'newer text', at: TUESDAY },
      [S3]: { text: 'only here', at: MONDAY },
    };
    storage.setItem(NOTES_STORAGE_KEY, JSON.stringify({ version: 1, answers: saved }));
    const notes = createNotesStore(storage, openMirror(idb));
    // The mirror now holds them too: a browser that loses localStorage keeps them.
    await expect.poll(() => mirrored(idb, S3)).toBe('only here');
    await expect.poll(() => mirrored(idb, VPC)).toBe('newer text');
    expect(notes.getState().answers).toEqual(saved);
  });

  it('checks what it reads back: a damaged entry is left in place and reported, the rest used', async () => {
    const idb = new IDBFactory();
    const notes = createNotesStore(new MemoryStorage(), openMirror(idb));
    notes.getState().write(VPC, 'fine', MONDAY);
    await expect.poll(() => mirrored(idb, VPC)).toBe('fine');
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = idb.open(NOTES_DB_NAME);
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('answers', 'readwrite');
    tx.objectStore('answers').put({ text: 42, at: 'yesterday' }, S3);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();

    const reopened = createNotesStore(new MemoryStorage(), openMirror(idb));
    await expect
      .poll(() => reopened.getState().setAside?.reason)
      .toMatch(/1 answer in IndexedDB failed the checks/);
    expect(reopened.getState().answers).toEqual({ [VPC]: { text: 'fine', at: MONDAY } });
  });

  it('without IndexedDB, localStorage keeps the answers as before', async () => {
    const storage = new MemoryStorage();
    const notes = createNotesStore(storage, openNotesMirror(null));
    notes.getState().write(VPC, 'still saved', MONDAY);
    expect(createNotesStore(storage).getState().answers[VPC]?.text).toBe('still saved');
    await expect(openNotesMirror(null)).resolves.toBeNull();
  });
});
