import { useState } from 'react';
import { Checkbox } from '../checkbox.tsx';

interface TranscriptSwitchProps {
  readonly on: boolean;
  readonly onChange: (on: boolean) => void;
}

/** "Transcribe on this device", offered only where on-device recognition is ready. */
export function TranscriptSwitch({ on, onChange }: TranscriptSwitchProps) {
  return (
    <Checkbox className="recording-transcribe" checked={on} onChange={onChange}>
      Transcribe on this device
    </Checkbox>
  );
}

interface TranscriptProps {
  readonly heard: string;
  /** Adds the words to the typed answer, so the key-point check sees them; absent after it. */
  readonly onUse?: (text: string) => void;
}

/** What the device heard in the last take, and a way to check it against the key points. */
export function Transcript({ heard, onUse }: TranscriptProps) {
  const [used, setUsed] = useState(false);
  if (!heard) return <p className="recording-empty">No words were recognised in this take.</p>;
  return (
    <div className="recording-transcript">
      <p>Heard (transcribed on this device): “{heard}”</p>
      {onUse &&
        (used ? (
          <p role="status">Added to your answer.</p>
        ) : (
          <button
            type="button"
            onClick={() => {
              onUse(heard);
              setUsed(true);
            }}
          >
            Add to my answer
          </button>
        ))}
    </div>
  );
}
