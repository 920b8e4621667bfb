import { ConfirmButton } from '../confirm-button.tsx';

interface RecordingItemProps {
  /** "Nov 27, 2026, 9:31 AM · 0:42" */
  readonly label: string;
  readonly url: string;
  readonly onDelete: (label: string) => void;
}

/** One recording: when, how long, a native player, and delete after a confirmation. */
export function RecordingItem({ label, url, onDelete }: RecordingItemProps) {
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
        <ConfirmButton
          label="Delete…"
          ariaLabel={`Delete the recording of ${label}…`}
          confirmLabel="Delete for good"
          onConfirm={() => onDelete(label)}
        />
      </span>
    </li>
  );
}
