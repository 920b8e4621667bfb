import { fenceAfter } from '../fence.ts';

/** `###Question`: two to six marks glued to the words (markdown wants a space between). */
const GLUED = /^( {0,3})(#{2,6})(?=[^\s#])/;
const SPACED = /^ {0,3}(#{2,6})[ \t]+\S/gm;

/**
 * Headings written without the space after their marks (`###비디오 …` among `### …` ones) read
 * as the headings around them: only at a depth the document's spaced headings use, so `##`
 * in prose or a `#hashtag` stays text. Code fences are left alone; line numbers still match.
 */
export function withSpacedHeadings(text: string): string {
  if (!/^ {0,3}#{2,6}[^\s#]/m.test(text)) return text;
  const depths = new Set([...text.matchAll(SPACED)].map((m) => m[1]?.length));
  const lines = text.split('\n');
  let fence: string | null = null;
  let changed = false;
  for (const [i, line] of lines.entries()) {
    const step = fenceAfter(fence, line);
    fence = step.open;
    if (step.marks || fence !== null) continue;
    const glued = GLUED.exec(line);
    if (!glued || !depths.has(glued[2]?.length)) continue;
    lines[i] = line.replace(GLUED, '$1$2 ');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
