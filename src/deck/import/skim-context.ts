import type { Link, RootContent } from 'mdast';

// What the skim's driver and its stub builders share: the document as lines, the stub they
// hand back, and the few line tests both sides make. Kept apart so the builders need not
// import the driver that calls them.

export interface Context {
  readonly source: string;
  readonly lines: readonly string[];
  readonly starts: readonly number[];
}

export interface Stub {
  readonly node: RootContent;
  /** The line after it. */
  readonly next: number;
  readonly kind: string | null;
}

export const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** Keeps pieces apart in one parse: an HTML comment ends any list, quote or paragraph. */
export const SEPARATOR = '\n<!---->\n\n';

/** `-`, `*`, `+` or `1.`/`1)`: which list a column-0 line would start or continue. */
export function listKind(text: string): string | null {
  const match = /^(?:([-*+])|\d{1,9}([.)]))(?:[ \t]|$)/.exec(text);
  return match ? (match[1] ?? `1${match[2]}`) : null;
}

/** A position from (line, column) to (line, column), 0-based in, 1-based out. */
export function span(
  ctx: Context,
  fromLine: number,
  fromCol: number,
  toLine: number,
  toCol: number,
) {
  const at = (line: number, col: number) => ({
    line: line + 1,
    column: col + 1,
    offset: (ctx.starts[line] ?? 0) + col,
  });
  return { start: at(fromLine, fromCol), end: at(toLine, toCol) };
}

/** `[label](url)` from column `start` of line `line`: the link node micromark would build. */
export function linkAt(
  ctx: Context,
  line: number,
  start: number,
  label: string,
  url: string,
): Link {
  return {
    type: 'link',
    url,
    title: null,
    children: [
      {
        type: 'text',
        value: label,
        position: span(ctx, line, start + 1, line, start + 1 + label.length),
      },
    ],
    position: span(ctx, line, start, line, start + label.length + url.length + 4), // `[`, `](`, `)`
  };
}
