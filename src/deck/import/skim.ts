import type {
  Code,
  Heading,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { parsePiece, shift } from '../parse-markdown.ts';

/**
 * Parses an imported document into top-level mdast nodes, fast. The shapes only look at the
 * top level: headings, lists of questions, bold paragraphs, tables, HTML. micromark costs about
 * 5 s of CPU per MB here, so blocks whose inside cannot matter are not given to it: a plain
 * heading, a paragraph that starts with a letter, a fenced code block, a list with no bold,
 * link or question mark. Each becomes a stub node of the same type at the same position (with
 * its raw text as content); everything else is parsed by micromark in pieces of a few KB.
 * A stub is only made at the start of a block where nothing before it can continue (after a
 * blank line, at the start, or after another stub) and only when the block's extent is certain;
 * anything doubtful goes to micromark. 1 MB of README goes from 5 s to a fraction of a second.
 */
export function skimMarkdown(source: string): Root {
  const lines = source.split('\n');
  const starts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; i++) {
    starts.push(offset);
    offset += (lines[i]?.length ?? 0) + 1;
  }
  const ctx: Context = { source, lines, starts };
  const out: RootContent[] = [];
  let batch: Item[] = [];
  let batchChars = 0;
  let segment: number | null = null; // first line of the open segment
  const closeSegment = (end: number) => {
    if (segment === null || end <= segment) return;
    batch.push({ from: segment, to: end });
    batchChars += (starts[end] ?? source.length + 1) - (starts[segment] ?? 0);
    segment = null;
  };
  const flush = () => {
    out.push(...parseBatch(ctx, batch));
    batch = [];
    batchChars = 0;
  };

  let fresh = true; // line i starts a block: nothing above can continue into it
  let htmlRun = false; // the lines since the last blank one hold an HTML block start
  let fence: string | null = null;
  let rawEnd: RegExp | null = null;
  let lastKind: string | null = null; // the list kind of the last block started at column 0
  for (let i = 0; i < lines.length;) {
    const text = lines[i] ?? '';
    if (fresh && !htmlRun && fence === null && rawEnd === null) {
      const stub = stubAt(ctx, i, lastKind);
      if (stub) {
        closeSegment(i);
        batch.push(stub.node);
        lastKind = stub.kind;
        i = stub.next;
        fresh = true;
        if (batchChars >= PIECE_CHARS) flush();
        continue;
      }
    }
    const blank = text.trim() === '';
    if (fence === null && rawEnd === null) {
      if (segment !== null && !blank && segmentLength(ctx, segment, i) >= PIECE_CHARS) {
        if (BOUNDARY.test(text) || (fresh && /^[^\s<]/.test(text))) {
          closeSegment(i);
          if (batchChars >= PIECE_CHARS) flush();
        }
      }
      if (fresh && /^\S/.test(text)) lastKind = listKind(text);
      const open = FENCE_OPEN.exec(text);
      if (open?.[1] && !(open[1][0] === '`' && open[2]?.includes('`'))) fence = open[1];
      else rawEnd = rawHtmlEnd(text);
      if (/^ {0,3}</.test(text)) htmlRun = true;
    } else if (fence !== null) {
      const close = FENCE_CLOSE.exec(text)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = null;
    } else if (rawEnd?.test(text)) rawEnd = null;
    if (!blank) segment ??= i;
    if (blank) htmlRun = false;
    fresh = blank;
    i++;
  }
  closeSegment(lines.length);
  flush();
  return {
    type: 'root',
    children: out,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lines.length, column: 1, offset: source.length },
    },
  };
}

/** Pieces handed to micromark hold about this many characters. */
const PIECE_CHARS = 2048;
/** A `#`–`###` heading: a piece may be cut before it. */
const BOUNDARY = /^ {0,3}#{1,3}(?:[ \t]|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** Keeps pieces apart in one parse: an HTML comment ends any list, quote or paragraph. */
const SEPARATOR = '\n<!---->\n\n';

interface Context {
  readonly source: string;
  readonly lines: readonly string[];
  readonly starts: readonly number[];
}

/** Lines `from` (inclusive) to `to` (exclusive), to be parsed by micromark. */
interface Segment {
  readonly from: number;
  readonly to: number;
}
type Item = Segment | RootContent;

const isSegment = (item: Item): item is Segment => 'from' in item;

