import type { List, ListItem, Paragraph } from 'mdast';
import { parsePiece, shift } from '../parse-markdown.ts';
import { linkAt, listKind, SEPARATOR, span, type Context, type Stub } from './skim-context.ts';
import { plainHeadingAt } from './skim-stubs.ts';

// The skim's stubs for lists: lists that hold no question, loose lists of answered questions,
// and tables of contents written as lists (see skim.ts).

/** The stub for a list that starts at line `i` (rather than continuing the one above), if any. */
export function listStubAt(
  ctx: Context,
  i: number,
  text: string,
  lastKind: string | null,
): Stub | null {
  const kind = listKind(text);
  if (kind === null || kind === lastKind) return null;
  return (
    listStub(ctx, i, kind) ?? answeredListStub(ctx, i, kind) ?? contentsListStub(ctx, i, text, kind)
  );
}

/**
 * A list none of whose items can be a question (no bold, no `?`) or navigation (no link, no
 * bare URL: a list of URLs closing the page is a footer, `looksLikeFooter` counts its items):
 * its items' insides never matter. Only a list whose every line is an item of the same kind at
 * column 0, or indented into an item, is skimmed; a lazy line or a thematic break is left to
 * micromark.
 */
function listStub(ctx: Context, i: number, kind: string): Stub | null {
  let width = 0; // the current item's content column
  let last = i;
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') continue;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (line.includes('\r') || line.includes('\t')) return null;
    if (indent === 0) {
      const item = itemAt(ctx, j, kind);
      if (item === 'end') break;
      if (item === null) return null;
      width = item;
    } else if (indent < width) return null;
    const content = indent === 0 ? line.slice(width) : line.replace(/^\s*(?:[-*+]\s)?/, '');
    if (/[*_?[<]|:\/\//.test(content)) return null;
    last = j;
  }
  const raw = ctx.lines.slice(i, last + 1).join('\n');
  const item: ListItem = {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [{ type: 'paragraph', children: [{ type: 'text', value: raw }] }],
  };
  return { node: listNode(ctx, i, last, kind, false, [item]), next: j, kind };
}

/**
 * A loose list of questions with long answers (`1. ### What is X?` then paragraphs, lists and
 * code indented into the item): each item's first line is parsed, the rest of it is kept as
 * one stub paragraph that only marks where the item ends. Tight lists (tables of contents),
 * items whose first block runs over several lines, lazy lines and anything doubtful are left
 * to micromark. A 1 MB README of such items is most of what a big interview README holds.
 */
function answeredListStub(ctx: Context, i: number, kind: string): Stub | null {
  const items: { from: number; width: number; last: number }[] = [];
  let loose = false;
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') continue;
    if (line.includes('\r') || line.includes('\t')) return null;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    const item = items.at(-1);
    if (indent === 0) {
      const width = itemAt(ctx, j, kind);
      if (width === 'end') break;
      if (width === null) return null;
      // The item's first block must be its first line alone.
      const next = ctx.lines[j + 1];
      if (next !== undefined && next.trim() !== '') return null;
      if (item && (ctx.lines[j - 1] ?? '').trim() === '') loose = true;
      items.push({ from: j, width, last: j });
      continue;
    }
    if (!item || indent < item.width) return null;
    item.last = j;
  }
  if (!loose || items.length < 2) return null;
  // A plain heading as an item's first line is built here; the other first lines go to
  // micromark in one call, kept apart by separators.
  const plain = items.map(({ from, width }) => plainHeadingAt(ctx, from, width));
  const parsed = parsePiece(
    items
      .filter((_, k) => !plain[k])
      .map(({ from, width }) => (ctx.lines[from] ?? '').slice(width))
      .join(SEPARATOR),
  ).children.filter((n) => !(n.type === 'html' && n.value === '<!---->'));
  if (parsed.length !== plain.filter((p) => !p).length) return null;
  const children: ListItem[] = [];
  for (const [k, { from, width, last }] of items.entries()) {
    const built = plain[k];
    const first = built ?? parsed.shift();
    if (!first || (first.type !== 'heading' && first.type !== 'paragraph')) return null;
    const at = first.position?.start;
    if (!built)
      shift(
        first,
        from + 1 - (at?.line ?? 1),
        (ctx.starts[from] ?? 0) + width - (at?.offset ?? 0) + (at?.column ?? 1) - 1,
      );
    const rest: Paragraph[] = [];
    if (last > from) {
      let at = from + 1;
      while ((ctx.lines[at] ?? '').trim() === '') at++;
      // The lines from `at` to `last` as one string, cut from the source (no array to join).
      const body = ctx.source.slice(
        ctx.starts[at],
        (ctx.starts[last] ?? 0) + (ctx.lines[last] ?? '').length,
      );
      rest.push({
        type: 'paragraph',
        children: [{ type: 'text', value: body }],
        position: span(ctx, at, 0, last, (ctx.lines[last] ?? '').length),
      });
    }
    children.push({
      type: 'listItem',
      spread: true,
      checked: null,
      children: [first, ...rest] as ListItem['children'],
      position: span(ctx, from, 0, last, (ctx.lines[last] ?? '').length),
    });
  }
  const node = listNode(ctx, i, items.at(-1)?.last ?? i, kind, true, children);
  return { node, next: j, kind };
}

