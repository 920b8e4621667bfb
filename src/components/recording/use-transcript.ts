import { useEffect, useRef, useState } from 'react';
import {
  onDeviceRecognition,
  transcribe,
  type RecognitionClass,
  type Transcriber,
} from './on-device-speech.ts';

/**
 * A transcript of each take, made on the device while it records — only where the browser can
 * promise that (see on-device-speech.ts); elsewhere `available` stays false and nothing runs.
 */
export function useTranscript() {
  const [speech, setSpeech] = useState<RecognitionClass | null>(null);
  const [on, setOn] = useState(true);
  const [heard, setHeard] = useState<string | null>(null);
  const running = useRef<Transcriber | null>(null);

  useEffect(() => {
    let live = true;
    void onDeviceRecognition().then((found) => live && setSpeech(() => found));
    return () => {
      live = false;
    };
  }, []);

  /** Starts transcribing a take that has just begun recording. */
  const begin = () => {
    setHeard(null);
    if (speech && on && !running.current) running.current = transcribe(speech, undefined);
  };

  /** Ends the take's transcript and shows it. */
  const finish = async () => {
    const transcriber = running.current;
    running.current = null;
    if (transcriber) setHeard(await transcriber.finish());
  };

  return { available: speech !== null, on, setOn, heard, begin, finish };
}
