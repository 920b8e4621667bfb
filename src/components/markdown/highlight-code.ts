import type { Element, ElementContent, Root } from 'hast';
import { createLowlight } from 'lowlight';
import { CODE_LANGUAGES } from './code-languages.ts';

// Only the grammars we list: lowlight's `common` set would triple the renderer's size.
const lowlight = createLowlight(CODE_LANGUAGES);

function languageOf(code: Element): string | null {
  const classes = code.properties.className;
  const list = Array.isArray(classes) ? classes : [];
  for (const name of list) {
    const match = /^language-(.+)$/.exec(String(name));
    if (match?.[1] && lowlight.registered(match[1])) return match[1];
  }
  return null;
}

/**
 * A rehype plugin colouring fenced code whose language is known (```js, ```yaml, ```http…),
 * as highlight.js classes; no guessing for unlabelled code.
 */
export function highlightCode() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const code =
          child.tagName === 'pre'
            ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
            : undefined;
        const language = code ? languageOf(code) : null;
        if (code && language) {
          const text = code.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
          code.children = lowlight.highlight(language, text).children as ElementContent[];
          code.properties.className = [
            ...(Array.isArray(code.properties.className) ? code.properties.className : []),
            'hljs',
          ];
        } else {
          visit(child);
        }
      }
    };
    visit(tree);
  };
}
