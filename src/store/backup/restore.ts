import { decodeEdits } from '../../deck/edits/decode-edits.ts';
import { decodeOwnAnswers } from '../../deck/key-points/own-answer.ts';
import { plural } from '../../lib/plural.ts';
import { openLibrary, type StoredDeck } from '../decks/index.ts';
import { countAnswers, useNotes } from '../notes/index.ts';
import {
  keepCopyBeforeRestore,
  loadScheduler,
  now,
  settled,
  useProgress,
  type Progress,
} from '../progress/index.ts';
import type { RestorePlan } from './backup.ts';
import type { DeckPlan } from './deck-backup.ts';
import { deckResultLine } from './deck-summary.ts';
import { downloadProgress } from './download.ts';
import type { MergeSummary } from './merge-plan.ts';

/** A restore the user confirmed: a plan that was read without a refusal. */
type ReadyRestore = Extract<RestorePlan, { ok: true }>;

export const hasProgress = (p: Progress): boolean =>
  p.log.length > 0 || Object.keys(p.cards).length > 0 || Object.keys(p.bookmarks).length > 0;

/** Own answers in a backup's notes, as they would be merged. */
export const ownAnswersIn = (found: unknown): number =>
  countAnswers(decodeOwnAnswers(found).answers);

/**
 * Replaces the progress with a restored one, keeping what it replaces (a copy in this
 * browser, or a download without room for one); says only what actually happened.
 */
function replaceProgress(progress: Progress): string {
  const { replace } = useProgress.getState();
  if (!hasProgress(useProgress.getState())) {
    replace(progress);
    return 'Restored.';
  }
  const copy = keepCopyBeforeRestore(now());
  if (!copy) void downloadProgress();
  replace(progress);
  return copy
    ? `Restored. Your previous progress is kept in this browser as ${copy}, listed below under “Copies kept before a restore”.`
    : 'Restored. There was no room to keep your previous progress in this browser, so it was downloaded as a file first.';
}

/** Cards a backup's edits change (text, tags, suspension), as they would be merged. */
export const editsIn = (found: unknown): number => Object.keys(decodeEdits(found).edits).length;

/**
 * Merges a file's card edits into this browser's (the later change of each part wins; a text
 * that loses stays in the card's history), and says what happened (if anything).
 */
async function bringEdits(found: unknown): Promise<string> {
  if (found === null || found === undefined) return '';
  const { edits, rejected } = decodeEdits(found);
  const skipped =
    rejected.length > 0
      ? ` ${plural(rejected.length, 'card edit')} in the file could not be read and ${rejected.length === 1 ? 'was' : 'were'} skipped (${rejected[0]?.reason ?? ''}).`
      : '';
  try {
    const library = await openLibrary();
    const changed = await library.bringEdits(edits);
    return `${changed > 0 ? ` Edits of ${plural(changed, 'card')} merged with yours.` : ''}${skipped}`;
  } catch (error) {
    return ` Your card edits from the file could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); try again.${skipped}`;
  }
}

/** Merges a backup's own answers into this browser's, and says what happened (if anything). */
function restoreNotes(found: unknown): string {
  if (found === null) return '';
  const { answers, unreadable } = useNotes.getState().restore(found);
  if (answers === 0 && unreadable === 0) return '';
  const skipped =
    unreadable > 0
      ? ` ${plural(unreadable, 'answer')} in the file could not be read and ${unreadable === 1 ? 'was' : 'were'} skipped.`
      : '';
  return ` ${plural(answers, 'own answer')} merged with yours.${skipped}`;
}

/** Brings a backup's decks into the library (replacing those that differ), and says so. */
async function restoreDecks(incoming: readonly StoredDeck[]): Promise<string> {
  if (incoming.length === 0) return '';
  try {
    const library = await openLibrary();
    return deckResultLine(await library.bringDecks(incoming, true, now()));
  } catch (error) {
    return ` Your decks from the file could not be saved in this browser (${error instanceof Error ? error.message : String(error)}); their progress is restored and kept. Try restoring again.`;
  }
}

/**
 * Restores a backup the user confirmed: its progress replaces this browser's (kept as a copy
 * first), its own answers are merged, its decks brought in. Resolves to what happened, once
 * the restored progress is on disk (a reload or a crash right after keeps it).
 */
export async function restore(plan: ReadyRestore): Promise<string> {
  const restored = replaceProgress(plan.progress) + (await notYetOnDisk());
  // A restore brings back the file as it is, decks deleted here since included (it says so).
  const { added, deletedHere, differ } = plan.decks;
  const decks = [...added, ...deletedHere, ...differ];
  // Decks first: edits of their cards then have a card to show on.
  const brought = await restoreDecks(decks);
  return `${restored}${restoreNotes(plan.notes)}${brought}${await bringEdits(plan.edits)}`;
}

/** Makes a copy kept before an earlier restore the progress again, and says so once on disk. */
export async function restoreKeptCopy(progress: Progress): Promise<string> {
  return replaceProgress(progress) + (await notYetOnDisk());
}

/** Waits for a restore to be on disk; what to add to "Restored." when it is not confirmed. */
async function notYetOnDisk(): Promise<string> {
  return (await settled())
    ? ''
    : ' Saving it to disk is taking longer than usual (another PrepDeck tab may hold its database): it is kept in this tab meanwhile, so keep the tab open a moment.';
}

/**
 * Adds the decks this device lacks (never replaces one: a merge keeps what is here), those
 * deleted here only when the user asked for them back.
 */
async function addDecks(decks: DeckPlan, bringBackDeleted: boolean): Promise<string> {
  const adding = bringBackDeleted ? [...decks.added, ...decks.deletedHere] : decks.added;
  if (adding.length === 0) return '';
  try {
    const library = await openLibrary();
    return deckResultLine(await library.bringDecks(adding, false, now()));
  } catch (error) {
    return ` The file’s decks could not be saved on this device (${error instanceof Error ? error.message : String(error)}); merge the file again to bring them.`;
  }
}

/**
 * Merges progress from another device (a file or a link) into this one, and the decks it
 * lacks. Resolves once the reviews are in the journal on disk, like a grade; rejects with
 * nothing changed if the scheduler cannot load.
 */
export async function merge(
  progress: Progress,
  summary: MergeSummary,
  decks: DeckPlan,
  {
    bringBackDeleted = false,
    edits = null,
  }: { bringBackDeleted?: boolean; /** The file's card edits as found. */ edits?: unknown } = {},
): Promise<string> {
  const scheduler = await loadScheduler(useProgress.getState().settings);
  const added = useProgress.getState().mergeIn(progress, scheduler);
  await useProgress.durable();
  const brought = (await addDecks(decks, bringBackDeleted)) + (await bringEdits(edits));
  return `Merged: ${plural(added, 'review')} added${summary.cards > 0 ? `, ${plural(summary.cards, 'card')} rescheduled from ${summary.cards === 1 ? 'its' : 'their'} whole history` : ''}.${brought} Your settings are unchanged.`;
}
