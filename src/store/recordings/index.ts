export { MAX_RECORDINGS_BYTES, MAX_RECORDING_MS, atLengthLimit } from './recording-limits.ts';
export {
  RecordingSaveError,
  recordingStore,
  type Recording,
  type SaveFailure,
} from './recordings.ts';
