// A transcript of a spoken answer, only where the browser can promise to make it on the device.
// Chrome's plain SpeechRecognition (and every webkitSpeechRecognition) sends the audio to a
// server: never used. `processLocally = true` makes recognition local or fail (Web Speech API),
// and `SpeechRecognition.available({ processLocally: true })` says whether it can run here now.

interface RecognitionResultEvent extends Event {
  readonly resultIndex: number;
  readonly results: ArrayLike<{ readonly isFinal: boolean } & ArrayLike<{ transcript: string }>>;
}

interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  start(track?: MediaStreamTrack): void;
  stop(): void;
  abort(): void;
}

export interface RecognitionClass {
  new (): Recognition;
  available(options: {
    langs: string[];
    processLocally: boolean;
  }): Promise<'available' | 'downloadable' | 'downloading' | 'unavailable'>;
}

/** The language answers are checked in: the decks are English. */
const LANG = 'en-US';

/**
 * The SpeechRecognition class when on-device recognition of English is installed and ready,
 * else null (no API, no `processLocally`, no `available`, a model still to download, an error).
 */
export async function onDeviceRecognition(
  scope: object = globalThis,
): Promise<RecognitionClass | null> {
  const found = (scope as { SpeechRecognition?: unknown }).SpeechRecognition;
  if (typeof found !== 'function') return null;
  const candidate = found as RecognitionClass & { prototype: object };
  if (typeof candidate.available !== 'function' || !('processLocally' in candidate.prototype))
    return null;
  try {
    const status = await candidate.available({ langs: [LANG], processLocally: true });
    return status === 'available' ? candidate : null;
  } catch {
    return null;
  }
}

export interface Transcriber {
  /** Ends recognition; resolves with the final text heard (empty if none or on an error). */
  finish(): Promise<string>;
}

/** Transcribes the track (or the microphone) on the device until `finish`. */
export function transcribe(
  Class: RecognitionClass,
  track: MediaStreamTrack | undefined,
): Transcriber {
  const recognition = new Class();
  recognition.lang = LANG;
  recognition.continuous = true;
  recognition.interimResults = false;
  recognition.processLocally = true;
  const heard: string[] = [];
  let ended = false;
  const end = new Promise<void>((resolve) => {
    recognition.addEventListener('end', () => {
      ended = true;
      resolve();
    });
  });
  recognition.addEventListener('result', (event) => {
    const { results, resultIndex } = event as RecognitionResultEvent;
    for (let i = resultIndex; i < results.length; i++) {
      const result = results[i];
      if (result?.isFinal) heard.push((result[0]?.transcript ?? '').trim());
    }
  });
  try {
    // A track keeps it to the recording's own microphone; older versions take none.
    if (track) recognition.start(track);
    else recognition.start();
  } catch {
    try {
      recognition.start();
    } catch {
      ended = true;
    }
  }
  return {
    async finish() {
      if (!ended) {
        recognition.stop();
        // Results arrive before 'end'; a recogniser that never ends is not waited for long.
        await Promise.race([end, new Promise((resolve) => setTimeout(resolve, 3000))]);
      }
      return heard.filter(Boolean).join(' ');
    },
  };
}
