/**
 * reStructuredText titles (a line underlined, and perhaps overlined, with one punctuation
 * character repeated) written as markdown headings, so every shape sees one kind of heading.
 * Markdown reads only `=` and `-` underlines, and takes a `~~~~` underline for a code fence
 * that swallows the rest of the file. Levels follow reST's rule: each new adornment style, in
 * the order styles first appear, is one level deeper. Line numbers still match the file: the
 * adornment lines become blank.
 */

/** The characters reST allows for adornments (the common ones; not `` ` `` or `>`: fences, prompts). */
const ADORNMENT = /^([=\-~^"'*+#_.:])\1{2,}[ \t]*$/;
/** A markdown code fence of backticks, which some reST files keep. */
const BACKTICK_FENCE = /^ {0,3}```/;
/** A title line: starts at the margin, holds words. */
const TITLE = /^\S.*\p{L}/u;
/** Signs that a file is reST: directives (`.. note::`), link targets, roles. */
const RST_SIGNS = /^\.\. [\w-]+::|^\.\. _[\w-]+:|:(?:ref|doc|class|func|meth|mod):`/m;

/** Whether `text` is a reST document: by its file name, or by its directives and roles. */
function isRst(text: string, path: string): boolean {
  return /\.rst$/i.test(path) || (/\.txt$/i.test(path) && RST_SIGNS.test(text));
}

export function rstHeadingsToAtx(text: string, path: string): string {
  if (!isRst(text, path)) return text;
  const lines = text.split('\n');
  const styles: string[] = [];
  let found = 0;
  let fenced = BACKTICK_FENCE.test(lines[0] ?? '');
  for (let i = 1; i < lines.length; i++) {
    // Fenced code holds no titles.
    if (BACKTICK_FENCE.test(lines[i] ?? '')) fenced = !fenced;
    if (fenced || BACKTICK_FENCE.test(lines[i] ?? '')) continue;
    const under = ADORNMENT.exec(lines[i] ?? '');
    const title = lines[i - 1] ?? '';
    if (!under || ADORNMENT.test(title)) continue;
    const over = i >= 2 && lines[i - 2]?.trim() === lines[i]?.trim();
    // A title starts at the margin; overlined, it may be set in.
    if (!TITLE.test(over ? title.trim() : title)) continue;
    // Shorter than its title, the line is not its underline (reST asks for at least as long).
    if ((lines[i] ?? '').trim().length < Math.min(title.trim().length, 4)) continue;
    const style = `${over ? 'over' : ''}${under[1]}`;
    if (!styles.includes(style)) styles.push(style);
    const depth = Math.min(styles.indexOf(style) + 1, 6);
    lines[i - 1] = `${'#'.repeat(depth)} ${title.trim()}`;
    lines[i] = '';
    if (over) lines[i - 2] = '';
    found++;
  }
  return found > 0 ? lines.join('\n') : text;
}
