/**
 * Org-mode files (`.org`) written as markdown: `* Part` and `** Question` headings become `#`
 * ones, `#+TITLE:` the title, `#+BEGIN_SRC lang` … `#+END_SRC` fenced code (other `#+` lines
 * go), `~code~` and `=verbatim=` code spans. Line numbers still match the file.
 */
const HEADING = /^(\*+)[ \t]+(?:(?:TODO|DONE)[ \t]+)?(.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$/;
const TITLE = /^#\+title:[ \t]*(.*)$/i;
const BEGIN = /^[ \t]*#\+begin_(src|example)(?:[ \t]+([\w+#-]+))?/i;
const END = /^[ \t]*#\+end_(?:src|example)\b/i;
const KEYWORD = /^[ \t]*#\+/;
const CODE_SPAN = /(^|[\s(])[~=]([^\s~=](?:[^~=\n]*[^\s~=])?)[~=](?=[\s).,;:!?]|$)/g;

export function orgToMarkdown(text: string, path: string): string {
  if (!/\.org$/i.test(path)) return text;
  const lines = text.split('\n');
  let inCode = false;
  for (const [i, line] of lines.entries()) {
    if (inCode) {
      if (END.test(line)) {
        lines[i] = '```';
        inCode = false;
      }
      continue;
    }
    const begin = BEGIN.exec(line);
    const title = TITLE.exec(line);
    const heading = HEADING.exec(line);
    if (begin) {
      lines[i] = `\`\`\`${begin[2] ?? ''}`;
      inCode = true;
    } else if (title) lines[i] = `# ${title[1] ?? ''}`;
    else if (KEYWORD.test(line)) lines[i] = '';
    else if (heading?.[2])
      lines[i] = `${'#'.repeat(Math.min(6, heading[1]?.length ?? 1))} ${codeSpans(heading[2])}`;
    else lines[i] = codeSpans(line);
  }
  if (inCode) lines.push('```');
  return lines.join('\n');
}

const codeSpans = (line: string) => line.replace(CODE_SPAN, '$1`$2`');
