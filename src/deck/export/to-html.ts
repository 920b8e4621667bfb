import type { Nodes as HastNodes } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { parseMarkdown } from '../parse-markdown.ts';

const VOID = new Set(['br', 'hr', 'img', 'input']);
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Markdown as HTML for Anki's fields; raw HTML in the markdown is dropped, as the app does. */
export function markdownToHtml(markdown: string): string {
  return serialize(toHast(parseMarkdown(markdown)));
}

function serialize(node: HastNodes): string {
  switch (node.type) {
    case 'root':
      return node.children.map(serialize).join('');
    case 'text':
      return escapeText(node.value);
    case 'element': {
      const attrs = Object.entries(node.properties)
        .filter(([, value]) => value !== undefined && value !== null && value !== false)
        .map(([name, value]) => {
          const attr = name === 'className' ? 'class' : name.toLowerCase();
          return ` ${attr}="${escapeAttr(Array.isArray(value) ? value.join(' ') : String(value))}"`;
        })
        .join('');
      if (VOID.has(node.tagName)) return `<${node.tagName}${attrs}>`;
      return `<${node.tagName}${attrs}>${node.children.map(serialize).join('')}</${node.tagName}>`;
    }
    default:
      return '';
  }
}
