import { describe, expect, it, vi } from 'vitest';
import {
  onDeviceRecognition,
  transcribe,
  type RecognitionClass,
} from '../../src/components/recording/on-device-speech.ts';
import { withTranscript } from '../../src/components/recording/recordings-slot.tsx';

type Status = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** SpeechRecognition as Chrome shapes it: `processLocally` an accessor on the prototype. */
function recognitionClass(status: () => Promise<Status>) {
  class Fake extends EventTarget {
    static made: Fake[] = [];
    static available = vi.fn(status);
    lang = '';
    continuous = false;
    interimResults = true;
    local = false;
    started: MediaStreamTrack | 'no track' | null = null;
    stopped = false;
    constructor() {
      super();
      Fake.made.push(this);
    }
    get processLocally() {
      return this.local;
    }
    set processLocally(on: boolean) {
      this.local = on;
    }
    start(track?: MediaStreamTrack) {
      this.started = track ?? 'no track';
    }
    stop() {
      this.stopped = true;
      setTimeout(() => this.dispatchEvent(new Event('end')), 0);
    }
    abort() {}
    hear(resultIndex: number, results: [string, boolean][]) {
      const event = new Event('result');
      Object.assign(event, {
        resultIndex,
        results: results.map(([text, isFinal]) =>
          Object.assign([{ transcript: text }], { isFinal }),
        ),
      });
      this.dispatchEvent(event);
    }
  }
  return Fake;
}

describe('on-device speech recognition', () => {
  it('is used only when the browser says English can be recognised on this device now', async () => {
    const ready = recognitionClass(async () => 'available');
    expect(await onDeviceRecognition({ SpeechRecognition: ready })).toBe(ready);
    expect(ready.available).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });
  });

  it.each<[string, object]>([
    ['no API at all', {}],
    [
      'only the prefixed, server-side webkitSpeechRecognition',
      { webkitSpeechRecognition: recognitionClass(async () => 'available') },
    ],
    ['no way to ask about availability', { SpeechRecognition: function SpeechRecognition() {} }],
    [
      'no processLocally',
      {
        SpeechRecognition: Object.assign(function SpeechRecognition() {}, {
          available: async () => 'available',
        }),
      },
    ],
    [
      'a model still to download',
      { SpeechRecognition: recognitionClass(async () => 'downloadable') },
    ],
    ['an unavailable language', { SpeechRecognition: recognitionClass(async () => 'unavailable') }],
    [
      'an error asking',
      { SpeechRecognition: recognitionClass(() => Promise.reject(new Error('x'))) },
    ],
  ])('is left out with %s', async (_, scope) => {
    expect(await onDeviceRecognition(scope)).toBeNull();
  });

  it('transcribes locally, keeps final results only, and ends on finish', async () => {
    const Fake = recognitionClass(async () => 'available');
    const transcriber = transcribe(Fake as unknown as RecognitionClass, undefined);
    const recognition = Fake.made[0];
    expect(recognition?.local).toBe(true);
    expect(recognition?.continuous).toBe(true);
    expect(recognition?.lang).toBe('en-US');
    expect(recognition?.started).toBe('no track');
    recognition?.hear(0, [
      [' cloud with IaaS ', true],
      ['and E', false],
    ]);
    recognition?.hear(1, [
      [' cloud with IaaS ', true],
      ['and EC2', true],
    ]);
    expect(await transcriber.finish()).toBe('cloud with IaaS and EC2');
    expect(recognition?.stopped).toBe(true);
  });

  it('adds a transcript after the typed answer, within its limit', () => {
    expect(withTranscript('', 'cloud', 100)).toBe('cloud');
    expect(withTranscript('  ', 'cloud', 100)).toBe('cloud');
    expect(withTranscript('IaaS ', 'and EC2', 100)).toBe('IaaS and EC2');
    expect(withTranscript('abc', 'defgh', 6)).toBe('abc de');
  });
});
