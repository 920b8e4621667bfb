/**
 * Anki fields and `<summary>` lines are small HTML fragments: a tokenizer and a short list of
 * tags covers them (`<br>`, `<div>`/`<p>`, `<b>`/`<i>`/`<code>`, `<pre>`, lists, links and
 * images as links, headings as bold lines). A full HTML parser (parse5 is ~100 KB) would buy
 * little here. Unknown tags keep their text; scripts, styles and comments are dropped. The
 * result is markdown rendered later without raw HTML, so nothing here has to sanitise.
 */
import { OWN_ANSWER_MARKER } from '../own-answer-marker.ts';
const TOKEN =
  /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  times: '×',
  divide: '÷',
  rarr: '→',
  larr: '←',
  harr: '↔',
  rArr: '⇒',
  le: '≤',
  ge: '≥',
  ne: '≠',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  deg: '°',
  plusmn: '±',
  laquo: '«',
  raquo: '»',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  hairsp: '\u200A',
  minus: '−',
  prime: '′',
  Prime: '″',
  sect: '§',
  para: '¶',
  micro: 'µ',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  iexcl: '¡',
  iquest: '¿',
  shy: '',
  zwj: '\u200D',
  zwnj: '\u200C',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

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

function attr(attrs: string, name: string): string {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attrs,
  );
  return decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '');
}

/** Markdown-special characters in text, so `1. x` or `*` from HTML stays literal. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+[.)])(?=\s)/gm, '$1\\$2');
}

const safeUrl = (url: string) =>
  url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

interface Link {
  readonly href: string;
  readonly start: number;
  /** `aria-hidden`: a heading's permalink icon, not content. */
  readonly hidden: boolean;
}

const isHidden = (attrs: string) => attr(attrs, 'aria-hidden') === 'true';

/**
 * A link's markdown for its label: a link into the same document (a heading's permalink, a
 * table of contents) keeps only its words, and nothing when it has none (`#`, `¶`, an icon);
 * a URL shown as itself stays a bare URL (GFM links it again).
 */
function linkMarkdown(link: Link, label: string): string {
  const hasWords = /[\p{L}\p{N}]/u.test(label.replace(/\\./g, ''));
  if (link.href === '' || link.href.startsWith('#') || link.hidden) {
    return hasWords && !link.hidden ? label : '';
  }
  if (label === link.href.replace(/([\\`*_[\]])/g, '\\$1')) return link.href;
  return `[${label.trim() || escape(link.href)}](${safeUrl(link.href)})`;
}

/** Images a file carries (data: URIs) up to this size stay images; the answer cap is 20 KB. */
const MAX_DATA_IMAGE = 12 * 1024;
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/**
 * An image: one the file carries (a data: URI) is kept as an image; one that lives elsewhere
 * (Anki's media folder, a web address) becomes a link labelled with its alt text, its title
 * or a readable file name — never a hash like `paste-3f8a…c2.jpg` or a base64 blob.
 */
function imageMarkdown(attrs: string): string {
  const src = attr(attrs, 'src').trim();
  if (!src) return '';
  const file = decodeURIComponentSafe(src.split(/[?#]/)[0]?.split('/').pop() ?? '');
  const readable = !/^data:/i.test(src) && !/[0-9a-f]{16}/i.test(file) && file.length <= 40;
  const alt = (attr(attrs, 'alt') || attr(attrs, 'title') || (readable ? file : '') || 'image')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^data:/i.test(src)) {
    if (DATA_IMAGE.test(src) && src.length <= MAX_DATA_IMAGE) {
      return `![${escape(alt)}](${src.replace(/\s+/g, '')})`;
    }
    return `*(${escape(alt === 'image' ? 'an image' : alt)}, not kept)*`;
  }
  if (/^\s*(?:javascript|vbscript):/i.test(src)) return escape(alt);
  return `[${escape(alt)}](${safeUrl(src)})`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

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
