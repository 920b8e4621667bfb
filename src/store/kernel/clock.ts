import type { UtcOffset } from '../../srs/types.ts';

// The one place that reads the clock and the time zone; everything else takes them as arguments.
// It sits in the store, the lowest layer that may touch the browser, so the store can stamp
// reviews; the rest of the app reads it through the progress face (src/store/progress/index.ts).

export const now = (): number => Date.now();

const offsets = new Map<number, number>();
const QUARTER_HOUR = 900_000;

/**
 * Minutes east of UTC at an instant, in the browser's zone (daylight saving included).
 * Offsets change on quarter hours at the finest, so each quarter hour is asked once: queues
 * over thousands of cards call this tens of thousands of times per render.
 */
export const localUtcOffset: UtcOffset = (time) => {
  const bucket = Math.floor(time / QUARTER_HOUR);
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = -new Date(bucket * QUARTER_HOUR).getTimezoneOffset();
    offsets.set(bucket, offset);
  }
  return offset;
};
