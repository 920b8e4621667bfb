import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { FENCE } from './fence.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** One piece of markdown (GFM) parsed on its own, positions relative to the piece. */
export const parsePiece = (source: string): Root => parser.parse(source);

/** An ATX heading of depth 1–3 (`#`, `##`, `###`) at the start of a line: a card boundary. */
const BOUNDARY = /^ {0,3}#{1,3}(?:[ \t]|$)/;

/**
 * Pieces are cut at boundaries only once they reach this many characters. Each parse has a
 * fixed cost (micromark combines its extensions on every call) and big pieces slow it down
 * more than linearly, so a few KB per parse is the sweet spot: cutting at every block made
 * 1 MB README-like documents take thousands of tiny parses (16 s instead of 4 s).
 */
const PIECE_CHARS = 2048;

/**
 * Parses a deck into one mdast tree, a few cards at a time. micromark slows down quadratically
 * on documents with thousands of lists (8,000 one-line lists take 28 s in one piece), so the
 * source is cut before a `#`–`###` heading line outside fenced code once the piece holds
 * `PIECE_CHARS`, and the pieces are parsed alone, positions shifted back into the whole file.
 */
export function parseMarkdown(source: string): Root {
  const children: RootContent[] = [];
  let fence: string | null = null;
  let chunkStart = 0; // offset of the current piece
  let chunkLine = 1; // its first line
  let offset = 0;
  let line = 1;
  const flush = (end: number) => {
    if (end > chunkStart) {
      const tree = parsePiece(source.slice(chunkStart, end));
      for (const node of tree.children) children.push(shift(node, chunkLine - 1, chunkStart));
    }
  };
  for (const text of source.split('\n')) {
    const marker = FENCE.exec(text)?.[1];
    if (fence === null && marker) fence = marker;
    else if (fence !== null && marker && marker[0] === fence[0] && marker.length >= fence.length) {
      fence = null;
    } else if (fence === null && offset - chunkStart >= PIECE_CHARS && BOUNDARY.test(text)) {
      flush(offset);
      chunkStart = offset;
      chunkLine = line;
    }
    offset += text.length + 1;
    line++;
  }
  flush(source.length);
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: line - 1, column: 1, offset: source.length },
    },
  };
}

/** Moves a node parsed from a piece to its place in the whole file. */
export function shift<T extends Nodes>(node: T, lines: number, offset: number): T {
  if (lines === 0 && offset === 0) return node;
  const { position } = node;
  if (position) {
    position.start = {
      ...position.start,
      line: position.start.line + lines,
      offset: (position.start.offset ?? 0) + offset,
    };
    position.end = {
      ...position.end,
      line: position.end.line + lines,
      offset: (position.end.offset ?? 0) + offset,
    };
  }
  if ('children' in node) for (const child of node.children) shift(child as Nodes, lines, offset);
  return node;
}