function segmentLength(ctx: Context, from: number, to: number): number {
  return (ctx.starts[to] ?? 0) - (ctx.starts[from] ?? 0);
}

/** Parses the segments of a batch in one micromark call, stubs kept in order between them. */
function parseBatch(ctx: Context, items: readonly Item[]): RootContent[] {
  const segments = items.filter(isSegment);
  if (segments.length === 0) return items as RootContent[];
  const places: { combined: number; line: number; length: number; segment: Segment }[] = [];
  let combined = '';
  let line = 1;
  for (const segment of segments) {
    if (combined !== '') {
      combined += SEPARATOR;
      line += 3;
    }
    const start = ctx.starts[segment.from] ?? 0;
    const end = Math.min(ctx.starts[segment.to] ?? ctx.source.length, ctx.source.length);
    const text = ctx.source.slice(start, end).replace(/\n$/, '');
    places.push({ combined: combined.length, line, length: text.length, segment });
    combined += text;
    line += segment.to - segment.from - 1;
  }
  const nodes = new Map<Segment, RootContent[]>(segments.map((s) => [s, []]));
  for (const node of parsePiece(combined).children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    const place = places.find((p) => start >= p.combined && start <= p.combined + p.length);
    if (!place) continue; // a separator
    if (end > place.combined + place.length) return parseWhole(ctx, items); // ran past its piece
    const from = place.segment.from;
    shift(node, from + 1 - place.line, (ctx.starts[from] ?? 0) - place.combined);
    nodes.get(place.segment)?.push(node);
  }
  return items.flatMap((item) => (isSegment(item) ? (nodes.get(item) ?? []) : [item]));
}

/** The fallback when pieces did not keep apart: the batch's whole stretch, parsed as written. */
function parseWhole(ctx: Context, items: readonly Item[]): RootContent[] {
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return [];
  const from = isSegment(first)
    ? (ctx.starts[first.from] ?? 0)
    : (first.position?.start.offset ?? 0);
  const to = isSegment(last)
    ? Math.min(ctx.starts[last.to] ?? ctx.source.length, ctx.source.length)
    : (last.position?.end.offset ?? 0);
  const line = ctx.source.slice(0, from).split('\n').length;
  return parsePiece(ctx.source.slice(from, to)).children.map((n) => shift(n, line - 1, from));
}

/** Raw HTML blocks that run past blank lines: how each starts, and the text that ends it. */
const RAW_HTML: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];

/** A raw HTML block that runs past blank lines (`<pre>`, `<!--`…): the line that ends it. */
function rawHtmlEnd(text: string): RegExp | null {
  if (!/^ {0,3}</.test(text)) return null;
  for (const [start, end] of RAW_HTML) {
    const match = start.exec(text);
    if (match) return end.test(text.slice(match[0].length)) ? null : end;
  }
  return null;
}

/** `-`, `*`, `+` or `1.`/`1)`: which list a column-0 line would start or continue. */
function listKind(text: string): string | null {
  const match = /^(?:([-*+])|\d{1,9}([.)]))(?:[ \t]|$)/.exec(text);
  return match ? (match[1] ?? `1${match[2]}`) : null;
}

interface Stub {
  readonly node: RootContent;
  /** The line after it. */
  readonly next: number;
  readonly kind: string | null;
}

function stubAt(ctx: Context, i: number, lastKind: string | null): Stub | null {
  const text = ctx.lines[i] ?? '';
  if (text.includes('\r')) return null;
  return (
    headingStub(ctx, i, text) ??
    codeStub(ctx, i, text) ??
    anchorStub(ctx, i, text) ??
    paragraphStub(ctx, i, text) ??
    listStub(ctx, i, text, lastKind) ??
    answeredListStub(ctx, i, text, lastKind) ??
    contentsTableStub(ctx, i, text) ??
    contentsListStub(ctx, i, text, lastKind)
  );
}

