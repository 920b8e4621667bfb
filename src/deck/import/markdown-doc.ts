import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { skimMarkdown } from './skim.ts';
import type { DraftSection } from './types.ts';

/** A markdown document parsed once (its top level, skimmed) and shared by every markdown shape. */
export interface MarkdownDoc {
  readonly text: string;
  readonly tree: Root;
}

export function toMarkdownDoc(text: string): MarkdownDoc {
  return { text, tree: skimMarkdown(text) };
}

export const startOffset = (node: Nodes): number => node.position?.start.offset ?? 0;
export const endOffset = (node: Nodes): number => node.position?.end.offset ?? 0;
export const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

/**
 * A heading between questions: the document's title when it is a first `#` before any card,
 * else a new section (pushed onto `sections`). Returns the title so far.
 */
export function titleOrSection(
  node: Heading,
  sections: DraftSection[],
  title: string | undefined,
): string | undefined {
  // Badges and images beside a title are not its words ("Topics ![Learn](…shields.io…)").
  const text = (plainText(node) || toString(node).trim()).replace(/\s+/g, ' ');
  const first = sections.length === 1 && sections[0]?.cards.length === 0;
  if (node.depth === 1 && title === undefined && first) return text;
  sections.push({ title: text, line: lineOf(node), cards: [] });
  return title;
}

/** A heading's permalink, as Sphinx, mdBook or a blog puts one after it: `[¶](#id)`. */
const isPermalink = (node: Nodes | undefined): boolean =>
  node?.type === 'link' && /^\s*[¶§#🔗]\s*$/u.test(toString(node));

/** Without a permalink at the end: the words, not the link to them. */
const ownChildren = (node: { children: Nodes[] }): Nodes[] =>
  isPermalink(node.children.at(-1)) ? node.children.slice(0, -1) : node.children;

/** Inline markdown without a permalink at its end (`[¶](#id)`, or a bare `¶` left by a paste). */
export const withoutPermalink = (markdown: string): string =>
  markdown.replace(/\s*(?:\[[¶§#🔗]\]\([^)]*\)|¶)\s*$/u, '');

/**
 * reStructuredText's title has a line above it as well as below (`=====`, title, `=====`):
 * read as markdown, the line above is the heading's first line.
 */
const OVERLINE = /^([=\-~*^+#`'"._:])\1{2,}[ \t]*\n\s*/;

/** The inline markdown inside a node (a heading's or a strong's children), as written. */
export function innerMarkdown(node: Heading | { children: Nodes[] }, text: string): string {
  const children = ownChildren(node);
  const first = children[0];
  const last = children.at(-1);
  if (!first || !last) return '';
  return withoutPermalink(text.slice(startOffset(first), endOffset(last)).replace(OVERLINE, ''))
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .trim();
}

/** A table of contents, a badge row or "back to top": content that is about the page. */
export function isNavigation(nodes: readonly RootContent[]): boolean {
  if (nodes.length === 0) return false;
  return nodes.every((node) => {
    if (node.type === 'list') return node.children.every((item) => linksOnly(item, true));
    if (node.type === 'paragraph') return linksOnly(node, false);
    // A table of contents as a table: numbers, group names in bold and links to anchors.
    if (node.type === 'table')
      return node.children
        .slice(1)
        .every((row) =>
          row.children.every(
            (cell) =>
              linksOnly(cell, true) ||
              !/\p{L}/u.test(toString(cell)) ||
              cell.children.every((c) => c.type === 'strong'),
          ),
        );
    if (node.type === 'html') return /^<\/?(?:p|div|a|img|br)[\s>/]/i.test(node.value.trim());
    return node.type === 'thematicBreak';
  });
}

/** Only links to `#anchors` (or badge images) and punctuation between them. */
function linksOnly(node: Nodes, anchors: boolean): boolean {
  let links = 0;
  let text = '';
  const visit = (n: Nodes): void => {
    if (n.type === 'link') {
      const badge = n.children.every((c) => c.type === 'image');
      if (n.url.startsWith('#') || (!anchors && badge)) {
        links++;
        return;
      }
    }
    if (n.type === 'image' && /shields\.io|badge|travis-ci|codecov|\/workflows\//i.test(n.url)) {
      links++;
      return;
    }
    if (n.type === 'text') text += n.value;
    if ('children' in n) for (const child of n.children) visit(child as Nodes);
  };
  visit(node);
  return links > 0 && !/[\p{L}\p{N}]/u.test(text);
}

/** A node's words: no badge or image text, no VitePress `{#id}`. */
export const plainText = (node: Nodes): string =>
  toString('children' in node ? ownChildren(node) : node, { includeImageAlt: false })
    .replace(OVERLINE, '')
    .replace(/\s*¶$/u, '')
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .trim();
