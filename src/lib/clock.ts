import type { UtcOffset } from '../srs/types.ts';

// The one place that reads the clock and the time zone; everything else takes them as arguments.

export const now = (): number => Date.now();

/** Minutes east of UTC at an instant, in the browser's zone (daylight saving included). */
export const localUtcOffset: UtcOffset = (time) => -new Date(time).getTimezoneOffset();
