/**
 * Anki fields and `<summary>` lines are small HTML fragments: a tokenizer and a short list of
 * tags covers them (`<br>`, `<div>`/`<p>`, `<b>`/`<i>`/`<code>`, `<pre>`, lists, links and
 * images as links, headings as bold lines). A full HTML parser (parse5 is ~100 KB) would buy
 * little here. Unknown tags keep their text; scripts, styles and comments are dropped. The
 * result is markdown rendered later without raw HTML, so nothing here has to sanitise.
 */
import { OWN_ANSWER_MARKER } from '../own-answer-marker.ts';
import { imageMarkdown, isHidden, linkMarkdown, type Link } from './html-links.ts';
import { attr, decodeEntities, escape } from './html-text.ts';

const TOKEN =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g;

const INLINE: Record<string, string> = {
  b: '**',
  strong: '**',
  i: '*',
  em: '*',
  s: '~~',
  del: '~~',
  strike: '~~',
};
const BLOCK = new Set([
  'div',
  'p',
  'section',
  'article',
  'blockquote',
  'table',
  'tr',
  'header',
  'footer',
]);
const DROP = new Set([
  'script',
  'style',
  'head',
  'title',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
]);

/** Converts an HTML fragment to markdown. Plain text without tags comes back unchanged. */
export function htmlToMarkdown(html: string): string {
  if (!/<[a-zA-Z/!]|&[#a-zA-Z]/.test(html)) return html;
  let out = '';
  const lists: { ordered: boolean; n: number }[] = [];
  let pre = 0;
  let code = false;
  let table: { rows: number; cells: number } | null = null;
  let dropping: string | null = null;
  let link: Link | null = null;
  const spans: boolean[] = [];
  const newline = (blank: boolean) => {
    out = out.replace(/(?:[ \t]|\\\n)+$/, '');
    if (out === '') return;
    const want = blank ? '\n\n' : '\n';
    if (!out.endsWith(want)) out = out.replace(/\n*$/, want);
  };
  const indent = () => '   '.repeat(Math.max(0, lists.length - 1));
  for (const match of html.matchAll(TOKEN)) {
    const [whole, closingSlash, rawName, attrs = '', textPart] = match;
    if (whole.startsWith('<!--')) {
      // The one comment that means something: an export's own answer follows (see
      // own-answer-marker.ts). Every other comment is dropped.
      if (whole === OWN_ANSWER_MARKER && pre === 0) {
        newline(true);
        out += `${OWN_ANSWER_MARKER}\n\n`;
      }
      continue;
    }
    const name = rawName?.toLowerCase();
    if (dropping) {
      if (closingSlash && name === dropping) dropping = null;
      continue;
    }
    if (textPart !== undefined) {
      const text = decodeEntities(textPart);
      if (pre > 0) out += text;
      else if (text.trim() === '' && (out === '' || /[\n| ]$/.test(out))) continue;
      else {
        const flat = text.replace(/\s+/g, ' ');
        const clean = out === '' || /\n$/.test(out) ? flat.trimStart() : flat;
        out += code ? clean : escape(clean);
      }
      continue;
    }
    if (!name) continue;
    if (DROP.has(name)) {
      if (!closingSlash && !/\/\s*$/.test(attrs)) dropping = name;
      continue;
    }
    if (name === 'br') {
      if (pre > 0) out += '\n';
      else if (lists.length > 0) out += `\n${indent()}   `;
      else out += '\\\n';
      continue;
    }
    if (INLINE[name]) {
      out += INLINE[name];
      continue;
    }
    if (name === 'code' && pre === 0) {
      code = !closingSlash;
      out += '`';
      continue;
    }
    if (name === 'pre') {
      if (closingSlash) {
        pre--;
        out = out.replace(/\n*$/, '\n```');
        newline(true);
      } else {
        newline(true);
        const lang = /language-([\w+-]+)/.exec(
          /<code\b[^>]*>/i.exec(html.slice(match.index))?.[0] ?? '',
        );
        out += `\`\`\`${lang?.[1] ?? ''}\n`;
        pre++;
      }
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      if (closingSlash) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
      newline(closingSlash ? lists.length === 0 : lists.length === 1);
      continue;
    }
    if (name === 'li' && !closingSlash) {
      const list = lists.at(-1) ?? { ordered: false, n: 0 };
      list.n++;
      newline(false);
      out += `${indent()}${list.ordered ? `${list.n}.` : '-'} `;
      continue;
    }
    if (/^h[1-6]$/.test(name)) {
      if (!closingSlash) newline(true);
      out += '**';
      if (closingSlash) newline(true);
      continue;
    }
    if (name === 'a') {
      if (!closingSlash) {
        const href = attr(attrs, 'href');
        const unsafe = /^\s*(?:javascript|vbscript|data):/i.test(href);
        link = { href: href && !unsafe ? href : '', start: out.length, hidden: isHidden(attrs) };
      } else if (link) {
        out = out.slice(0, link.start) + linkMarkdown(link, out.slice(link.start));
        link = null;
      }
      continue;
    }
    if (name === 'img') {
      out += imageMarkdown(attrs);
      continue;
    }
    if (name === 'span') {
      // Anki's "Cards in Plain Text" marks a revealed cloze deletion with a span: bold it.
      const cloze = !closingSlash && /\bcloze\b/.test(attr(attrs, 'class'));
      if (closingSlash) {
        if (spans.pop()) out += '**';
      } else if (!/\/\s*$/.test(attrs)) {
        spans.push(cloze);
        if (cloze) out += '**';
      }
      continue;
    }
    if (name === 'table' || name === 'thead' || name === 'tbody') {
      if (name === 'table') table = closingSlash ? null : { rows: 0, cells: 0 };
      newline(name === 'table');
      continue;
    }
    if (name === 'tr' && table) {
      if (!closingSlash) {
        newline(false);
        out += '|';
        table.cells = 0;
      } else {
        table.rows++;
        if (table.rows === 1) out += `\n|${' --- |'.repeat(Math.max(1, table.cells))}`;
        newline(false);
      }
      continue;
    }
    if ((name === 'td' || name === 'th') && table) {
      if (closingSlash) {
        out += ' |';
        table.cells++;
      } else out += ' ';
      continue;
    }
    if (BLOCK.has(name)) newline(true);
  }
  return out
    .replace(/\\\n$/, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
