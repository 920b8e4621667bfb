import type { Code, Heading, Paragraph, PhrasingContent } from 'mdast';
import { FENCE_CLOSE, linkAt, span, type Context, type Stub } from './skim-context.ts';

// The skim's stubs for single blocks: a plain heading, a fenced code block, a "back to top"
// link and a plain paragraph, each built as micromark would build it (see skim.ts).

/** Heading text micromark would keep as one text node: no markup, no autolink. */
const PLAIN_INLINE = /^[\p{L}\p{N} .,?;:'"()/%+=’‘“”…–—-]+$/u;

export function headingStub(ctx: Context, i: number): Stub | null {
  const node = plainHeadingAt(ctx, i, 0);
  return node ? { node, next: i + 1, kind: null } : null;
}

export function codeStub(ctx: Context, i: number, text: string): Stub | null {
  const open = /^(`{3,}|~{3,})(.*)$/.exec(text);
  const marker = open?.[1];
  const info = open?.[2] ?? '';
  if (!marker || (marker[0] === '`' && info.includes('`'))) return null;
  for (let j = i + 1; j < ctx.lines.length; j++) {
    const close = FENCE_CLOSE.exec(ctx.lines[j] ?? '')?.[1];
    if (!close || close[0] !== marker[0] || close.length < marker.length) continue;
    const node: Code = {
      type: 'code',
      lang: info.trim().split(/\s/)[0] || null,
      meta: null,
      value: '',
      position: span(ctx, i, 0, j, (ctx.lines[j] ?? '').length),
    };
    return { node, next: j + 1, kind: null };
  }
  return null;
}

/**
 * A "back to top" line alone in its paragraph, `[text](#anchor)` or `**[text](#anchor)**`,
 * built as micromark would: the bold shape counts it (a bold paragraph that is no question) and
 * navigation is recognised by its link. READMEs repeat it after every answer.
 */
export function anchorStub(ctx: Context, i: number, text: string): Stub | null {
  const match = /^(\*\*|__)?\[([^[\]`*_<>\\!&~]+)\]\((#[^\s()<>\\&]*)\)\1?[ \t]*$/.exec(text);
  const label = match?.[2];
  const url = match?.[3];
  const next = ctx.lines[i + 1];
  if (!match || !label || !url || (next !== undefined && next.trim() !== '')) return null;
  if ((match[1] ?? '') !== '' && !text.trimEnd().endsWith(match[1] ?? '')) return null;
  const bold = match[1]?.length ?? 0;
  const end = bold + label.length + url.length + 4; // `[`, `](`, `)`
  const link = linkAt(ctx, i, bold, label, url);
  const content: PhrasingContent = bold
    ? { type: 'strong', children: [link], position: span(ctx, i, 0, i, end + bold) }
    : link;
  const node: Paragraph = {
    type: 'paragraph',
    children: [content],
    position: span(ctx, i, 0, i, text.length),
  };
  return { node, next: i + 1, kind: null };
}

/** What could start another block inside a paragraph, or turn it into a heading or table. */
const INTERRUPT = /^[ \t]*(?:[-*+=_#>|<`~:]|\d{1,9}[.)])/;

export function paragraphStub(ctx: Context, i: number, text: string): Stub | null {
  // `#Q …`, `#5 …`: a hash with no space after it never opens a heading (quiz formats use it).
  if (!/^(?:[\p{L}\p{N}]|#[^\s#])/u.test(text) || /^\d{1,9}[.)]/.test(text)) return null;
  if (/^\S*(?:@|:\/\/)|^www\./i.test(text)) return null; // opens with a GFM autolink
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') break;
    if (line.includes('|') || line.includes('\r') || (j > i && INTERRUPT.test(line))) return null;
  }
  const last = j - 1;
  const node: Paragraph = {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        value: ctx.source.slice(
          ctx.starts[i],
          (ctx.starts[last] ?? 0) + (ctx.lines[last] ?? '').length,
        ),
      },
    ],
    position: span(ctx, i, 0, last, (ctx.lines[last] ?? '').length),
  };
  return { node, next: j, kind: null };
}

/** `### What is React?` at column `width` of a line, with no markup: a heading built here. */
export function plainHeadingAt(ctx: Context, line: number, width: number): Heading | null {
  const text = ctx.lines[line] ?? '';
  const match = /^(#{1,6})[ \t]+(.*?)[ \t]*$/.exec(text.slice(width));
  const content = match?.[2];
  if (!match?.[1] || !content || !PLAIN_INLINE.test(content) || /www\.|:\/\//i.test(content))
    return null;
  const at = text.indexOf(content, width + match[1].length);
  return {
    type: 'heading',
    depth: match[1].length as Heading['depth'],
    children: [
      { type: 'text', value: content, position: span(ctx, line, at, line, at + content.length) },
    ],
    position: span(ctx, line, width, line, text.length),
  };
}
