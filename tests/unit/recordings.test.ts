// The IndexedDB classes as globals (idb checks `instanceof`); each test opens its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  describeRecording,
  formatBytes,
  formatClock,
  recordingFileName,
} from '../../src/components/recording/recording-format.ts';
import {
  atLengthLimit,
  fitsUnderCap,
  MAX_RECORDING_MS,
  MAX_RECORDINGS_BYTES,
} from '../../src/store/recordings/recording-limits.ts';
import {
  openRecordingStore,
  RECORDINGS_DB,
  RecordingSaveError,
} from '../../src/store/recordings/recordings.ts';
import { DB_NAME } from '../../src/store/tools/index.ts';

const T0 = Date.UTC(2026, 10, 27, 9, 31, 0);
const CARD = 'aws-backend-interview/what-is-aws';
const OTHER = 'aws-backend-interview/what-is-ec2';
const audio = (bytes: number) => new Blob([new Uint8Array(bytes).fill(7)], { type: 'audio/webm' });
const fields = (id: string, card = CARD, createdAt = T0) => ({
  id,
  card,
  createdAt,
  durationMs: 42_000,
  type: 'audio/webm',
});

describe('recording limits', () => {
  it('stops a recording at five minutes, not a millisecond before', () => {
    expect(MAX_RECORDING_MS).toBe(300_000);
    expect(atLengthLimit(T0, T0 + 299_999)).toBe(false);
    expect(atLengthLimit(T0, T0 + 300_000)).toBe(true);
    expect(atLengthLimit(T0, T0 + 2_000, 2_000)).toBe(true);
  });

  it('lets recordings fill the cap exactly, and no further', () => {
    expect(MAX_RECORDINGS_BYTES).toBe(50 * 1024 * 1024);
    expect(fitsUnderCap(0, MAX_RECORDINGS_BYTES)).toBe(true);
    expect(fitsUnderCap(1, MAX_RECORDINGS_BYTES)).toBe(false);
    expect(fitsUnderCap(600, 400, 1000)).toBe(true);
    expect(fitsUnderCap(600, 401, 1000)).toBe(false);
  });
});

describe('how recordings read', () => {
  it('shows durations as a stopwatch does', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(999)).toBe('0:00');
    expect(formatClock(42_500)).toBe('0:42');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(MAX_RECORDING_MS)).toBe('5:00');
    expect(formatClock(-20)).toBe('0:00');
  });

  it('sizes in B, KB and MB', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  it('says when and how long, and names a download by its time', () => {
    const utc = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    expect(describeRecording({ createdAt: T0, durationMs: 42_000 }, utc)).toBe(
      'Nov 27, 2026, 9:31 AM · 0:42',
    );
    expect(recordingFileName(T0, 'audio/webm;codecs=opus')).toBe(
      'prepdeck-answer-2026-11-27-09-31-00.webm',
    );
    expect(recordingFileName(T0, 'audio/ogg')).toMatch(/\.ogg$/);
    expect(recordingFileName(T0, 'audio/mp4')).toMatch(/\.m4a$/);
  });
});

describe('the recordings database', () => {
  it('keeps recordings per card, newest first, with their audio, across a reopen', async () => {
    const idb = new IDBFactory();
    const store = openRecordingStore({ indexedDB: idb });
    await store.add(fields('a', CARD, T0), audio(10));
    await store.add(fields('b', CARD, T0 + 60_000), audio(20));
    await store.add(fields('c', OTHER, T0), audio(30));

    const again = openRecordingStore({ indexedDB: idb });
    const list = (await again.list(CARD)).recordings;
    expect(list.map((r) => [r.id, r.size, r.durationMs])).toEqual([
      ['b', 20, 42_000],
      ['a', 10, 42_000],
    ]);
    expect(list[0]?.audio.type).toBe('audio/webm');
    const bytes = await list[0]?.audio.arrayBuffer();
    expect(new Uint8Array(bytes ?? new ArrayBuffer(0))).toEqual(new Uint8Array(20).fill(7));
    expect(await again.usage()).toBe(60);
  });

  it('checks what it reads back: a damaged record is left out, counted and left in place', async () => {
    const idb = new IDBFactory();
    const store = openRecordingStore({ indexedDB: idb });
    await store.add(fields('a'), audio(10));
    await store.add(fields('b', CARD, T0 + 1), audio(20));
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = idb.open(RECORDINGS_DB);
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ id: 'b', card: CARD, createdAt: 'yesterday', size: -5 });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();

    const again = openRecordingStore({ indexedDB: idb });
    const listed = await again.list(CARD);
    expect(listed.recordings.map((r) => r.id)).toEqual(['a']);
    expect(listed.unreadable).toBe(1);
    expect(await again.usage()).toBe(10);
    // Still there, untouched, for a version that can read it.
    expect((await again.list(CARD)).unreadable).toBe(1);
  });

  it('uses a database of its own, never the progress database', async () => {
    const idb = new IDBFactory();
    await openRecordingStore({ indexedDB: idb }).add(fields('a'), audio(5));
    const names = (await idb.databases()).map((d) => d.name);
    expect(names).toEqual([RECORDINGS_DB]);
    expect(RECORDINGS_DB).not.toBe(DB_NAME);
  });

  it('deletes one recording and its audio, and tells who listens', async () => {
    const store = openRecordingStore({ indexedDB: new IDBFactory() });
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    await store.add(fields('a'), audio(10));
    await store.add(fields('b', CARD, T0 + 1), audio(10));
    await store.remove('a');
    expect((await store.list(CARD)).recordings.map((r) => r.id)).toEqual(['b']);
    expect(await store.usage()).toBe(10);
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    await store.remove('b');
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('refuses a recording past the cap and keeps what was there', async () => {
    const store = openRecordingStore({ indexedDB: new IDBFactory(), cap: 100 });
    await store.add(fields('a'), audio(60));
    const refused = store.add(fields('b'), audio(41));
    await expect(refused).rejects.toBeInstanceOf(RecordingSaveError);
    await expect(refused).rejects.toMatchObject({ reason: 'cap' });
    expect((await store.list(CARD)).recordings.map((r) => r.id)).toEqual(['a']);
    await store.add(fields('c'), audio(40));
    expect(await store.usage()).toBe(100);
  });

  it('says the device is full when IndexedDB runs out of quota, and writes nothing', async () => {
    const store = openRecordingStore({ indexedDB: new IDBFactory() });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'audio') throw new DOMException('no room', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.add(fields('a'), audio(10))).rejects.toMatchObject({ reason: 'full' });
    vi.restoreAllMocks();
    expect((await store.list(CARD)).recordings).toEqual([]);
    expect(await store.usage()).toBe(0);
  });

  it('gives the database up to a newer version in another tab, then leaves that one alone', async () => {
    const idb = new IDBFactory();
    const store = openRecordingStore({ indexedDB: idb });
    await store.add(fields('a'), audio(10));
    // Another tab opens a newer version: this one must close, or the other would be blocked.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = idb.open(RECORDINGS_DB, 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('blocked'));
    });
    newer.close();
    expect((await store.list(CARD)).recordings).toEqual([]);
    await expect(store.add(fields('b'), audio(1))).rejects.toMatchObject({
      reason: 'unavailable',
    });
  });

  it('lists nothing and saves nothing without IndexedDB, saying why', async () => {
    const store = openRecordingStore({ indexedDB: null });
    expect((await store.list(CARD)).recordings).toEqual([]);
    expect(await store.usage()).toBe(0);
    await expect(store.add(fields('a'), audio(1))).rejects.toMatchObject({
      reason: 'unavailable',
    });
  });
});
