import { fixKey, type ImportFixes } from '../../deck/import/fixes.ts';
import type { ShapeName } from '../../deck/import/types.ts';

/**
 * One correction made in the preview, in the order the user made them: the list is what the
 * preview shows and undoes; `toImportFixes` folds it into what the importer and the deck keep.
 * Every fix names a question by its text (see src/deck/import/fixes.ts).
 */
export type Fix =
  | { readonly kind: 'question'; readonly text: string }
  | { readonly kind: 'not-question'; readonly text: string }
  | { readonly kind: 'drop'; readonly text: string }
  | { readonly kind: 'merge-up'; readonly text: string }
  | { readonly kind: 'split'; readonly text: string; readonly line: string }
  | { readonly kind: 'rename'; readonly text: string; readonly to: string };

/**
 * The importer's `ImportFixes` for a list of fixes. A fix made on a card renamed earlier names
 * its new text; the importer knows only the document's, so it is traced back to that.
 */
export function toImportFixes(fixes: readonly Fix[], shape?: ShapeName): ImportFixes {
  const renamedFrom = new Map<string, string>();
  const origin = (text: string) => renamedFrom.get(fixKey(text)) ?? text;
  const out = {
    questions: [] as string[],
    notQuestions: [] as string[],
    drop: [] as string[],
    mergeUp: [] as string[],
    splits: [] as { question: string; line: string }[],
    rename: new Map<string, { question: string; to: string }>(),
  };
  for (const fix of fixes) {
    const question = origin(fix.text);
    if (fix.kind === 'question') out.questions.push(question);
    else if (fix.kind === 'not-question') out.notQuestions.push(question);
    else if (fix.kind === 'drop') out.drop.push(question);
    else if (fix.kind === 'merge-up') out.mergeUp.push(question);
    else if (fix.kind === 'split') out.splits.push({ question, line: fix.line });
    else {
      out.rename.set(fixKey(question), { question, to: fix.to });
      renamedFrom.set(fixKey(fix.to), question);
    }
  }
  const result: { -readonly [K in keyof ImportFixes]: ImportFixes[K] } = {};
  if (shape) result.shape = shape;
  if (out.questions.length) result.questions = out.questions;
  if (out.notQuestions.length) result.notQuestions = out.notQuestions;
  if (out.drop.length) result.drop = out.drop;
  if (out.mergeUp.length) result.mergeUp = out.mergeUp;
  if (out.splits.length) result.splits = out.splits;
  if (out.rename.size) result.rename = [...out.rename.values()];
  return result;
}

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/** The fix in a few words, as the list of fixes shows it. */
export function describeFix(fix: Fix): string {
  switch (fix.kind) {
    case 'question':
      return `${quote(fix.text)} is a question`;
    case 'not-question':
      return `${quote(fix.text)} is not a question`;
    case 'drop':
      return `Dropped ${quote(fix.text)}`;
    case 'merge-up':
      return `Merged ${quote(fix.text)} with the card before it`;
    case 'split':
      return `Split ${quote(fix.text)} at ${quote(fix.line)}`;
    case 'rename':
      return `Reworded ${quote(fix.text)} as ${quote(fix.to)}`;
  }
}

/**
 * The lines of an answer a card can be split at: lines with text, outside code blocks, without
 * their list or heading marks. At most `max`, in order.
 */
export function splitLines(answer: string, max = 200): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const raw of answer.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    const line = raw.trim();
    if (fence !== null || line === '' || /^\|?[\s:|-]+\|?$/.test(line)) continue;
    lines.push(line);
    if (lines.length >= max) break;
  }
  return lines;
}
