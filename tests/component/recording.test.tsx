// @vitest-environment jsdom
// IndexedDB for the recordings database, as jsdom has none (idb checks `instanceof`).
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

// Answer aloud (issue 14), with a stand-in microphone and MediaRecorder: jsdom has neither.
clock.time = Date.UTC(2026, 10, 27, 9, 0, 0);

const { StudyPage } = await import('../../src/features/study/study-page.tsx');
const { CardPage } = await import('../../src/features/card/card-page.tsx');
const { findCard, findDeck } = await import('../../src/store/decks/catalogue.ts');
const { useUiPrefs } = await import('../../src/store/prefs/ui-prefs.ts');
const { recordingStore } = await import('../../src/store/recordings/recordings.ts');

const deck = findDeck('aws-backend-interview');
if (!deck) throw new Error('the AWS deck is missing');
const FIRST = 'aws-backend-interview/what-is-aws';
const SECOND = 'aws-backend-interview/what-are-the-main-advantages-of-aws';

/** MediaRecorder as far as the app uses it: start, stop, then the audio and 'stop'. */
class FakeRecorder extends EventTarget {
  static made: FakeRecorder[] = [];
  state: RecordingState = 'inactive';
  readonly mimeType = 'audio/webm;codecs=opus';
  constructor(readonly stream: MediaStream) {
    super();
    FakeRecorder.made.push(this);
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    setTimeout(() => {
      const data = new Event('dataavailable');
      Object.assign(data, { data: new Blob(['spoken answer'], { type: this.mimeType }) });
      this.dispatchEvent(data);
      this.dispatchEvent(new Event('stop'));
    }, 0);
  }
}

/** On-device SpeechRecognition, ready: it hears one sentence, given when it is stopped. */
class FakeRecognition extends EventTarget {
  static made: FakeRecognition[] = [];
  static available = () => Promise.resolve('available');
  lang = '';
  continuous = false;
  interimResults = true;
  local = false;
  get processLocally() {
    return this.local;
  }
  set processLocally(on: boolean) {
    this.local = on;
  }
  constructor() {
    super();
    FakeRecognition.made.push(this);
  }
  start() {}
  abort() {}
  stop() {
    setTimeout(() => {
      const result = new Event('result');
      const heard = Object.assign([{ transcript: 'cloud computing with IaaS and EC2' }], {
        isFinal: true,
      });
      Object.assign(result, { resultIndex: 0, results: [heard] });
      this.dispatchEvent(result);
      this.dispatchEvent(new Event('end'));
    }, 0);
  }
}

let track: { stop: ReturnType<typeof vi.fn> };
let getUserMedia: ReturnType<typeof vi.fn>;
let urls = 0;

