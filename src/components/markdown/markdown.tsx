import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { highlightCode } from './highlight-code.ts';

const remarkPlugins = [remarkGfm];
const rehypePlugins = [highlightCode];

const components: Components = {
  // Wide tables scroll inside the card instead of stretching a phone screen.
  table: ({ node: _node, ...props }) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
  a: ({ node: _node, children, ...props }: ComponentProps<'a'> & { node?: unknown }) => (
    <a {...props} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

export interface MarkdownProps {
  readonly children: string;
  readonly className?: string;
}

/**
 * Renders deck markdown with GitHub flavour (tables, fenced code, task lists). react-markdown's
 * defaults are kept on purpose: raw HTML is not rendered and unsafe URLs are dropped.
 */
export default function Markdown({ children, className = 'markdown' }: MarkdownProps) {
  return (
    <div className={className}>
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        components={components}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
