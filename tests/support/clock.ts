// The pinned time lives on globalThis, so that it outlives `vi.resetModules()` (tests that load
// a screen afresh, as after a reload, keep their time); tests/setup.ts unpins it for each file.
const state = globalThis as { testClockPinned?: number | null };

/**
 * The tests' clock. Every saved time comes from src/store/kernel/clock.ts, which tests/setup.ts
 * replaces with this: real time until a test sets `clock.time` (then that time, in UTC), so
 * tests of time pass fixed dates without a `vi.mock` of their own.
 */
export const clock = {
  get time(): number {
    return state.testClockPinned ?? Date.now();
  },
  set time(time: number) {
    state.testClockPinned = time;
  },
  get pinned(): boolean {
    return state.testClockPinned != null;
  },
};
