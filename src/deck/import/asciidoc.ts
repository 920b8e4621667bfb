/**
 * AsciiDoc (`.adoc`, `.asciidoc`) written as markdown, so every shape sees one kind of heading:
 * `= Title`, `== Part`, `=== Question` and two-line titles (`Title` over `-----`) become `#`
 * headings; `----` and `....` blocks, with their
 * `[source,java]` line, become fenced code; `link:url[words]` and `url[words]` links. Line
 * numbers still match the file.
 */
const HEADING = /^(={1,6})[ \t]+(\S.*?)[ \t]*=*[ \t]*$/;
const BLOCK = /^(?:-{4,}|\.{4,})[ \t]*$/;
/** A two-line title's underline, by level. */
const UNDERLINE = /^([=\-~^+])\1{2,}[ \t]*$/;
const LEVELS = '=-~^+';
const SOURCE = /^\[source(?:,[ \t]*([\w+#-]+))?[^\]]*\][ \t]*$/i;
const ATTRIBUTE_OR_ANCHOR = /^(?:\[\[[^\]]*\]\]|\[[\w#.%,="' -]*\]|:[\w-]+:.*)[ \t]*$/;
const LINK = /(?:link:)?(https?:\/\/[^\s[\]]+)\[([^\]]*)\]/g;

function isAsciiDoc(path: string): boolean {
  return /\.(?:adoc|asciidoc|asc)$/i.test(path);
}

export function asciiDocToMarkdown(text: string, path: string): string {
  if (!isAsciiDoc(path)) return text;
  const lines = text.split('\n');
  let block: string | null = null;
  let language = '';
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (block !== null) {
      if (line.trim() === block) {
        lines[i] = '```';
        block = null;
      }
      continue;
    }
    const source = SOURCE.exec(line);
    if (source) {
      language = source[1] ?? '';
      lines[i] = '';
      continue;
    }
    // `Title` over a line of one mark as long: a two-line title (`=` `-` `~` `^` `+`, level 1–5).
    const title = (lines[i - 1] ?? '').replace(/\r$/, '');
    const underline = UNDERLINE.exec(line);
    if (
      underline &&
      title.trim() !== '' &&
      !/^[=\-~^+.[]/.test(title) &&
      Math.abs(line.trim().length - title.trim().length) <= 2
    ) {
      lines[i - 1] = `${'#'.repeat(LEVELS.indexOf(underline[1] ?? '=') + 1)} ${title.trim()}`;
      lines[i] = '';
      continue;
    }
    if (BLOCK.test(line)) {
      block = line.trim();
      lines[i] = `\`\`\`${language}`;
      language = '';
      continue;
    }
    language = '';
    const heading = HEADING.exec(line);
    if (heading) lines[i] = `${'#'.repeat(heading[1]?.length ?? 1)} ${heading[2]}`;
    else if (ATTRIBUTE_OR_ANCHOR.test(line)) lines[i] = '';
    else
      lines[i] = line.replace(
        LINK,
        (_m, url: string, words: string) => `[${words || url}](${url})`,
      );
  }
  if (block !== null) lines.push('```');
  return lines.join('\n');
}
