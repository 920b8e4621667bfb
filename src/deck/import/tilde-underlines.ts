import { fenceAfter } from '../fence.ts';

/** A line of tildes alone: a fence in markdown, a title's underline in plain text. */
const TILDES = /^~{3,}[ \t]*$/;

/**
 * A line of text underlined with as many tildes (`I. General` over `~~~~~~~~~~`), as plain-text
 * FAQs set their parts, is a heading: read as a fence, the underline swallowed everything up to
 * the next part's. A fence opens after a shorter line ("Example:" over `~~~`) or after a blank
 * one. Line numbers still match the file.
 */
export function tildeUnderlinesToHeadings(text: string, path: string): string {
  // reStructuredText has its own levels of underline (rst-headings.ts).
  if (/\.rst$/i.test(path) || !/\n~{3,}[ \t]*(?:\r?\n|$)/.test(text)) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  for (const [i, line] of lines.entries()) {
    const title = (lines[i - 1] ?? '').trim();
    const underline =
      fence === null &&
      TILDES.test(line) &&
      title.length >= 4 &&
      !/^[~`]/.test(title) &&
      Math.abs(line.trim().length - title.length) <= 2;
    if (underline) {
      lines[i - 1] = `## ${title}`;
      lines[i] = '';
      continue;
    }
    fence = fenceAfter(fence, line).open;
  }
  return lines.join('\n');
}
