import type { Dispatch, SetStateAction } from 'react';
import { withRest } from '../../deck/import/readings.ts';
import type { ImportDraft } from './import-draft.ts';
import { toImportFixes } from './preview-fixes.ts';
import { runImport } from './run-import.ts';

type SetDrafts = Dispatch<SetStateAction<ImportDraft[]>>;

/**
 * Reading the drafts of Add a deck: the first time, and again after each change of shape or
 * fix. Made once per page, so that what is handed down stays the same from render to render
 * and a list of 1,600 questions is not drawn again on each key typed elsewhere.
 */
export function draftReader(setDrafts: SetDrafts) {
  const update = (key: number, change: (draft: ImportDraft) => ImportDraft) =>
    setDrafts((all) => all.map((d) => (d.key === key ? change(d) : d)));

  // The last reading asked for wins: one that was running when a fix was made, arriving late,
  // is dropped rather than undoing the fix.
  // The reading under way for each draft, to stop it when the draft is cancelled.
  const running = new Map<number, AbortController>();
  const read = (draft: ImportDraft) => {
    const latest = (d: ImportDraft) => d.reading === draft.reading;
    const controller = new AbortController();
    running.get(draft.key)?.abort();
    running.set(draft.key, controller);
    void runImport(draft.input, {
      path: draft.path,
      shape: draft.shape,
      fixes: toImportFixes(draft.fixes),
      signal: controller.signal,
      onProgress: (fraction) =>
        update(draft.key, (d) => (latest(d) ? { ...d, progress: fraction } : d)),
      // The card counts of "Read as" and the lines that could be questions, after the preview.
      onRest: (rest) =>
        update(draft.key, (d) =>
          latest(d) && d.result?.pending ? { ...d, result: withRest(d.result, rest) } : d,
        ),
    }).then(
      (result) =>
        update(draft.key, (d) =>
          latest(d)
            ? {
                ...d,
                result,
                progress: null,
                name: d.result ? d.name : (result.deck?.title ?? d.name),
              }
            : d,
        ),
      () => {}, // stopped: the draft is gone
    );
  };

  /** Stops reading a draft (a large file the user gave up on). */
  const stop = (key: number) => {
    running.get(key)?.abort();
    running.delete(key);
  };

  /** Reads a draft again with a change of shape or fixes; its last reading shows meanwhile. */
  const reread = (draft: ImportDraft, change: Pick<ImportDraft, 'shape' | 'fixes'>) => {
    const reading = draft.reading + 1;
    update(draft.key, (d) => ({ ...d, ...change, progress: 0, reading }));
    read({ ...draft, ...change, progress: 0, reading });
  };

  return { update, read, reread, stop };
}
