import {
  megabytes,
  NO_DECKS_HERE,
  readBackup,
  savedSize,
  type BackupWords,
  type DecksHere,
} from './backup.ts';
import { planDecks, type DeckPlan } from './deck-backup.ts';
import { compareReviews, type Progress } from '../progress/saved-format.ts';

/** What merging progress from another device would change here, told before it does. */
export interface MergeSummary {
  /** Reviews made on the other device that this one does not have. */
  readonly newReviews: number;
  /** Reviews it holds that are here already (an earlier merge, or this device's own). */
  readonly alreadyHere: number;
  /** Reviews here that were undone on the other device: they go. */
  readonly undoneThere: number;
  /** Cards whose history changes, so whose schedule is worked out again. */
  readonly cards: number;
  /** Cards the merge stars, and unstars (the later change of each card wins). */
  readonly starred: number;
  readonly unstarred: number;
  /** Cards with progress there that no deck here has: kept, not dropped. */
  readonly unknownCards: number;
  /** When the other device made the file or link (ISO), or '' when it does not say. */
  readonly exportedAt: string;
}

export type MergeCounts = Omit<MergeSummary, 'unknownCards' | 'exportedAt'>;

export type MergePlan =
  | {
      readonly ok: true;
      readonly progress: Progress;
      readonly summary: MergeSummary;
      /** Its decks (a file's; links carry none): those this device lacks are added. */
      readonly decks: DeckPlan;
      /** Its card edits as found (a file's; links carry none), checked when merged; null if none. */
      readonly edits: unknown;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks progress from another device (a backup file's text, or a link's, which is the same)
 * and counts what a merge into `current` would change, without changing anything.
 */
export function planMerge(
  text: string,
  knownCards: ReadonlySet<string>,
  current: Progress,
  words: BackupWords,
  /** Characters of storage the merged progress may take; unlimited when not given. */
  room = Infinity,
  here: DecksHere = NO_DECKS_HERE,
): MergePlan {
  const read = readBackup(text, knownCards, words);
  if (!read.ok) return read;
  const incoming = read.progress;
  const summary = summarizeMerge(current, incoming);
  // The union's size, before any replay (which changes states, not their size).
  const needed = savedSize(unionSketch(current, incoming));
  if (needed > room) {
    return {
      ok: false,
      reason: `Merged, your progress would need about ${megabytes(needed)} of browser storage and there is room for about ${megabytes(Math.max(0, room))}. Nothing was changed: free some space (kept copies are listed in Settings) and try again.`,
    };
  }
  return {
    ok: true,
    progress: incoming,
    summary: { ...summary, unknownCards: read.unknown.length, exportedAt: read.exportedAt },
    decks: planDecks(read.decks, here.library, here.builtInIds, here.deletedIds),
    edits: read.edits,
  };
}

/** The counts of `MergeSummary` that depend only on the two progresses. */
export function summarizeMerge(current: Progress, incoming: Progress): MergeCounts {
  const here = new Set(current.log.map((r) => r.id));
  const undone = new Set([...current.undone, ...incoming.undone]);
  const arriving = incoming.log.filter((r) => !here.has(r.id) && !undone.has(r.id));
  const theirUndone = new Set(incoming.undone);
  const leaving = current.log.filter((r) => theirUndone.has(r.id));
  let starred = 0;
  let unstarred = 0;
  for (const [key, theirs] of Object.entries(incoming.bookmarks)) {
    const ours = current.bookmarks[key];
    const wins = !ours || theirs.at > ours.at || (theirs.at === ours.at && theirs.on);
    if (!wins || theirs.on === (ours?.on ?? false)) continue;
    if (theirs.on) starred++;
    else unstarred++;
  }
  return {
    newReviews: arriving.length,
    alreadyHere: incoming.log.filter((r) => here.has(r.id)).length,
    undoneThere: leaving.length,
    cards: new Set([...arriving, ...leaving].map((r) => r.card)).size,
    starred,
    unstarred,
  };
}

/** Roughly what the merge keeps, for its size: both logs by id, and every card's state. */
function unionSketch(current: Progress, incoming: Progress): Progress {
  const byId = new Map([...incoming.log, ...current.log].map((r) => [r.id, r]));
  return {
    ...current,
    cards: { ...incoming.cards, ...current.cards },
    log: [...byId.values()].sort(compareReviews),
    undone: [...new Set([...current.undone, ...incoming.undone])],
    bookmarks: { ...incoming.bookmarks, ...current.bookmarks },
  };
}
