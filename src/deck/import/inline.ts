import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** Parses one line of inline markdown (a question), for its plain text. */
export function parseInline(markdown: string): Root {
  return parser.parse(markdown);
}