/** Heading text micromark would keep as one text node: no markup, no autolink. */
const PLAIN_INLINE = /^[\p{L}\p{N} .,?;:'"()/%+=’‘“”…–—-]+$/u;

function headingStub(ctx: Context, i: number, text: string): Stub | null {
  const match = /^(#{1,6})[ \t]+(.*?)[ \t]*$/.exec(text);
  const content = match?.[2];
  if (!match?.[1] || !content || !PLAIN_INLINE.test(content) || /www\.|:\/\//i.test(content)) {
    return null;
  }
  const at = text.indexOf(content, match[1].length);
  const node: Heading = {
    type: 'heading',
    depth: match[1].length as Heading['depth'],
    children: [
      { type: 'text', value: content, position: span(ctx, i, at, i, at + content.length) },
    ],
    position: span(ctx, i, 0, i, text.length),
  };
  return { node, next: i + 1, kind: null };
}

function codeStub(ctx: Context, i: number, text: string): Stub | null {
  const open = /^(`{3,}|~{3,})(.*)$/.exec(text);
  const marker = open?.[1];
  const info = open?.[2] ?? '';
  if (!marker || (marker[0] === '`' && info.includes('`'))) return null;
  for (let j = i + 1; j < ctx.lines.length; j++) {
    const close = FENCE_CLOSE.exec(ctx.lines[j] ?? '')?.[1];
    if (!close || close[0] !== marker[0] || close.length < marker.length) continue;
    const node: Code = {
      type: 'code',
      lang: info.trim().split(/\s/)[0] || null,
      meta: null,
      value: '',
      position: span(ctx, i, 0, j, (ctx.lines[j] ?? '').length),
    };
    return { node, next: j + 1, kind: null };
  }
  return null;
}

/**
 * A "back to top" line alone in its paragraph, `[text](#anchor)` or `**[text](#anchor)**`,
 * built as micromark would: the bold shape counts it (a bold paragraph that is no question) and
 * navigation is recognised by its link. READMEs repeat it after every answer.
 */
function anchorStub(ctx: Context, i: number, text: string): Stub | null {
  const match = /^(\*\*|__)?\[([^[\]`*_<>\\!&~]+)\]\((#[^\s()<>\\&]*)\)\1?[ \t]*$/.exec(text);
  const label = match?.[2];
  const url = match?.[3];
  const next = ctx.lines[i + 1];
  if (!match || !label || !url || (next !== undefined && next.trim() !== '')) return null;
  if ((match[1] ?? '') !== '' && !text.trimEnd().endsWith(match[1] ?? '')) return null;
  const bold = match[1]?.length ?? 0;
  const end = bold + label.length + url.length + 4; // `[`, `](`, `)`
  const link: Link = {
    type: 'link',
    url,
    title: null,
    children: [
      { type: 'text', value: label, position: span(ctx, i, bold + 1, i, bold + 1 + label.length) },
    ],
    position: span(ctx, i, bold, i, end),
  };
  const content: PhrasingContent = bold
    ? { type: 'strong', children: [link], position: span(ctx, i, 0, i, end + bold) }
    : link;
  const node: Paragraph = {
    type: 'paragraph',
    children: [content],
    position: span(ctx, i, 0, i, text.length),
  };
  return { node, next: i + 1, kind: null };
}

/** What could start another block inside a paragraph, or turn it into a heading or table. */
const INTERRUPT = /^[ \t]*(?:[-*+=_#>|<`~:]|\d{1,9}[.)])/;

function paragraphStub(ctx: Context, i: number, text: string): Stub | null {
  if (!/^[\p{L}\p{N}]/u.test(text) || /^\d{1,9}[.)]/.test(text)) return null;
  if (/^\S*(?:@|:\/\/)|^www\./i.test(text)) return null; // opens with a GFM autolink
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') break;
    if (line.includes('|') || line.includes('\r') || (j > i && INTERRUPT.test(line))) return null;
  }
  const last = j - 1;
  const node: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: ctx.lines.slice(i, j).join('\n') }],
    position: span(ctx, i, 0, last, (ctx.lines[last] ?? '').length),
  };
  return { node, next: j, kind: null };
}

/**
 * A list none of whose items can be a question (no bold, no `?`) or navigation (no link):
 * its items' insides never matter. Only a list whose every line is an item of the same kind at
 * column 0, or indented into an item, is skimmed; a lazy line or a thematic break is left to
 * micromark.
 */
function listStub(ctx: Context, i: number, text: string, lastKind: string | null): Stub | null {
  const kind = listKind(text);
  if (kind === null || kind === lastKind) return null;
  let width = 0; // the current item's content column
  let last = i;
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') continue;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (line.includes('\r') || line.includes('\t')) return null;
    if (indent === 0) {
      if (listKind(line) !== kind) {
        if ((ctx.lines[j - 1] ?? '').trim() === '') break; // a new block after a blank line
        return null; // a lazy line
      }
      if (/^(?:[-*_][ ]*){3,}$/.test(line)) return null; // a thematic break
      const item = /^(?:[-*+]|\d{1,9}[.)])( {1,4})\S/.exec(line);
      if (!item) return null;
      width = item[0].length - 1;
    } else if (indent < width) return null;
    const content = indent === 0 ? line.slice(width) : line.replace(/^\s*(?:[-*+]\s)?/, '');
    if (/[*_?[<]/.test(content)) return null;
    last = j;
  }
  const ordered = kind.startsWith('1');
  const raw = ctx.lines.slice(i, last + 1).join('\n');
  const node: List = {
    type: 'list',
    ordered,
    start: ordered ? Number(/^\d+/.exec(text)?.[0]) : null,
    spread: false,
    children: [
      {
        type: 'listItem',
        spread: false,
        checked: null,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: raw }] }],
      },
    ],
    position: span(ctx, i, 0, last, (ctx.lines[last] ?? '').length),
  };
  return { node, next: j, kind };
}

