import { rewriteOutsideFences } from '../fence.ts';

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
  return rewriteOutsideFences(text, (line) => {
    const glued = GLUED.exec(line);
    return glued && depths.has(glued[2]?.length) ? line.replace(GLUED, '$1$2 ') : line;
  });
}
