import type { Root as MdastRoot, RootContent } from 'mdast';

/**
 * A remark plugin that shows raw HTML in a deck as the text it is, instead of dropping it
 * silently: decks are untrusted input, and an author should see what they wrote.
 */
export function htmlAsText() {
  return (tree: MdastRoot) => {
    const visit = (node: { children?: RootContent[] }) => {
      for (const [i, child] of (node.children ?? []).entries()) {
        if (child.type === 'html') {
          (node.children as RootContent[])[i] = {
            type: 'text',
            value: child.value,
            position: child.position,
          };
        } else if ('children' in child) {
          visit(child as { children: RootContent[] });
        }
      }
    };
    visit(tree);
  };
}

/** Only images from the app itself load by themselves; remote ones wait for a click. */
export function isRemoteImage(src: string | undefined): boolean {
  return !!src && /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(src);
}
