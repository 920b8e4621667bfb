import type { RootContent } from 'mdast';

// Where a deck file's top-level nodes start and end, for the deck and card readers.

export interface Point {
  readonly line: number;
  readonly column: number;
}

/** Offset where the next top-level heading of depth ≤ `depth` starts, or the end of the file. */
export function boundaryAfter(
  nodes: readonly RootContent[],
  index: number,
  end: number,
  depth: number,
): number {
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.type === 'heading' && node.depth <= depth) return node.position?.start.offset ?? end;
  }
  return end;
}

export function startOf(node: RootContent): Point {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

export function endOffset(node: RootContent): number {
  return node.position?.end.offset ?? 0;
}
