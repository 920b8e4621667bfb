import type { Element, Root } from 'hast';

const HEADING = /^h([1-6])$/;

/**
 * A rehype plugin placing an answer's headings under its question: the answer's top heading
 * level becomes `questionLevel + 1`, the rest keep their relative depth (at most h6).
 */
export function shiftHeadings(questionLevel: number) {
  return () => (tree: Root) => {
    const headings: Element[] = [];
    const collect = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (HEADING.test(child.tagName)) headings.push(child);
        else collect(child);
      }
    };
    collect(tree);
    const levels = headings.map((h) => Number(HEADING.exec(h.tagName)?.[1]));
    if (levels.length === 0) return;
    const shift = questionLevel + 1 - Math.min(...levels);
    for (const [i, heading] of headings.entries()) {
      heading.tagName = `h${Math.min(6, Math.max(1, (levels[i] ?? 1) + shift))}`;
    }
  };
}
