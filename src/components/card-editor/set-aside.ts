import { formatDayStart } from '../../lib/format-time.ts';
import { studyDay, studyDayStart } from '../../srs/study-day.ts';
import { openLibrary, type CardEntry } from '../../store/decks/index.ts';
import { localUtcOffset, now, useProgress } from '../../store/progress/index.ts';

/** Taking a card out of the queues (Anki's suspend and bury), or putting it back. */
export type SetAsideKind = 'suspend' | 'unsuspend' | 'bury' | 'unbury';

/** When a card buried now comes back: the start of the next study day. */
function buryUntil(time: number, dayStartHour: number): number {
  const today = studyDay(time, localUtcOffset, dayStartHour);
  return studyDayStart(today + 1, localUtcOffset, dayStartHour);
}

export interface SetAsideDone {
  /** What happened, said in a sentence ("Buried until tomorrow, from 4:00 AM."). */
  readonly message: string;
  /** Puts the card back as it was; resolves once that is on disk. */
  readonly undo: () => Promise<void>;
}

/**
 * Suspends, unsuspends, buries or unburies a card; resolves once on disk, rejects with nothing
 * changed. `question` names the card in the message (study, where the card leaves the screen).
 */
export async function setAside(
  entry: CardEntry,
  kind: SetAsideKind,
  question?: string,
): Promise<SetAsideDone> {
  const library = await openLibrary();
  const { key } = entry;
  const time = now();
  const name = question ? ` “${question}”` : '';
  const buried = entry.card.buriedUntil ?? 0;
  switch (kind) {
    case 'suspend':
      await library.setSuspended(key, true, time);
      return {
        message: `Suspended${name}: it stays out of every study queue until you unsuspend it.`,
        undo: () => library.setSuspended(key, false, now()),
      };
    case 'unsuspend':
      await library.setSuspended(key, false, time);
      return {
        message: `Unsuspended${name}: it is back in your study queues.`,
        undo: () => library.setSuspended(key, true, now()),
      };
    case 'bury': {
      const until = buryUntil(time, useProgress.getState().settings.dayStartHour);
      await library.setBuried(key, until, time);
      return {
        message: `Buried${name} until ${formatDayStart(until, time)}.`,
        undo: () => library.setBuried(key, buried > now() ? buried : 0, now()),
      };
    }
    case 'unbury':
      await library.setBuried(key, 0, time);
      return {
        message: `Unburied${name}: it is back in today’s study queue.`,
        undo: () => library.setBuried(key, buried, now()),
      };
  }
}
