import { useState } from 'react';

interface RecordingItemProps {
  /** "Nov 27, 2026, 9:31 AM · 0:42" */
  readonly label: string;
  readonly url: string;
  readonly onDelete: (label: string) => void;
}

/** One recording: when, how long, a native player, and delete after a confirmation. */
export function RecordingItem({ label, url, onDelete }: RecordingItemProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="recording-item">
      <span className="recording-when">{label}</span>
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the learner's own voice: there are no captions to give */}
      <audio
        className="recording-audio"
        controls
        preload="metadata"
        src={url}
        aria-label={`Recording of ${label}`}
      />
      <span className="actions">
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => onDelete(label)}>
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            aria-label={`Delete the recording of ${label}…`}
            onClick={() => setConfirming(true)}
          >
            Delete…
          </button>
        )}
      </span>
    </li>
  );
}
