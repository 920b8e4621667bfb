import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Headings of the parts of an answer that point elsewhere. */
const REFERENCES =
  /^(?:references?|sources?|source\(s\)(?: and further reading)?|further (?:reading|information)|see also|links|resources|read more|learn more|more info(?:rmation)?|bibliography|citations?)\b/i;
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Takes out of an answer's tree what is never a key point: images, links whose words are a
 * URL, paragraphs and list items that are only links, lists of references, and everything
 * under a "References" or "Further reading" heading. The tree is the caller's fresh parse.
 */
export function pruneForKeyPoints(tree: Root): Root {
  let skipping: number | null = null; // the depth of a references heading being skipped
  tree.children = tree.children.filter((node) => {
    if (node.type === 'heading') {
      if (skipping !== null && node.depth > skipping) return false;
      skipping = REFERENCES.test(toString(node).trim()) ? node.depth : null;
      return skipping === null;
    }
    if (skipping !== null) return false;
    // A paragraph that only names a "Sources:" list below it goes with the list.
    return !isReferenceLabel(node);
  });
  prune(tree);
  return tree;
}

function prune(parent: Parent): void {
  parent.children = parent.children.filter((child) => {
    const node = child as Nodes;
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'definition')
      return false;
    if (node.type === 'link' && URL_TEXT.test(toString(node).trim())) return false;
    if ((node.type === 'paragraph' || node.type === 'listItem') && linksOnly(node)) return false;
    if (node.type === 'list' && isReferenceList(node)) return false;
    return true;
  }) as typeof parent.children;
  for (const child of parent.children) if ('children' in child) prune(child as Parent);
}

/** Only links (and punctuation, or a few words around them): nothing said of its own. */
function linksOnly(node: Nodes): boolean {
  let linked = 0;
  let other = '';
  const visit = (n: Nodes) => {
    if (n.type === 'link' || n.type === 'linkReference') linked += toString(n).length;
    else if (n.type === 'image') return;
    else if (n.type === 'text' || n.type === 'inlineCode') other += n.value;
    else if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(node);
  const words = other.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return (
    (linked > 0 || /https?:\/\//.test(other)) && words.replace(/https?\S*/g, '').trim().length <= 3
  );
}

/** A list most of whose items are a link with a few words: a reading list, not an answer. */
function isReferenceList(node: Extract<Nodes, { type: 'list' }>): boolean {
  const items = node.children;
  if (items.length === 0) return false;
  const linked = items.filter((item) => {
    const text = toString(item);
    return /\]\(|https?:\/\//.test(JSON.stringify(item)) && text.length < 160;
  });
  return linked.length >= Math.max(2, items.length * 0.6);
}

function isReferenceLabel(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    REFERENCES.test(
      toString(node)
        .replace(/[:：]\s*$/, '')
        .trim(),
    ) &&
    toString(node).length < 60
  );
}
