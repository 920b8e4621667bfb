import { lazy, Suspense } from 'react';
import { inIdleTime } from '../../lib/when-idle.ts';
import { AnswerBoundary } from './answer-boundary.tsx';
import type { MarkdownProps } from './markdown.tsx';
import './lazy-markdown.css';

// react-markdown + remark-gfm weigh about 49 KB gzipped: kept out of the first screen.
const loadMarkdown = () => import('./markdown.tsx');
const Markdown = lazy(loadMarkdown);

/**
 * Loads the renderer, then the answers, each in its own idle moment, so the first reveal is
 * instant. The renderer's parts come one at a time first: evaluated together, their modules
 * made one long task (~50 ms on a fast machine, four times that on a phone).
 */
export function prefetchMarkdown(): void {
  inIdleTime(() => import('react-markdown'));
  inIdleTime(() => import('remark-gfm'));
  inIdleTime(() => import('./highlight-code.ts'));
  inIdleTime(loadMarkdown);
  // The answers' loader too is not part of the first screen.
  inIdleTime(() => import('../../store/decks/answers.ts').then((a) => a.loadAllAnswers()));
}

/**
 * Markdown rendered once the renderer has loaded; until then its source, which markdown is
 * designed to be readable as, so the answer is never hidden behind a spinner.
 */
export function LazyMarkdown(props: MarkdownProps) {
  return (
    <AnswerBoundary source={props.children}>
      <Suspense fallback={<div className="markdown-source">{props.children}</div>}>
        <Markdown {...props} />
      </Suspense>
    </AnswerBoundary>
  );
}
