import { attr, escape } from './html-text.ts';

// What links and images in an HTML fragment become in markdown (see html-to-markdown.ts).

const safeUrl = (url: string) =>
  url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** An open `<a>`: its target, and where its label starts in the markdown written so far. */
export interface Link {
  readonly href: string;
  readonly start: number;
  /** `aria-hidden`: a heading's permalink icon, not content. */
  readonly hidden: boolean;
}

export const isHidden = (attrs: string) => attr(attrs, 'aria-hidden') === 'true';

/**
 * A link's markdown for its label: a link into the same document (a heading's permalink, a
 * table of contents) keeps only its words, and nothing when it has none (`#`, `¶`, an icon);
 * a URL shown as itself stays a bare URL (GFM links it again).
 */
export function linkMarkdown(link: Link, label: string): string {
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
export function imageMarkdown(attrs: string): string {
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
