import type { CardEdit, CardText } from '../../deck/edits/card-edit.ts';

// `sameText` and `originalChanged` of deck/edits/card-edit.ts, restated for the screens: a screen
// importing that module splits it out of the library's chunk, and the first screen then preloads
// one more file (measured: 20 bytes gzipped more). Keep the two in step.

export const sameText = (a: CardText, b: CardText): boolean =>
  a.question === b.question && a.prompt === b.prompt && a.answer === b.answer;

/** True when the user's text stands over a deck's text that has changed since they edited it. */
export function originalChanged(edit: CardEdit | undefined, original: CardText): boolean {
  const text = edit?.text;
  return !!text?.value && !!text.base && !sameText(text.base, original);
}