/** An item of a table of contents: a link to an anchor of the page, alone on its line. */
const CONTENTS_ITEM = /^( *)((?:[-*+]|\d{1,9}[.)]) +)\[([^[\]\\`*_<>]+)\]\((#[^)\s\\<>]*)\)[ \t]*$/;

/**
 * A table of contents written as a list (`- [What is X?](#what-is-x)`, nested by indentation,
 * thousands of lines in big READMEs): built without micromark, as one flat list of links,
 * which is all a shape asks of it (navigation). Only a tight list whose every line is such an
 * item, ending at a blank line or the end, is skimmed.
 */
function contentsListStub(ctx: Context, i: number, text: string, kind: string): Stub | null {
  if (!CONTENTS_ITEM.test(text)) return null;
  const children: ListItem[] = [];
  let j = i;
  for (; j < ctx.lines.length; j++) {
    const line = ctx.lines[j] ?? '';
    if (line.trim() === '') break;
    const item = CONTENTS_ITEM.exec(line);
    if (!item) return null;
    const indent = item[1]?.length ?? 0;
    if (indent === 0 && listKind(line) !== kind) return null;
    const label = item[3] ?? '';
    const url = item[4] ?? '';
    const start = indent + (item[2]?.length ?? 0);
    const end = start + label.length + url.length + 4; // `[`, `](`, `)`
    const link = linkAt(ctx, j, start, label, url);
    children.push({
      type: 'listItem',
      spread: false,
      checked: null,
      children: [{ type: 'paragraph', children: [link], position: span(ctx, j, start, j, end) }],
      position: span(ctx, j, indent, j, line.length),
    });
  }
  if (children.length < 3) return null;
  return { node: listNode(ctx, i, j - 1, kind, false, children), next: j, kind };
}

/** A list node from line `from` to line `last` (0-based), of the kind its first line starts. */
function listNode(
  ctx: Context,
  from: number,
  last: number,
  kind: string,
  spread: boolean,
  children: ListItem[],
): List {
  const ordered = kind.startsWith('1');
  return {
    type: 'list',
    ordered,
    start: ordered ? Number(/^\d+/.exec(ctx.lines[from] ?? '')?.[0]) : null,
    spread,
    children,
    position: span(ctx, from, 0, last, (ctx.lines[last] ?? '').length),
  };
}

/**
 * Line `j`, at column 0 inside a skimmed list of `kind`: the content column of the item it
 * starts; `'end'` when it is a new block after a blank line, so the list ends before it; null
 * when only micromark can say (a lazy line, a thematic break, an item empty on its first line).
 */
function itemAt(ctx: Context, j: number, kind: string): number | 'end' | null {
  const line = ctx.lines[j] ?? '';
  if (listKind(line) !== kind) return (ctx.lines[j - 1] ?? '').trim() === '' ? 'end' : null;
  if (/^(?:[-*_][ ]*){3,}$/.test(line)) return null; // a thematic break
  const item = /^(?:[-*+]|\d{1,9}[.)])( {1,4})\S/.exec(line);
  return item ? item[0].length - 1 : null;
}
