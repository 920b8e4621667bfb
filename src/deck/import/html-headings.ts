import { fenceAfter } from '../fence.ts';

const OPEN = /^ {0,3}<h([1-6])\b[^>]*>(.*)$/i;
/** How many lines an HTML heading may span before it is not taken for one. */
const MAX_LINES = 6;

/**
 * HTML headings (`<h3 name="config">\nQuestion?\n</h3>`) written as markdown ones, on the
 * heading's first line, with blank lines for the rest: every shape then sees one kind of
 * heading, and line numbers still match the file. Code fences are left alone.
 */
export function htmlHeadingsToAtx(text: string): string {
  if (!/<h[1-6]\b/i.test(text)) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const step = fenceAfter(fence, line);
    fence = step.open;
    if (step.marks || fence !== null) continue;
    // A tab or a separator after it: a row of a TSV or Anki file, not a heading.
    const open = line.includes('\t') ? null : OPEN.exec(line);
    if (!open) continue;
    const depth = Number(open[1]);
    const close = new RegExp(`</h${depth}\\s*>\\s*$`, 'i');
    if (/<\/h[1-6]\s*>./i.test(line)) continue;
    let end = i;
    while (end < lines.length && end - i < MAX_LINES && !close.test(lines[end] ?? '')) end++;
    if (!close.test(lines[end] ?? '')) continue;
    const inner = [open[2] ?? '', ...lines.slice(i + 1, end + 1)].join(' ').replace(close, '');
    const heading = inlineHtml(inner);
    if (heading === '') continue;
    lines[i] = `${'#'.repeat(depth)} ${heading}`;
    for (let j = i + 1; j <= end; j++) lines[j] = '';
    i = end;
  }
  return lines.join('\n');
}

/** `<code>x</code>` as code, other tags dropped, common entities decoded, spaces collapsed. */
function inlineHtml(html: string): string {
  return html
    .replace(/<code>([^<]*)<\/code>/gi, '`$1`')
    .replace(/<(?:strong|b)>([^<]*)<\/(?:strong|b)>/gi, '**$1**')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
