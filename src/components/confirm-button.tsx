import { useState } from 'react';

interface ConfirmButtonProps {
  /** What the first button says: "Delete…". */
  readonly label: string;
  /** Its name for screen readers when the label alone is ambiguous in a list. */
  readonly ariaLabel?: string;
  /** What the button that does it says: "Delete for good". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
}

/**
 * A button for what cannot be undone: the first click asks, showing the button that does it
 * and "Keep it" beside it.
 */
export function ConfirmButton({ label, ariaLabel, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <>
      <button type="button" className="danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </>
  ) : (
    <button type="button" aria-label={ariaLabel} onClick={() => setConfirming(true)}>
      {label}
    </button>
  );
}
