// The clock for components, hooks and features (layers above the store, which owns it).
export { localUtcOffset, now } from '../store/clock.ts';
