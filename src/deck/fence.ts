/** A fenced code block's opening or closing line: three or more backticks or tildes. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The open fence after `line`, given the one open before it (null when none): a fence opens
 * with three or more backticks or tildes and closes with as many of the same. `marks` says
 * whether the line itself is a fence line (neither text nor code).
 */
export function fenceAfter(
  open: string | null,
  line: string,
): { open: string | null; marks: boolean } {
  const marker = FENCE.exec(line)?.[1];
  if (marker && (open === null || (marker[0] === open[0] && marker.length >= open.length)))
    return { open: open === null ? marker : null, marks: true };
  return { open, marks: false };
}

/**
 * `text` with `rewrite` applied to each line outside fenced code (fence lines included as
 * code); the same string when no line changed. Line numbers stay as they were.
 */
export function rewriteOutsideFences(text: string, rewrite: (line: string) => string): string {
  const lines = text.split('\n');
  let fence: string | null = null;
  let changed = false;
  for (const [i, line] of lines.entries()) {
    const step = fenceAfter(fence, line);
    fence = step.open;
    if (step.marks || fence !== null) continue;
    const next = rewrite(line);
    if (next !== line) {
      lines[i] = next;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** A `#`–`###` heading line: what the deck format reads as a title, section or card. */
const STRUCTURE = /^ {0,3}#{1,3}(?:[ \t]|$)/;

export interface UnclosedFence {
  /** 1-based line of the fence that is never closed. */
  readonly line: number;
  readonly column: number;
  readonly marker: string;
  /** The first heading line it swallows, or null when nothing that looks like a card follows. */
  readonly swallowed: number | null;
}

/**
 * A fence left open runs to the end of the file (CommonMark), so every heading after it becomes
 * code: cards vanish without a word. Found in one linear pass, the way the parser pairs fences;
 * only lines that start with a backtick, tilde or `#` (after up to three spaces) are looked at
 * closely, as the importer checks every document of megabytes.
 */
export function findUnclosedFence(source: string): UnclosedFence | null {
  let open: { line: number; column: number; marker: string } | null = null;
  let swallowed: number | null = null;
  for (let i = 0, start = 0; start <= source.length; i++) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    let first = start;
    while (first < start + 3 && source.charCodeAt(first) === 32) first++;
    const code = source.charCodeAt(first);
    if (code === 96 || code === 126 || (code === 35 && open !== null && swallowed === null)) {
      const text = source.slice(start, end);
      const marker = FENCE.exec(text)?.[1];
      if (open === null) {
        if (marker) {
          open = { line: i + 1, column: text.indexOf(marker) + 1, marker };
          swallowed = null;
        }
      } else if (marker && marker[0] === open.marker[0] && marker.length >= open.marker.length) {
        open = null;
      } else if (swallowed === null && STRUCTURE.test(text)) swallowed = i + 1;
    }
    start = end + 1;
  }
  return open && { ...open, swallowed };
}
