/**
 * `<!-- my answer -->` alone on a line ends a card's model answer: what follows, to the end of
 * the card, is the reader's own answer (written by an export "with my answers"), not the deck's.
 * The comment is invisible on GitHub and in Anki.
 */
export const OWN_ANSWER_MARKER = '<!-- my answer -->';
/** The label an export puts above the own answer, so whoever reads the file sees whose it is. */
export const OWN_ANSWER_LABEL = '*My answer*';

// The labels exports write (markdown's quote, Anki's rule and bold line), dropped on reading.
const LABEL =
  /^(?:(?:-{3,}|\*{3,}|_{3,})\s*\n+)?(?:\*{1,2}My answer\*{1,2}|<b>My answer<\/b>)[ \t]*(?:\n+|$)/;

/**
 * An own answer as an export writes it — quoted line by line, so a `#` in it cannot start a
 * card, under its label — back to its text; anything else is taken as written.
 */
export function unquoteOwnAnswer(text: string): string {
  const lines = text.split(/\r?\n/);
  const unquoted = lines.every((line) => line.trim() === '' || /^ {0,3}>/.test(line))
    ? lines.map((line) => line.replace(/^ {0,3}> ?/, '')).join('\n')
    : lines.join('\n');
  return unquoted.trim().replace(LABEL, '').trim();
}

/**
 * Splits markdown at an own-answer marker line outside code: the model answer above, the own
 * answer below (empty when there is no marker). For the importer's shapes, which read answers
 * as text; the deck format finds the marker in its syntax tree.
 */
export function splitAtOwnAnswer(markdown: string): { answer: string; own: string } {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  for (const [i, line] of lines.entries()) {
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (mark && (fence === null || (mark[0] === fence[0] && mark.length >= fence.length))) {
      fence = fence === null ? mark : null;
    } else if (fence === null && line.trim() === OWN_ANSWER_MARKER) {
      return {
        answer: lines.slice(0, i).join('\n').trimEnd(),
        own: unquoteOwnAnswer(lines.slice(i + 1).join('\n')),
      };
    }
  }
  return { answer: markdown, own: '' };
}
