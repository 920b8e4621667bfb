import { useId, useState } from 'react';
import {
  MAX_RECORDING_MS,
  MAX_RECORDINGS_BYTES,
  RecordingSaveError,
  recordingStore,
  type SaveFailure,
} from '../../store/recordings/index.ts';
import { downloadBlob } from '../../lib/download-blob.ts';
import { plural } from '../../lib/plural.ts';
import {
  describeRecording,
  formatBytes,
  formatClock,
  recordingFileName,
} from './recording-format.ts';
import { RecordingItem } from './recording-item.tsx';
import { Transcript, TranscriptSwitch } from './transcript.tsx';
import { useRecorder, type RecorderProblem, type Take } from './use-recorder.ts';
import { useRecordingList } from './use-recording-list.ts';
import { useTranscript } from './use-transcript.ts';
import './recording.css';

const LIMIT = formatClock(MAX_RECORDING_MS);
const TYPING = 'Typing your answer (Answer first) still works.';

const PROBLEMS: Record<RecorderProblem, string> = {
  'no-recorder': `This browser cannot record audio (it has no MediaRecorder). ${TYPING}`,
  'no-microphone': `No microphone was found: connect one to record. ${TYPING}`,
  refused: `Microphone access was refused, so nothing is recorded. To record, allow the microphone for this site in the browser's settings. ${TYPING}`,
  busy: `The microphone could not be started (another app may be using it). ${TYPING}`,
  failed: `Recording could not start. ${TYPING}`,
};

const NOT_SAVED: Record<SaveFailure, string> = {
  full: "This device's storage is full: the recording was not saved. Your typed answer is kept. Download the recording to keep it, or delete older recordings.",
  cap: `Recordings may use ${formatBytes(MAX_RECORDINGS_BYTES)} on this device and this one does not fit: it was not saved. Download it, or delete older recordings to make room.`,
  unavailable:
    'This browser cannot store recordings (as in some private windows): the recording was not saved. Download it to keep it.',
};

export interface RecordingsPanelProps {
  readonly cardKey: string;
  /** The clock, passed in: this chunk then shares no module with the first screen but React. */
  readonly now: () => number;
  /** Where a transcript can join the typed answer (before the reveal); absent elsewhere. */
  readonly onTranscript?: (text: string) => void;
}

type Message = { readonly text: string; readonly error: boolean };

/**
 * Answer aloud: record with the microphone (a visible clock, Stop, a 5-minute limit), then the
 * card's recordings to play beside the model answer, or delete. Loaded on demand.
 */
export function RecordingsPanel({ cardKey, now, onTranscript }: RecordingsPanelProps) {
  const titleId = useId();
  const { items, used, unreadable } = useRecordingList(cardKey);
  const [message, setMessage] = useState<Message | null>(null);
  const [unsaved, setUnsaved] = useState<Take | null>(null);

  const save = async (take: Take) => {
    const stopped = take.atLimit ? `Stopped at the ${LIMIT} limit. ` : '';
    try {
      await recordingStore().add(
        {
          id: `${take.startedAt.toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
          card: cardKey,
          createdAt: take.startedAt,
          durationMs: take.durationMs,
          type: take.audio.type,
        },
        take.audio,
      );
      setUnsaved(null);
      setMessage({
        text: `${stopped}Recording saved (${formatClock(take.durationMs)}).`,
        error: false,
      });
    } catch (error) {
      const reason = error instanceof RecordingSaveError ? error.reason : 'unavailable';
      setUnsaved(take);
      setMessage({ text: `${stopped}${NOT_SAVED[reason]}`, error: true });
    }
  };
  const transcript = useTranscript();
  const { state, start, stop } = useRecorder(now, (take) => {
    void transcript.finish();
    void save(take);
  });

  const onRecord = () => {
    setMessage(null);
    setUnsaved(null);
    void start().then((recording) => recording && transcript.begin());
  };
  const onDelete = async (id: string, label: string) => {
    try {
      await recordingStore().remove(id);
      setMessage({ text: `Deleted the recording of ${label}.`, error: false });
    } catch {
      setMessage({ text: 'The recording could not be deleted. Try again.', error: true });
    }
  };

  const recording = state.kind === 'recording';
  const problem = state.kind === 'problem' ? PROBLEMS[state.problem] : null;
  return (
    <section className="recording" aria-labelledby={titleId}>
      <h2 id={titleId} className="recording-title">
        Answer aloud
      </h2>
      <div className="recording-controls">
        {recording ? (
          <>
            <button type="button" onClick={stop}>
              Stop
            </button>
            <span className="recording-clock" role="timer" aria-label="Recording time">
              <span className="recording-dot" aria-hidden="true" />
              {formatClock(state.elapsed)} / {LIMIT}
            </span>
          </>
        ) : (
          <button type="button" onClick={onRecord} disabled={state.kind === 'starting'}>
            {state.kind === 'starting' ? 'Starting the microphone…' : 'Record'}
          </button>
        )}
        <span className="recording-hint">Up to {LIMIT} per recording.</span>
        {transcript.available && (
          <TranscriptSwitch on={transcript.on} onChange={transcript.setOn} />
        )}
      </div>
      {transcript.heard !== null && <Transcript heard={transcript.heard} onUse={onTranscript} />}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {message && (
        <p
          className={message.error ? 'notice notice-error' : 'recording-status'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
          {unsaved && (
            <>
              {' '}
              <button
                type="button"
                onClick={() =>
                  downloadBlob(
                    recordingFileName(unsaved.startedAt, unsaved.audio.type),
                    unsaved.audio,
                  )
                }
              >
                Download the recording
              </button>
            </>
          )}
        </p>
      )}
      {unreadable > 0 && (
        <p className="notice" role="status">
          {plural(unreadable, 'recording')} of this card could not be read (damaged, or saved by
          another version). {unreadable === 1 ? 'It is' : 'They are'} kept, untouched, in this
          browser.
        </p>
      )}
      {items === null ? (
        <p className="loading">Loading recordings…</p>
      ) : items.length === 0 ? (
        <p className="recording-empty">No recordings of this card yet.</p>
      ) : (
        <ul className="recording-list" aria-label="Recordings of this card">
          {items.map(({ recording: r, url }) => (
            <RecordingItem
              key={r.id}
              label={describeRecording(r)}
              url={url}
              onDelete={(label) => void onDelete(r.id, label)}
            />
          ))}
        </ul>
      )}
      {/* Said once there is something stored: a quiet control until then. */}
      {items !== null && items.length > 0 && (
        <p className="recording-note">
          Recordings stay on this device ({formatBytes(used)} of {formatBytes(MAX_RECORDINGS_BYTES)}{' '}
          used): they are never uploaded and are not included in backups.
        </p>
      )}
    </section>
  );
}
