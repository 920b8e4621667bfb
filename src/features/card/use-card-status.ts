import { useState } from 'react';
import { reasonOf } from '../../components/card-editor/reason-of.ts';

/** What an action on the card did, and how to take it back. */
export interface Done {
  readonly message: string;
  /** Puts things back as they were; resolves once that is on disk. */
  readonly undo?: () => Promise<void>;
}

export interface CardStatus {
  readonly message: string;
  readonly undo?: () => Promise<void>;
  /** The action failed: nothing changed, and the message says why. */
  readonly failed?: boolean;
}

/**
 * The card page's status line: the last action's outcome with its Undo, or why it failed.
 * One action at a time; `run` ignores clicks while one is being saved.
 */
export function useCardStatus() {
  const [status, setStatus] = useState<CardStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<Done>, failed: string) => {
    if (busy) return;
    setBusy(true);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ message: `${failed}: ${reasonOf(error)}`, failed: true });
    } finally {
      setBusy(false);
    }
  };

  const undo = () => {
    const back = status?.undo;
    if (back) void run(async () => (await back(), { message: 'Undone.' }), 'Not undone');
  };

  return { status, busy, run, undo, say: (message: string) => setStatus({ message }) };
}