/**
 * A loose list of questions with long answers (`1. ### What is X?` then paragraphs, lists and
 * code indented into the item): each item's first line is parsed, the rest of it is kept as
 * one stub paragraph that only marks where the item ends. Tight lists (tables of contents),
 * items whose first block runs over several lines, lazy lines and anything doubtful are left
 * to micromark. A 1 MB README of such items is most of what a big interview README holds.
 */
function answeredListStub(
  ctx: Context,
  i: number,
  text: string,
  lastKind: string | null,
): Stub | null {
  const kind = listKind(text);
  if (kind === null || kind === lastKind) return null;
  const items: { from: number; width: number; last: number }[] = [];
  let loose = false;
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') continue;
    if (line.includes('\r') || line.includes('\t')) return null;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    const item = items.at(-1);
    if (indent === 0) {
      if (listKind(line) !== kind) {
        if ((ctx.lines[j - 1] ?? '').trim() === '') break; // a new block after a blank line
        return null; // a lazy line
      }
      if (/^(?:[-*_][ ]*){3,}$/.test(line)) return null; // a thematic break
      const start = /^(?:[-*+]|\d{1,9}[.)])( {1,4})\S/.exec(line);
      if (!start) return null;
      // The item's first block must be its first line alone.
      const next = ctx.lines[j + 1];
      if (next !== undefined && next.trim() !== '') return null;
      if (item && (ctx.lines[j - 1] ?? '').trim() === '') loose = true;
      items.push({ from: j, width: start[0].length - 1, last: j });
      continue;
    }
    if (!item || indent < item.width) return null;
    item.last = j;
  }
  if (!loose || items.length < 2) return null;
  // A plain heading as an item's first line is built here; the other first lines go to
  // micromark in one call, kept apart by separators.
  const plain = items.map(({ from, width }) => plainHeadingAt(ctx, from, width));
  const parsed = parsePiece(
    items
      .filter((_, k) => !plain[k])
      .map(({ from, width }) => (ctx.lines[from] ?? '').slice(width))
      .join(SEPARATOR),
  ).children.filter((n) => !(n.type === 'html' && n.value === '<!---->'));
  if (parsed.length !== plain.filter((p) => !p).length) return null;
  const children: ListItem[] = [];
  for (const [k, { from, width, last }] of items.entries()) {
    const built = plain[k];
    const first = built ?? parsed.shift();
    if (!first || (first.type !== 'heading' && first.type !== 'paragraph')) return null;
    const at = first.position?.start;
    if (!built)
      shift(
        first,
        from + 1 - (at?.line ?? 1),
        (ctx.starts[from] ?? 0) + width - (at?.offset ?? 0) + (at?.column ?? 1) - 1,
      );
    const rest: Paragraph[] = [];
    if (last > from) {
      let at = from + 1;
      while ((ctx.lines[at] ?? '').trim() === '') at++;
      const body = ctx.lines.slice(at, last + 1).join('\n');
      rest.push({
        type: 'paragraph',
        children: [{ type: 'text', value: body }],
        position: span(ctx, at, 0, last, (ctx.lines[last] ?? '').length),
      });
    }
    children.push({
      type: 'listItem',
      spread: true,
      checked: null,
      children: [first, ...rest] as ListItem['children'],
      position: span(ctx, from, 0, last, (ctx.lines[last] ?? '').length),
    });
  }
  const node = listNode(ctx, i, items.at(-1)?.last ?? i, kind, true, children);
  return { node, next: j, kind };
}

