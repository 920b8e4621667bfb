import { isPlainTextPath } from './file-name.ts';

/**
 * Vim help files (`doc/*.txt` of Vim, Neovim and their plugins) written as markdown, so every
 * shape sees one kind of heading: a line of `=` or `-` opens a part whose first line is its
 * heading, a line ending in ` ~` is a heading inside it, `>` … `<` is code (indented). `|tag|` links
 * become code spans and `*tag*` anchors go. Line numbers still match the file.
 */

/** The first line of a help file (`*faq.txt*  Nvim`) or its modeline (`vim:…ft=help…`). */
const HELP_FIRST_LINE = /^\*[\w.-]+\.txt\*(?:\s+(.*\S))?\s*$/;
const HELP_MODELINE = /(?:^|\s)vim?:.*\bft=help\b/m;
/** A part's rule: a line of `=` or of `-`, as long as a help file's text. */
const RULE = /^(?:={40,}|-{40,})\s*$/;
/** `HOW DO I…? ~`: a heading (Vim's help syntax hides the `~`). */
const TILDE_HEADING = /^(\S.*?)\s+~\s*$/;
/** `*tag*` anchors, set at a line's end or between words. */
const ANCHOR = /(^|\s)\*[^\s*|]+\*(?=\s|$)/g;
/** `|tag|` links. */
const LINK = /\|([^\s|]+)\|/g;
/** A code block's opening: `>` or `>vim` alone or at the end of a line. */
const CODE_OPENS = /(^|\s)>[a-z]*\s*$/;
/** A code block ends at a line starting with `<`, or at text back at the margin. */
const CODE_CLOSES = /^<(?=\s|$)/;

/** Whether `text` is a Vim help file: by its first line or its modeline. */
function isVimHelp(text: string, path: string): boolean {
  if (!isPlainTextPath(path)) return false;
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  if (HELP_FIRST_LINE.test(firstLine)) return true;
  // A modeline alone may be a sentence about one: help's own headings or anchors must be there.
  return HELP_MODELINE.test(text.slice(-400)) && /\s~[ \t]*$|\*[\w.-]+\*[ \t]*$/m.test(text);
}

/** A line with its anchors gone and its links as code spans. */
const linked = (line: string) => line.replace(ANCHOR, '$1').replace(LINK, '`$1`').trimEnd();
const words = (line: string) => linked(line).trim();

export function vimHelpToMarkdown(text: string, path: string): string {
  if (!isVimHelp(text, path)) return text;
  const lines = text.split('\n');
  const first = HELP_FIRST_LINE.exec(lines[0] ?? '');
  if (first) {
    const name = (/^\*([\w.-]+)\.txt\*/.exec(lines[0] ?? '') ?? [])[1];
    lines[0] = `# ${first[1] ? `${name} — ${first[1]}` : name}`;
  }
  // Help code is indented: with its markers gone it reads as markdown's indented code.
  let inCode = false;
  let partOpens = false;
  for (let i = first ? 1 : 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (inCode) {
      if (!CODE_CLOSES.test(line) && !/^\S/.test(line)) continue;
      inCode = false;
      // `<` may start a line of text: the marker goes, the text stays.
      line = line.replace(CODE_CLOSES, ' ');
      lines[i] = line;
    }
    if (RULE.test(line) || (HELP_MODELINE.test(line) && i >= lines.length - 3)) {
      lines[i] = '';
      partOpens ||= RULE.test(line);
      continue;
    }
    const opens = CODE_OPENS.exec(line);
    const heading = TILDE_HEADING.exec(line);
    if (partOpens && line.trim() !== '') {
      lines[i] = `## ${words(line)}`;
      partOpens = false;
    } else if (heading) {
      lines[i] = `### ${words(heading[1] ?? '')}`;
    } else if (opens) {
      lines[i] = linked(line.slice(0, opens.index + (opens[1]?.length ?? 0)));
      inCode = true;
    } else {
      lines[i] = linked(line);
    }
  }
  return lines.join('\n');
}
