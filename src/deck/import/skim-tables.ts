import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { linkAt, span, type Context, type Stub } from './skim-context.ts';

// The skim's stub for a table of contents written as a table (see skim.ts).

const TABLE_DELIMITER = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
/** A cell of a table of contents: empty, a number, a bold group name, or a link to an anchor. */
const CONTENTS_CELL =
  /^\s*(?:\d{0,5}\.?|\*\*(?<group>[^*|\\]+)\*\*|\[(?<label>[^\]|\\`*_<>]+)\]\((?<url>#[^)\s|\\]*)\))\s*$/u;
const PLAIN_CELL = /^\s*[\p{L}\p{N} .#]*\s*$/u;

/**
 * A table of contents written as a table (`| 1 | [What is React?](#what-is-react) |`, thousands
 * of rows in big READMEs): built row by row without micromark, which takes seconds on it.
 * Only a table whose every cell is a number, a bold group name or a link to an anchor is
 * skimmed; any other table is micromark's.
 */
export function contentsTableStub(ctx: Context, i: number, text: string): Stub | null {
  if (!text.startsWith('|') || !TABLE_DELIMITER.test(ctx.lines[i + 1] ?? '')) return null;
  const cellsOf = (line: string) =>
    line
      .replace(/^\|/, '')
      .replace(/\|\s*$/, '')
      .split('|');
  const header = cellsOf(text);
  if (!header.every((c) => PLAIN_CELL.test(c))) return null;
  const rows: TableRow[] = [];
  const rowOf = (
    line: number,
    cells: readonly string[],
    build: (cell: string, from: number) => PhrasingContent[],
  ) => {
    const source = ctx.lines[line] ?? '';
    let at = source.indexOf('|') + 1;
    const children: TableCell[] = cells.map((cell) => {
      const from = at;
      at += cell.length + 1;
      return {
        type: 'tableCell',
        children: build(cell, from),
        position: span(ctx, line, from, line, from + cell.length),
      };
    });
    rows.push({ type: 'tableRow', children, position: span(ctx, line, 0, line, source.length) });
  };
  const textCell =
    (line: number) =>
    (cell: string, from: number): PhrasingContent[] => {
      const value = cell.trim();
      if (value === '') return [];
      const start = from + cell.indexOf(value);
      return [
        { type: 'text', value, position: span(ctx, line, start, line, start + value.length) },
      ];
    };
  rowOf(i, header, textCell(i));
  let links = 0;
  let j = i + 2;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (!line.startsWith('|')) break;
    if (line.includes('\r') || line.includes('\\|')) return null;
    const cells = cellsOf(line);
    if (cells.length !== header.length) return null;
    const parsed = cells.map((c) => CONTENTS_CELL.exec(c));
    if (parsed.some((m) => m === null)) return null;
    const at = j;
    let k = 0;
    rowOf(j, cells, (cell, from) => {
      const groups = parsed[k++]?.groups ?? {};
      const start = from + cell.length - cell.trimStart().length;
      if (groups.url && groups.label) {
        links++;
        return [linkAt(ctx, at, start, groups.label, groups.url)];
      }
      if (groups.group) {
        const end = start + cell.trim().length;
        const inner: PhrasingContent = {
          type: 'text',
          value: groups.group,
          position: span(ctx, at, start + 2, at, end - 2),
        };
        return [{ type: 'strong', children: [inner], position: span(ctx, at, start, at, end) }];
      }
      return textCell(at)(cell, from);
    });
  }
  if (links === 0 || rows.length < 3) return null;
  const last = j - 1;
  const node: Table = {
    type: 'table',
    align: header.map(() => null),
    children: rows,
    position: span(ctx, i, 0, last, (ctx.lines[last] ?? '').length),
  };
  return { node, next: j, kind: null };
}