/** An item of a table of contents: a link to an anchor of the page, alone on its line. */
const CONTENTS_ITEM = /^( *)((?:[-*+]|\d{1,9}[.)]) +)\[([^[\]\\`*_<>]+)\]\((#[^)\s\\<>]*)\)[ \t]*$/;

/**
 * A table of contents written as a list (`- [What is X?](#what-is-x)`, nested by indentation,
 * thousands of lines in big READMEs): built without micromark, as one flat list of links,
 * which is all a shape asks of it (navigation). Only a tight list whose every line is such an
 * item, ending at a blank line or the end, is skimmed.
 */
function contentsListStub(
  ctx: Context,
  i: number,
  text: string,
  lastKind: string | null,
): Stub | null {
  const kind = listKind(text);
  if (kind === null || kind === lastKind || !CONTENTS_ITEM.test(text)) return null;
  const children: ListItem[] = [];
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') break;
    const item = CONTENTS_ITEM.exec(line);
    if (!item) return null;
    const indent = item[1]?.length ?? 0;
    if (indent === 0 && listKind(line) !== kind) return null;
    const label = item[3] ?? '';
    const url = item[4] ?? '';
    const start = indent + (item[2]?.length ?? 0);
    const end = start + label.length + url.length + 4; // `[`, `](`, `)`
    const link: Link = {
      type: 'link',
      url,
      title: null,
      children: [
        {
          type: 'text',
          value: label,
          position: span(ctx, j, start + 1, j, start + 1 + label.length),
        },
      ],
      position: span(ctx, j, start, j, end),
    };
    children.push({
      type: 'listItem',
      spread: false,
      checked: null,
      children: [{ type: 'paragraph', children: [link], position: span(ctx, j, start, j, end) }],
      position: span(ctx, j, indent, j, line.length),
    });
  }
  if (children.length < 3) return null;
  return { node: listNode(ctx, i, j - 1, kind, false, children), next: j, kind };
}

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
function contentsTableStub(ctx: Context, i: number, text: string): Stub | null {
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
    rowOf(j, cells, (cell, from) => {
      const groups = CONTENTS_CELL.exec(cell)?.groups ?? {};
      const start = from + cell.length - cell.trimStart().length;
      if (groups.url && groups.label) {
        links++;
        const end = start + cell.trim().length;
        const label: PhrasingContent = {
          type: 'text',
          value: groups.label,
          position: span(ctx, at, start + 1, at, start + 1 + groups.label.length),
        };
        return [
          {
            type: 'link',
            url: groups.url,
            title: null,
            children: [label],
            position: span(ctx, at, start, at, end),
          },
        ];
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

/** `### What is React?` at column `width` of a line, with no markup: a heading built here. */
function plainHeadingAt(ctx: Context, line: number, width: number): Heading | null {
  const text = ctx.lines[line] ?? '';
  const match = /^(#{1,6})[ \t]+(.*?)[ \t]*$/.exec(text.slice(width));
  const content = match?.[2];
  if (!match?.[1] || !content || !PLAIN_INLINE.test(content) || /www\.|:\/\//i.test(content))
    return null;
  const at = text.indexOf(content, width + match[1].length);
  return {
    type: 'heading',
    depth: match[1].length as Heading['depth'],
    children: [
      { type: 'text', value: content, position: span(ctx, line, at, line, at + content.length) },
    ],
    position: span(ctx, line, width, line, text.length),
  };
}

/** A list node from line `from` to line `last` (0-based), of the kind its first line starts. */
function listNode(
  ctx: Context,
  from: number,
  last: number,
  kind: string,
  spread: boolean,
  children: ListItem[],
): List {
  const ordered = kind.startsWith('1');
  return {
    type: 'list',
    ordered,
    start: ordered ? Number(/^\d+/.exec(ctx.lines[from] ?? '')?.[0]) : null,
    spread,
    children,
    position: span(ctx, from, 0, last, (ctx.lines[last] ?? '').length),
  };
}

/** A position from (line, column) to (line, column), 0-based in, 1-based out. */
function span(ctx: Context, fromLine: number, fromCol: number, toLine: number, toCol: number) {
  const at = (line: number, col: number) => ({
    line: line + 1,
    column: col + 1,
    offset: (ctx.starts[line] ?? 0) + col,
  });
  return { start: at(fromLine, fromCol), end: at(toLine, toCol) };
}