beforeEach(async () => {
  resetStores();
  clock.time = Date.UTC(2026, 10, 27, 9, 0, 0);
  useUiPrefs.setState({ answerFirst: true });
  FakeRecorder.made = [];
  track = { stop: vi.fn() };
  getUserMedia = vi.fn(() => Promise.resolve({ getTracks: () => [track] }));
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  Object.defineProperty(navigator, 'mediaDevices', {
    value: { getUserMedia },
    configurable: true,
  });
  URL.createObjectURL = vi.fn(() => `blob:prepdeck/${++urls}`);
  URL.revokeObjectURL = vi.fn();
  const store = recordingStore();
  for (const card of [FIRST, SECOND])
    for (const r of (await store.list(card)).recordings) await store.remove(r.id);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The recorder's code loads on demand: the first test waits for it to be transformed. */
const recordButton = () => screen.findByRole('button', { name: 'Record' });

const refuse = (name: string) => () => Promise.reject(new DOMException('no', name));

// Typing key by key is slow on a busy machine.
describe('answer aloud', { timeout: 30_000 }, () => {
  it('says a refused microphone plainly and leaves typing to do', async () => {
    getUserMedia.mockImplementation(refuse('NotAllowedError'));
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    await user.click(await recordButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Microphone access was refused, so nothing is recorded\..*Typing your answer \(Answer first\) still works\.$/,
    );
    expect(FakeRecorder.made).toHaveLength(0);
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(box, 'EC2 and S3');
    expect(box).toHaveValue('EC2 and S3');
    expect(screen.getByRole('button', { name: 'Record' })).toBeEnabled();
  });

  it.each([
    ['NotFoundError', /^No microphone was found/],
    ['NotReadableError', /^The microphone could not be started/],
  ])('says so when the microphone fails with %s', async (name, text) => {
    getUserMedia.mockImplementation(refuse(name));
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    await user.click(await recordButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });

  it('says when the browser has no MediaRecorder, without asking for the microphone', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    await user.click(await recordButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^This browser cannot record audio \(it has no MediaRecorder\)\./,
    );
    expect(getUserMedia).not.toHaveBeenCalled();
  });

  it('records, stops, lists the recording beside the answer, plays it, and deletes it after asking', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    const panel = await screen.findByRole('region', { name: 'Answer aloud' });
    expect(await within(panel).findByText('No recordings of this card yet.')).toBeVisible();
    // A quiet control until there is a recording: where recordings go is said with the first.
    expect(within(panel).queryByText(/not included in backups/)).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Record' }));
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(within(panel).getByRole('timer', { name: 'Recording time' })).toHaveTextContent(
      '0:00 / 5:00',
    );
    clock.time += 42_000;
    await waitFor(() => expect(within(panel).getByRole('timer')).toHaveTextContent('0:42 / 5:00'));
    // Typing goes on while recording.
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'IaaS');

    await user.click(within(panel).getByRole('button', { name: 'Stop' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent('Recording saved (0:42).');
    expect(track.stop).toHaveBeenCalled();
    const list = await within(panel).findByRole('list', { name: 'Recordings of this card' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent(/ · 0:42/);
    const audio = item.querySelector('audio');
    expect(audio).toHaveAttribute('controls');
    expect(audio?.getAttribute('src')).toMatch(/^blob:prepdeck\//);
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue('IaaS');

    const saved = (await recordingStore().list(FIRST)).recordings;
    expect(saved.map((r) => [r.card, r.durationMs, r.createdAt, r.type])).toEqual([
      [FIRST, 42_000, Date.UTC(2026, 10, 27, 9, 0, 0), 'audio/webm;codecs=opus'],
    ]);
    expect(await saved[0]?.audio.text()).toBe('spoken answer');
    expect(within(panel).getByText(/not included in backups/)).toHaveTextContent(/of 50.0 MB used/);

    // After the reveal it is still there, to play beside the model answer.
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    await screen.findByRole('region', { name: /key points/ });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: /^Delete the recording of/ }));
    await user.click(within(panel).getByRole('button', { name: 'Keep it' }));
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(panel).getByRole('button', { name: /^Delete the recording of/ }));
    await user.click(within(panel).getByRole('button', { name: 'Delete for good' }));
    expect(await within(panel).findByText('No recordings of this card yet.')).toBeVisible();
    expect(within(panel).getByRole('status')).toHaveTextContent(/^Deleted the recording of /);
    expect((await recordingStore().list(FIRST)).recordings).toEqual([]);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(audio?.getAttribute('src'));
  });

  it('stops by itself at five minutes and says so', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    const panel = await screen.findByRole('region', { name: 'Answer aloud' });
    await user.click(within(panel).getByRole('button', { name: 'Record' }));
    clock.time += 5 * 60_000 + 3_000;
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Stopped at the 5:00 limit. Recording saved (5:00).',
    );
    expect(track.stop).toHaveBeenCalled();
    expect((await recordingStore().list(FIRST)).recordings.map((r) => r.durationMs)).toEqual([
      300_000,
    ]);
  });

  it('keeps a take when the card is graded mid-recording, under the card it was for', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    await user.click(await recordButton());
    clock.time += 10_000;
    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    await user.keyboard('3');
    await screen.findByRole('heading', { name: 'What are the main advantages of AWS?' });
    await waitFor(async () =>
      expect((await recordingStore().list(FIRST)).recordings.map((r) => r.durationMs)).toEqual([
        10_000,
      ]),
    );
    expect(track.stop).toHaveBeenCalled();
    expect((await recordingStore().list(SECOND)).recordings).toEqual([]);
  });

  it('keeps the typed answer and offers a download when storage is full', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'audio') throw new DOMException('no room', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(box, 'EC2 and S3');
    await user.click(await recordButton());
    clock.time += 5_000;
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^This device's storage is full: the recording was not saved\. Your typed answer is kept\./,
    );
    expect(box).toHaveValue('EC2 and S3');
    expect(screen.getByText('No recordings of this card yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download the recording' }));
    expect(clicked).toEqual(['prepdeck-answer-2026-11-27-09-00-00.webm']);
  });

  it('offers no transcript where speech cannot be recognised on the device', async () => {
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    const panel = await screen.findByRole('region', { name: 'Answer aloud' });
    await user.click(within(panel).getByRole('button', { name: 'Record' }));
    await user.click(within(panel).getByRole('button', { name: 'Stop' }));
    await within(panel).findByRole('listitem');
    expect(within(panel).queryByRole('checkbox', { name: 'Transcribe on this device' })).toBeNull();
    expect(within(panel).queryByText(/^Heard/)).toBeNull();
  });

  it('where the device can transcribe, adds what it heard to the typed answer for the check', async () => {
    FakeRecognition.made = [];
    vi.stubGlobal('SpeechRecognition', FakeRecognition);
    const user = userEvent.setup();
    render(<StudyPage deck={deck} />);
    const panel = await screen.findByRole('region', { name: 'Answer aloud' });
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(box, 'S3');
    expect(
      await within(panel).findByRole('checkbox', { name: 'Transcribe on this device' }),
    ).toBeChecked();
    await user.click(within(panel).getByRole('button', { name: 'Record' }));
    expect(FakeRecognition.made.map((r) => [r.local, r.lang])).toEqual([[true, 'en-US']]);
    clock.time += 20_000;
    await user.click(within(panel).getByRole('button', { name: 'Stop' }));
    expect(
      await within(panel).findByText(/^Heard \(transcribed on this device\):/),
    ).toHaveTextContent('Heard (transcribed on this device): “cloud computing with IaaS and EC2”');
    await user.click(within(panel).getByRole('button', { name: 'Add to my answer' }));
    expect(box).toHaveValue('S3 cloud computing with IaaS and EC2');
    expect(within(panel).getByText('Added to your answer.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Check my answer/ }));
    const result = await screen.findByRole('region', { name: /key points/ });
    expect(result).toHaveAccessibleName('4 of 8 key points');

    // Switched off, a take is not transcribed.
    await user.click(within(panel).getByRole('checkbox', { name: 'Transcribe on this device' }));
    await user.click(within(panel).getByRole('button', { name: 'Record' }));
    await user.click(within(panel).getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2));
    expect(FakeRecognition.made).toHaveLength(1);
    expect(within(panel).queryByText(/^Heard/)).toBeNull();
  });

  it('records each mock interview question under its own card', async () => {
    const { MockPage } = await import('../../src/features/mock/mock-page.tsx');
    const { useMock } = await import('../../src/store/prefs/mock-store.ts');
    useUiPrefs.setState({ answerFirst: false });
    useMock.setState({ run: null, history: [] });
    useMock
      .getState()
      .start({ keys: [FIRST, SECOND], seconds: 120, countAsReviews: false }, clock.time);
    const user = userEvent.setup();
    render(<MockPage />);
    // Answered aloud, with no typing box: the recorder is there all the same.
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).toBeNull();
    const panel = await screen.findByRole('region', { name: 'Answer aloud' });
    await user.click(within(panel).getByRole('button', { name: 'Record' }));
    clock.time += 30_000;
    await user.click(within(panel).getByRole('button', { name: 'Stop' }));
    expect(await within(panel).findByRole('listitem')).toHaveTextContent(/ · 0:30/);
    await user.click(screen.getByRole('button', { name: /^I have answered/ }));
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Good/ }));
    expect(
      await within(await screen.findByRole('region', { name: 'Answer aloud' })).findByText(
        'No recordings of this card yet.',
      ),
    ).toBeVisible();
    expect((await recordingStore().list(FIRST)).recordings.map((r) => r.durationMs)).toEqual([
      30_000,
    ]);
    useMock.setState({ run: null, history: [] });
  });

  it('lists a card’s recordings on its own page, and records there too', async () => {
    const entry = findCard(FIRST);
    if (!entry) throw new Error('card missing');
    const user = userEvent.setup();
    render(<CardPage entry={entry} />);
    const panel = await screen.findByRole('region', { name: 'Answer aloud' });
    await user.click(within(panel).getByRole('button', { name: 'Record' }));
    clock.time += 65_000;
    await user.click(within(panel).getByRole('button', { name: 'Stop' }));
    expect(await within(panel).findByRole('listitem')).toHaveTextContent(/ · 1:05/);
  });
});
