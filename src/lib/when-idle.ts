import { afterNextPaint } from './after-next-paint.ts';

/**
 * Runs `task` once the page has loaded and the browser is idle (or after `timeout` ms at most),
 * for work that must not compete with the first screen.
 */
export function whenIdle(task: () => void, timeout = 2000): void {
  const idle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout });
    else setTimeout(task, 200);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** A piece of deferred work: what it returns, if a promise, is waited for before the next. */
type Piece = () => unknown;

/** How long a piece may keep the next waiting (a fetch that hangs must not stop the rest). */
export const PIECE_LIMIT = 10_000;

/**
 * How long a piece waits for an idle moment at most. On a busy machine idle callbacks come only
 * at their timeout: at `whenIdle`'s 2 s, the twenty-odd pieces took 50–60 s, and offline
 * support (the last piece) came that much later.
 */
const PIECE_IDLE_WAIT = 500;

const pieces: Piece[] = [];
let running = false;

/** Work the user is waiting for, if any: idle pieces wait until it has settled. */
let held: Promise<unknown> | null = null;

/**
 * Keeps idle pieces waiting until `work` settles: a grade on its way to the disk. The page looks
 * idle while the disk writes, and a piece run then (a screen's module evaluated, 10–50 ms) would
 * hold back the moment the page hears that the grade is safe.
 */
export function holdIdleWork(work: Promise<unknown>): void {
  const all: Promise<unknown> = Promise.allSettled([held, work]).then(() => {
    if (held === all) held = null;
  });
  held = all;
}

function runNext(): void {
  if (held) {
    void held.then(() => whenIdle(runNext, PIECE_IDLE_WAIT));
    return;
  }
  const piece = pieces.shift();
  if (!piece) {
    running = false;
    return;
  }
  let done: unknown;
  try {
    done = piece();
  } catch {
    // A piece that throws is its own business: the rest still run.
  }
  let limit: ReturnType<typeof setTimeout> | undefined;
  void Promise.race([
    Promise.resolve(done).catch(() => {}),
    new Promise((resolve) => (limit = setTimeout(resolve, PIECE_LIMIT))),
  ]).then(() => {
    clearTimeout(limit);
    whenIdle(runNext, PIECE_IDLE_WAIT);
  });
}

/**
 * Queues `piece` for idle time once the first screen is painted: one piece per idle callback,
 * in the order queued, the next only once the previous one's promise has settled. A screen's
 * module, evaluated and its stylesheet applied, then is one short task, not one of many piled
 * into the same moment (Total Blocking Time); and no request of it competes with the first
 * screen's (Largest Contentful Paint).
 */
export function inIdleTime(piece: Piece): void {
  pieces.push(piece);
  if (running) return;
  running = true;
  // Once the first screen is on the glass.
  afterNextPaint(() => whenIdle(runNext, PIECE_IDLE_WAIT));
}
