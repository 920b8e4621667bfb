import { memo, type ComponentProps } from 'react';
import ReactMarkdown, {
  defaultUrlTransform,
  type Components,
  type UrlTransform,
} from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { findPathology, RENDER_EMPHASIS_MARKERS } from '../../deck/limits.ts';
import { highlightCode } from './highlight-code.ts';
import { shiftHeadings } from './shift-headings.ts';
import { RemoteImage } from './remote-image.tsx';
import { htmlAsText, isRemoteImage } from './safe-markdown.ts';
import './markdown.css';

const remarkPlugins = [remarkGfm, htmlAsText];
// One plugin list per question level, made once.
const rehypePlugins = [1, 2, 3, 4, 5].map((level) => [highlightCode, shiftHeadings(level)]);

const components: Components = {
  // Wide tables scroll inside the card instead of stretching a phone screen.
  // Code that scrolls sideways can be focused and scrolled with the keyboard.
  pre: ({ node: _node, ...props }) => (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre {...props} tabIndex={0} />
  ),
  // …and so can a wide table's box, or a keyboard user could not reach its far columns.
  table: ({ node: _node, ...props }) => (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="markdown-table-scroll" tabIndex={0} role="group" aria-label="Table">
      <table {...props} />
    </div>
  ),
  img: ({ node: _node, src, alt, ...props }) =>
    typeof src === 'string' && isRemoteImage(src) ? (
      <RemoteImage src={src} alt={alt ?? ''} />
    ) : (
      <img src={src} alt={alt ?? ''} {...props} />
    ),
  a: ({ node: _node, children, ...props }: ComponentProps<'a'> & { node?: unknown }) => (
    <a {...props} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

// Images a deck carries in itself (an Anki field's data: URI): raster only, never a link.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/=]+$/i;
const urlTransform: UrlTransform = (url, key) =>
  key === 'src' && DATA_IMAGE.test(url) ? url : defaultUrlTransform(url);

export interface MarkdownProps {
  readonly children: string;
  readonly className?: string;
  /** The level of the question's heading: the answer's headings go below it. */
  readonly questionLevel?: number;
}

/**
 * Renders deck markdown with GitHub flavour (tables, fenced code, task lists). Decks are
 * untrusted: raw HTML shows as text, unsafe URLs (javascript:, data:) are dropped by
 * react-markdown's URL filter (but for raster data: images), remote images wait for a click.
 */
function Markdown({ children, className = 'markdown', questionLevel = 1 }: MarkdownProps) {
  // Never hand the parser input that would freeze the page: show it as text instead.
  const pathology = findPathology(children, RENDER_EMPHASIS_MARKERS);
  if (pathology) {
    return (
      <div className={className}>
        <p className="notice notice-error">
          This answer is shown as plain text: {pathology.reason.toLowerCase()}.
        </p>
        <div className="markdown-source">{children}</div>
      </div>
    );
  }
  return (
    <div className={className}>
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins[Math.min(5, Math.max(1, questionLevel)) - 1]}
        components={components}
        urlTransform={urlTransform}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

// Parsing and highlighting cost milliseconds per answer: a screen drawn again for another
// reason (a grade saved, the clock) keeps the answer it already rendered.
export default memo(Markdown);
