import { fenceAfter } from './fence.ts';

/**
 * Markdown shapes that take the parser quadratic time: long runs of emphasis markers in one
 * paragraph, block quotes or lists nested hundreds deep. No real flashcard needs them, and
 * parsing 100 KB of `*_` takes over a minute, so such input is refused before parsing.
 */
const LIMITS = Object.freeze({
  /** `*`, `_` and `~` in one paragraph: 2,000 parse in about 0.1 s. */
  emphasisMarkers: 2000,
  /** Block quotes and list items opened on one line (the parser recurses once per level). */
  nesting: 100,
  /** Leading spaces on one line (about 100 levels of list nesting). */
  indent: 400,
});

/**
 * Emphasis markers in one paragraph that a card is drawn with (more: shown as plain text). A
 * card has 50 ms on a phone four times slower than this machine, where 250 markers take the
 * parser 10–20 ms (the time grows with their square).
 */
export const RENDER_EMPHASIS_MARKERS = 200;

/**
 * Cards in one deck: what the importer makes (a 10 MB file of 100,000 CSV rows) and what a deck
 * read back from the browser or a backup may hold, the same, so a deck the app saved itself is
 * never refused by its own checks.
 */
export const MAX_DECK_CARDS = 100_000;

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

/**
 * `text`'s UTF-8 bytes when they are more than `max`, else null. A UTF-16 code unit takes at
 * most 3 bytes, so text short enough is not counted at all (most answers).
 */
export function bytesOver(text: string, max: number): number | null {
  if (text.length * 3 <= max) return null;
  const bytes = utf8Bytes(text);
  return bytes > max ? bytes : null;
}

/** Whether the character code is JavaScript whitespace (`\s`): ASCII first, the rest by regex. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/** Whether `source` has a list item's marker at `i` (`-`, `*`, `+` or `1.`, `1)`), then a space. */
function listMarkerEnd(source: string, i: number): number {
  const code = source.charCodeAt(i);
  let end = i;
  if (code === 45 || code === 42 || code === 43) end = i + 1;
  else {
    while (end - i < 9 && source.charCodeAt(end) >= 48 && source.charCodeAt(end) <= 57) end++;
    if (end === i || (source.charCodeAt(end) !== 46 && source.charCodeAt(end) !== 41)) return -1;
    end++;
  }
  const after = source.charCodeAt(end);
  return after === 32 || after === 9 ? end + 1 : -1;
}

/**
 * Containers opened at the start of the line from `start`: block quotes (`>`) and list items
 * (`- `, `1. `), in any mix (`> - > - …` nests as deep as `>>>>`).
 */
function containerDepth(source: string, start: number): { quotes: number; lists: number } {
  let i = start;
  let quotes = 0;
  let lists = 0;
  for (;;) {
    while (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9) i++;
    if (source.charCodeAt(i) === 62) {
      quotes++;
      i++;
      continue;
    }
    const end = listMarkerEnd(source, i);
    if (end === -1) return { quotes, lists };
    lists++;
    i = end;
  }
}

/**
 * The first pathological spot in `source`, in one pass over its characters (no line split:
 * a 1 MB document is checked on every import); null when it is safe to parse. A card being
 * drawn allows fewer emphasis markers (`RENDER_EMPHASIS_MARKERS`) than a document being read.
 */
export function findPathology(
  source: string,
  emphasisMarkers: number = LIMITS.emphasisMarkers,
): Pathology | null {
  let blockStart = 0;
  let markers = 0;
  // Fenced code is text to the parser: its `*`, `_` and `~` (Python's `__init__`) are not
  // emphasis, and a fence line ends a paragraph.
  let fence: string | null = null;
  for (let line = 0, start = 0; start <= source.length; line++) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    let first = start;
    while (first < start + 3 && source.charCodeAt(first) === 32) first++;
    const lead = source.charCodeAt(first);
    const step: { open: string | null; marks: boolean } | null =
      lead === 96 || lead === 126 ? fenceAfter(fence, source.slice(start, end)) : null;
    if (step?.marks || fence !== null) {
      if (step?.marks) fence = step.open;
      blockStart = line + 1;
      markers = 0;
      start = end + 1;
      continue;
    }
    let lineMarkers = 0;
    let content = false;
    for (let i = start; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === 42 || code === 95 || code === 126) {
        lineMarkers++;
        content = true;
      } else if (!content && !isSpace(code)) content = true;
    }
    if (!content) {
      blockStart = line + 1;
      markers = 0;
    } else {
      const { quotes, lists } = containerDepth(source, start);
      if (quotes + lists > LIMITS.nesting) {
        const what = lists === 0 ? 'Block quotes' : 'Block quotes and lists';
        return {
          line: line + 1,
          column: 1,
          reason: `${what} nested ${quotes + lists} deep, expected at most ${LIMITS.nesting}`,
        };
      }
      let indent = 0;
      while (source.charCodeAt(start + indent) === 32) indent++;
      if (indent > LIMITS.indent) {
        return {
          line: line + 1,
          column: 1,
          reason: `Line indented ${indent} spaces, expected at most ${LIMITS.indent}`,
        };
      }
      markers += lineMarkers;
      if (markers > emphasisMarkers) {
        return {
          line: blockStart + 1,
          column: 1,
          reason: `Paragraph with more than ${emphasisMarkers} emphasis markers (*, _ or ~), expected far fewer`,
        };
      }
    }
    start = end + 1;
  }
  return null;
}
