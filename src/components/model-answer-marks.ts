import { useEffect } from 'react';
import type { KeyPoint, MatchResult } from '../deck/key-points/index.ts';

const COVERED = 'key-point-covered';
const MISSED = 'key-point-missed';

/** What to look for in the answer's text: the point in full, else its label, else its start. */
function needles(point: KeyPoint): string[] {
  const whole = (point.whole ?? point.text).replace(/…$/, '').trim();
  const label = whole.split(':')[0]?.trim() ?? '';
  const start = whole.split(/\s+/).slice(0, 4).join(' ');
  return [whole, label, start].filter((needle) => needle.length >= 2);
}

/**
 * The page text under `root` (as it is: lower-casing can change its length, "İ"), with where
 * each text node starts in it.
 */
function textIndex(root: Element) {
  const nodes: { node: Text; at: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    nodes.push({ node, at: text.length });
    text += node.data;
  }
  const position = (offset: number): [Text, number] | null => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const entry = nodes[i];
      if (entry && entry.at <= offset) return [entry.node, offset - entry.at];
    }
    return null;
  };
  return { text, position };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The needle's words in order, whole words, case aside, with any spacing and "(asides)" between
 * them, as points drop them: "DB" is not the end of "MongoDB".
 */
const pattern = (needle: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${needle
      .split(/\s+/)
      .map(escape)
      .join('(?:\\s*\\([^)]*\\))?\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );

function rangeOf(index: ReturnType<typeof textIndex>, point: KeyPoint): Range | null {
  for (const needle of needles(point)) {
    const found = pattern(needle).exec(index.text);
    if (!found) continue;
    const start = index.position(found.index);
    const end = index.position(found.index + found[0].length);
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    return range;
  }
  return null;
}

/**
 * Marks the key points in the model answer on screen (`.card-answer`), covered and missed
 * apart, with the CSS Custom Highlight API: the rendered answer is not touched, and a browser
 * without the API simply shows it unmarked. Redone as the answer's markdown arrives.
 */
export function useModelAnswerMarks(result: MatchResult | null): void {
  useEffect(() => {
    if (!result || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const root = document.querySelector('.card-answer');
    if (!root) return;
    const mark = () => {
      const index = textIndex(root);
      const ranges = (points: readonly KeyPoint[]) =>
        points.map((point) => rangeOf(index, point)).filter((range) => range !== null);
      CSS.highlights.set(COVERED, new Highlight(...ranges(result.covered.map((c) => c.point))));
      CSS.highlights.set(MISSED, new Highlight(...ranges(result.missed)));
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      CSS.highlights.delete(COVERED);
      CSS.highlights.delete(MISSED);
    };
  }, [result]);
}
