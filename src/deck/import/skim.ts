import type { Root, RootContent } from 'mdast';
import { parsePiece, shift } from '../parse-markdown.ts';
import { FENCE_CLOSE, listKind, SEPARATOR, type Context, type Stub } from './skim-context.ts';
import { listStubAt } from './skim-lists.ts';
import { anchorStub, codeStub, headingStub, paragraphStub } from './skim-stubs.ts';
import { contentsTableStub } from './skim-tables.ts';

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

/**
 * The stub for the block that starts at line `i`, if one of the builders (skim-stubs.ts,
 * skim-lists.ts, skim-tables.ts) is sure of it; null leaves the line to micromark.
 */
function stubAt(ctx: Context, i: number, lastKind: string | null): Stub | null {
  const text = ctx.lines[i] ?? '';
  if (text.includes('\r')) return null;
  return (
    headingStub(ctx, i) ??
    codeStub(ctx, i, text) ??
    anchorStub(ctx, i, text) ??
    paragraphStub(ctx, i, text) ??
    listStubAt(ctx, i, text, lastKind) ??
    contentsTableStub(ctx, i, text) // a table line starts with `|`, a list line never does
  );
}
