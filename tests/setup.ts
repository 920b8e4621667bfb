import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';

// The clock every saved time comes from: pinned by tests that set `clock.time` (support/clock.ts),
// real time for the others; each test file starts unpinned.
(globalThis as { testClockPinned?: number | null }).testClockPinned = null;
vi.mock('../src/store/kernel/clock.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/store/kernel/clock.ts')>();
  const { clock } = await import('./support/clock.ts');
  return {
    now: () => clock.time,
    localUtcOffset: (time: number) => (clock.pinned ? 0 : real.localUtcOffset(time)),
  };
});

// Testing Library only cleans up by itself when test globals are on; they are not here.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

// Node has the compression streams a browser has, but a VM context's jsdom does not take them
// over (the suite runs files in VM contexts: vite.config.ts): the progress link needs them.
if (typeof globalThis.CompressionStream === 'undefined') {
  const web = await import('node:stream/web');
  Object.assign(globalThis, {
    CompressionStream: web.CompressionStream,
    DecompressionStream: web.DecompressionStream,
  });
}

// jsdom has <dialog> but not its methods yet: the smallest stand-in that keeps `open` right.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

// The app prefetches every deck's answers at start-up; tests of screens start the same way.
if (typeof document !== 'undefined') {
  const { beforeAll } = await import('vitest');
  // findBy… and waitFor give up after 1 s by default: on a shared 2-core machine a lazy screen
  // or the markdown renderer's first import can take longer to appear (over 5 s with the browser
  // suite running beside it). Tests wait for behaviour, never assert how fast it comes.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 15_000 });
  beforeAll(async () => {
    const { loadAllAnswers } = await import('../src/store/decks/answers.ts');
    await loadAllAnswers();
  });
}
