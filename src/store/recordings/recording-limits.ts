/** How long one recording may run: it stops by itself here, and says so. */
export const MAX_RECORDING_MS = 5 * 60_000;

/** All recordings together on this device (about 25 hours of speech at Opus's usual rate). */
export const MAX_RECORDINGS_BYTES = 50 * 1024 * 1024;

/** True when a recording of `size` bytes fits beside `used` bytes of recordings. */
export const fitsUnderCap = (used: number, size: number, cap = MAX_RECORDINGS_BYTES): boolean =>
  used + size <= cap;

/** True once a recording started at `startedAt` has reached the maximum length at `time`. */
export const atLengthLimit = (startedAt: number, time: number, max = MAX_RECORDING_MS): boolean =>
  time - startedAt >= max;
