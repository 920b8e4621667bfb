import { useEffect, useRef, useState } from 'react';
import { openLibrary } from '../../store/decks/index.ts';
import { now } from '../../store/progress/index.ts';
import { plural } from '../../lib/plural.ts';

interface Outcome {
  /** What happened, as said to the user. */
  readonly message: string;
  /** The cards unsuspended, to suspend again on Undo; null once undone or after a failure. */
  readonly undo: readonly string[] | null;
  readonly failed: boolean;
}

/**
 * "Unsuspend all N shown" in Cards' Suspended view (`keys`: every card the filters list, on
 * any page), with a message and an Undo that suspends them again.
 */
export function UnsuspendAll({ keys }: { keys: readonly string[] }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLParagraphElement>(null);

  // The button pressed is gone (no card left to unsuspend, or the Undo used): the focus goes
  // to what replaced it rather than to the top of the page.
  useEffect(() => {
    if (outcome) (undoButton.current ?? message.current)?.focus();
  }, [outcome]);

  /** Suspends (`on`) or unsuspends the cards, in one write: all of them saved, or none. */
  const run = async (cards: readonly string[], on: boolean) => {
    setBusy(true);
    try {
      const library = await openLibrary();
      await library.setManySuspended(cards, on, now());
      setOutcome(
        on
          ? {
              message: `Suspended ${plural(cards.length, 'card')} again.`,
              undo: null,
              failed: false,
            }
          : { message: `Unsuspended ${plural(cards.length, 'card')}.`, undo: cards, failed: false },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({
        message: `Not ${on ? 'suspended' : 'unsuspended'}: ${reason}. Nothing was changed.`,
        undo: null,
        failed: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="browse-bulk">
      {keys.length > 0 && (
        <button type="button" disabled={busy} onClick={() => void run(keys, false)}>
          {keys.length === 1 ? 'Unsuspend the card shown' : `Unsuspend all ${keys.length} shown`}
        </button>
      )}
      {outcome && (
        <p
          ref={message}
          tabIndex={-1}
          className={outcome.failed ? 'notice notice-error' : 'notice'}
          role={outcome.failed ? 'alert' : 'status'}
        >
          {outcome.message}{' '}
          {outcome.undo && (
            <button
              ref={undoButton}
              type="button"
              disabled={busy}
              onClick={() => outcome.undo && void run(outcome.undo, true)}
            >
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}
