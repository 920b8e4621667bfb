import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createSavePause,
  SAVE_PAUSE,
  SAVE_WAIT_LIMIT,
} from '../../src/store/progress/save-pause.ts';

/** A journal whose writes are on disk, or one still writing (`inFlight`), or none at all. */
function journalDouble(enabled = true) {
  const state = { inFlight: null as Promise<void> | null };
  return { state, journal: { enabled: () => enabled, durable: () => state.inFlight } };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function pauseWith(journal: ReturnType<typeof journalDouble>['journal']) {
  const saves: number[] = [];
  const pause = createSavePause({
    journal,
    afterPaint: (write) => setTimeout(write, 0),
    now: () => performance.now(),
    setTimeout: (run, ms) => void setTimeout(run, ms),
  });
  const write = () => saves.push(performance.now());
  return { pause, saves, write };
}

describe('the snapshot is saved when studying pauses', () => {
  it('waits while grades keep coming, then saves once, a pause after the last', async () => {
    const { journal } = journalDouble();
    const { pause, saves, write } = pauseWith(journal);
    const start = performance.now();
    pause.changed();
    pause.schedule(write);
    // A grade every 400 ms for two seconds: nothing saved meanwhile.
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(400);
      pause.changed();
    }
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_PAUSE + 100);
    expect(saves).toHaveLength(1);
    expect((saves[0] as number) - start).toBeGreaterThanOrEqual(2_000 + SAVE_PAUSE);
  });

  it('saves by the wait limit when studying never pauses', async () => {
    const { journal } = journalDouble();
    const { pause, saves, write } = pauseWith(journal);
    pause.changed();
    pause.schedule(write);
    for (let t = 0; t < SAVE_WAIT_LIMIT + 500; t += 300) {
      await vi.advanceTimersByTimeAsync(300);
      pause.changed();
    }
    expect(saves).toHaveLength(1);
  });

  it('waits for a journal write in flight, and no longer than the wait limit for a stuck one', async () => {
    const { journal, state } = journalDouble();
    const { pause, saves, write } = pauseWith(journal);
    let commit = () => {};
    state.inFlight = new Promise<void>((done) => (commit = done));
    pause.schedule(write);
    await vi.advanceTimersByTimeAsync(SAVE_PAUSE * 2);
    expect(saves).toEqual([]); // quiet, but the last change is not on disk yet
    commit();
    state.inFlight = null;
    await vi.advanceTimersByTimeAsync(100);
    expect(saves).toHaveLength(1);

    state.inFlight = new Promise<void>(() => undefined); // a disk that never answers
    pause.schedule(write);
    await vi.advanceTimersByTimeAsync(SAVE_WAIT_LIMIT - 100);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(saves).toHaveLength(2);
  });

  it('without a journal, saves at once: localStorage is all there is', async () => {
    const { journal } = journalDouble(false);
    const { pause, saves, write } = pauseWith(journal);
    pause.changed();
    pause.schedule(write);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toHaveLength(1);
  });
});
