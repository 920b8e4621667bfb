/**
 * Markdown shapes that take the parser quadratic time: long runs of emphasis markers in one
 * paragraph, block quotes or lists nested hundreds deep. No real flashcard needs them, and
 * parsing 100 KB of `*_` takes over a minute, so such input is refused before parsing.
 */
const LIMITS = Object.freeze({
  /** `*` and `_` in one paragraph: 2,000 parse in about 0.1 s. */
  emphasisMarkers: 2000,
  /** `>` levels on one line. */
  quoteDepth: 100,
  /** Leading spaces on one line (about 100 levels of list nesting). */
  indent: 400,
});

/** The parser's cap: past this an answer is a document, not a flashcard. */
export const MAX_ANSWER_BYTES = 20 * 1024;
/** A "question" longer than this is a paragraph that only looked like one. */
export const MAX_QUESTION_CHARS = 500;
/** Ids stay readable in URLs. */
export const MAX_ID_CHARS = 80;

export interface Pathology {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

/** UTF-8 bytes of `text`, counted without encoding it (a deck's every answer is measured). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if ((code & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: two code units, one 4-byte character
      i++;
    } else bytes += 3; // a lone surrogate is written as U+FFFD, 3 bytes
  }
  return bytes;
}

/** `*` and `_` in `line`. */
function emphasisMarkers(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 42 || code === 95) count++;
  }
  return count;
}

/** The first pathological spot in `source`, in one linear pass; null when it is safe to parse. */
export function findPathology(source: string): Pathology | null {
  const lines = source.split('\n');
  let blockStart = 0;
  let markers = 0;
  for (const [i, line] of lines.entries()) {
    if (!/\S/.test(line)) {
      blockStart = i + 1;
      markers = 0;
      continue;
    }
    const quotes = /^[ \t]*>/.test(line)
      ? (/^[ \t]*((?:>[ \t]?)+)/.exec(line)?.[1]?.replace(/[^>]/g, '').length ?? 0)
      : 0;
    if (quotes > LIMITS.quoteDepth) {
      return {
        line: i + 1,
        column: 1,
        reason: `Block quotes nested ${quotes} deep, expected at most ${LIMITS.quoteDepth}`,
      };
    }
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent > LIMITS.indent) {
      return {
        line: i + 1,
        column: 1,
        reason: `Line indented ${indent} spaces, expected at most ${LIMITS.indent}`,
      };
    }
    markers += emphasisMarkers(line);
    if (markers > LIMITS.emphasisMarkers) {
      return {
        line: blockStart + 1,
        column: 1,
        reason: `Paragraph with more than ${LIMITS.emphasisMarkers} emphasis markers (* or _), expected far fewer`,
      };
    }
  }
  return null;
}
