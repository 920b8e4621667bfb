import { useCallback, useEffect, useRef, useState } from 'react';
import { atLengthLimit, MAX_RECORDING_MS } from '../../store/recordings/index.ts';

/** Why recording could not start, each with its own message. */
export type RecorderProblem = 'no-recorder' | 'no-microphone' | 'refused' | 'busy' | 'failed';

export interface Take {
  readonly audio: Blob;
  readonly startedAt: number;
  readonly durationMs: number;
  /** True when it stopped by itself at the maximum length. */
  readonly atLimit: boolean;
}

export type RecorderState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'recording'; readonly startedAt: number; readonly elapsed: number }
  | { readonly kind: 'problem'; readonly problem: RecorderProblem };

/** The getUserMedia error's name, as a problem the learner can act on. */
function problemOf(error: unknown): RecorderProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-microphone';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}

const TICK_MS = 250;

/**
 * The microphone through MediaRecorder: start, a running clock, stop (by hand, at the length
 * limit, or when the card goes away — a take is never dropped), then `onTake` with the audio.
 * The microphone is released as soon as a take ends.
 */
export function useRecorder(now: () => number, onTake: (take: Take) => void) {
  const [state, setState] = useState<RecorderState>({ kind: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const latestOnTake = useRef(onTake);
  useEffect(() => {
    latestOnTake.current = onTake;
  });
  const mounted = useRef(true);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  /** Resolves true once recording has begun. */
  const start = useCallback(async (): Promise<boolean> => {
    if (typeof MediaRecorder === 'undefined') {
      setState({ kind: 'problem', problem: 'no-recorder' });
      return false;
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ kind: 'problem', problem: 'no-microphone' });
      return false;
    }
    setState({ kind: 'starting' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      if (mounted.current) setState({ kind: 'problem', problem: problemOf(error) });
      return false;
    }
    const release = () => stream.getTracks().forEach((track) => track.stop());
    if (!mounted.current) {
      release();
      return false;
    }
    let media: MediaRecorder;
    try {
      media = new MediaRecorder(stream);
    } catch {
      release();
      setState({ kind: 'problem', problem: 'no-recorder' });
      return false;
    }
    const chunks: Blob[] = [];
    const startedAt = now();
    let atLimit = false;
    const timer = setInterval(() => {
      const time = now();
      if (atLengthLimit(startedAt, time)) {
        atLimit = true;
        media.stop();
      } else if (mounted.current) {
        setState({ kind: 'recording', startedAt, elapsed: time - startedAt });
      }
    }, TICK_MS);
    media.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    media.addEventListener('stop', () => {
      clearInterval(timer);
      release();
      recorder.current = null;
      if (mounted.current) setState({ kind: 'idle' });
      const durationMs = Math.min(now() - startedAt, MAX_RECORDING_MS);
      const type = media.mimeType || chunks[0]?.type || 'audio/webm';
      latestOnTake.current({
        audio: new Blob(chunks, { type }),
        startedAt,
        durationMs,
        atLimit,
      });
    });
    try {
      media.start();
    } catch {
      clearInterval(timer);
      release();
      setState({ kind: 'problem', problem: 'failed' });
      return false;
    }
    recorder.current = media;
    setState({ kind: 'recording', startedAt, elapsed: 0 });
    return true;
  }, [now]);

  // The card going away (graded, the next question) ends the take, which is still kept.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stop();
    };
  }, [stop]);

  return { state, start, stop, clear: () => setState({ kind: 'idle' }) };
}
