// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteEntry } from '../../src/app/define-route.ts';

// The browser's idle moments, handed out one at a time by the test.
let idle: (() => void)[] = [];
let frames: (() => void)[] = [];

/** Lets the page paint and go idle once: one idle callback runs (and what it settles). */
async function oneIdleMoment(): Promise<void> {
  for (const frame of frames.splice(0)) frame();
  await vi.advanceTimersByTimeAsync(0);
  const next = idle.shift();
  next?.();
  await vi.advanceTimersByTimeAsync(0);
}

const routes: RouteEntry[] = [];
vi.mock('../../src/app/routes.tsx', () => ({ ROUTES: routes }));

beforeEach(() => {
  vi.useFakeTimers();
  vi.resetModules();
  idle = [];
  frames = [];
  routes.length = 0;
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => frames.push(frame));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('work deferred to idle time', () => {
  it('waits for the first paint, then runs one piece per idle callback, in order', async () => {
    const { inIdleTime } = await import('../../src/lib/when-idle.ts');
    const ran: string[] = [];
    inIdleTime(() => ran.push('renderer'));
    inIdleTime(() => ran.push('answers'));
    inIdleTime(() => ran.push('screen'));
    // Nothing before a frame is drawn and the browser is idle.
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toHaveLength(0);
    expect(ran).toEqual([]);

    await oneIdleMoment();
    expect(ran).toEqual(['renderer']);
    await oneIdleMoment();
    expect(ran).toEqual(['renderer', 'answers']);
    await oneIdleMoment();
    expect(ran).toEqual(['renderer', 'answers', 'screen']);
    // The queue found empty, nothing more is asked of the browser.
    await oneIdleMoment();
    expect(idle).toHaveLength(0);
    expect(frames).toHaveLength(0);
  });

  it('keeps idle pieces waiting while a grade is on its way to the disk', async () => {
    const { holdIdleWork, inIdleTime } = await import('../../src/lib/when-idle.ts');
    const ran: string[] = [];
    inIdleTime(() => ran.push('renderer'));
    inIdleTime(() => ran.push('screen'));
    await oneIdleMoment();
    expect(ran).toEqual(['renderer']);

    let written = () => {};
    holdIdleWork(new Promise<void>((resolve) => (written = resolve)));
    // The page looks idle while the disk writes: the next piece still waits.
    await oneIdleMoment();
    await oneIdleMoment();
    expect(ran).toEqual(['renderer']);

    written();
    await vi.advanceTimersByTimeAsync(0);
    await oneIdleMoment();
    expect(ran).toEqual(['renderer', 'screen']);
  });

  it('starts the next piece only once the previous one has settled, failed or not', async () => {
    const { inIdleTime } = await import('../../src/lib/when-idle.ts');
    const ran: string[] = [];
    let arrive = () => {};
    inIdleTime(() => new Promise<void>((resolve) => (arrive = resolve)));
    inIdleTime(() => {
      ran.push('throws');
      throw new Error('no');
    });
    inIdleTime(() => {
      ran.push('rejects');
      return Promise.reject(new Error('offline'));
    });
    inIdleTime(() => ran.push('last'));

    await oneIdleMoment();
    // The first piece's code is still on its way: no other piece is asked for meanwhile.
    expect(idle).toHaveLength(0);
    arrive();
    await oneIdleMoment();
    expect(ran).toEqual(['throws']);
    await oneIdleMoment();
    await oneIdleMoment();
    expect(ran).toEqual(['throws', 'rejects', 'last']);
  });

  it('does not wait for ever on a piece that never settles', async () => {
    const { inIdleTime, PIECE_LIMIT } = await import('../../src/lib/when-idle.ts');
    const ran: string[] = [];
    inIdleTime(() => new Promise(() => {}));
    inIdleTime(() => ran.push('next'));
    await oneIdleMoment();
    await vi.advanceTimersByTimeAsync(PIECE_LIMIT);
    await oneIdleMoment();
    expect(ran).toEqual(['next']);
  });

  it('takes pieces queued after the others are done', async () => {
    const { inIdleTime } = await import('../../src/lib/when-idle.ts');
    const ran: string[] = [];
    inIdleTime(() => ran.push('first'));
    await oneIdleMoment();
    inIdleTime(() => ran.push('later'));
    await oneIdleMoment();
    expect(ran).toEqual(['first', 'later']);
  });
});

describe('screens prefetched in idle time', () => {
  const route = (name: string, load: () => Promise<unknown>) =>
    ({ name, load }) as unknown as RouteEntry;

  it('loads one screen per idle moment, in the routes’ order, and forgets one that failed', async () => {
    const asked: string[] = [];
    let attempts = 0;
    routes.push(
      route('home', () => (asked.push('home'), Promise.resolve({ home: true }))),
      route('stats', () => {
        asked.push('stats');
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : Promise.resolve({ stats: true });
      }),
      route('settings', () => (asked.push('settings'), Promise.resolve({ settings: true }))),
    );
    const modules = await import('../../src/app/screen-modules.ts');
    modules.prefetchScreens();
    await oneIdleMoment();
    expect(asked).toEqual(['home']);
    expect(modules.readyScreen('home')).toEqual({ module: { home: true } });
    await oneIdleMoment();
    expect(asked).toEqual(['home', 'stats']);
    await oneIdleMoment();
    expect(asked).toEqual(['home', 'stats', 'settings']);
    expect(modules.readyScreen('stats')).toBeNull();
    // The visit tries the failed screen afresh, and gets it.
    const [, stats] = routes;
    expect(await modules.loadScreen(stats as RouteEntry)).toEqual({ module: { stats: true } });
    expect(attempts).toBe(2);
  });
});
