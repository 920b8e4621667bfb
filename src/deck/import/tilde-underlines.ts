import { fenceAfter } from '../fence.ts';
import { isPlainTextPath } from './file-name.ts';

/** A line of tildes alone: a fence in markdown, a title's underline in plain text. */
const TILDES = /^~{3,}[ \t]*$/;

/**
 * A line of text underlined with as many tildes (`I. General` over `~~~~~~~~~~`), as plain-text
 * FAQs set their parts, is a heading: read as a fence, the underline swallowed everything up to
 * the next part's. A fence opens after a shorter line ("Example:" over `~~~`) or after a blank
 * one. Only in files named as plain text. Line numbers still match the file.
 */
export function tildeUnderlinesToHeadings(text: string, path: string): string {
  // Plain text only: in markdown `~~~` opens a fence wherever it stands, and reStructuredText
  // has its own levels of underline (rst-headings.ts).
  if (!isPlainTextPath(path) || !/\n~{3,}[ \t]*(?:\r?\n|$)/.test(text)) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  for (const [i, line] of lines.entries()) {
    const title = (lines[i - 1] ?? '').trim();
    const underline =
      fence === null &&
      TILDES.test(line) &&
      title.length >= 4 &&
      // "Code:" over `~~~~~` introduces what follows.
      !/^[~`]|[:：]$/.test(title) &&
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
