import { lazy, Suspense } from 'react';
import { whenIdle } from '../../lib/when-idle.ts';
import { AnswerBoundary } from './answer-boundary.tsx';
import type { MarkdownProps } from './markdown.tsx';
import './lazy-markdown.css';

// react-markdown + remark-gfm weigh about 49 KB gzipped: kept out of the first screen.
const loadMarkdown = () => import('./markdown.tsx');
const Markdown = lazy(loadMarkdown);

/**
 * Starts loading the renderer and the answers while the browser is idle, so the first
 * reveal is instant.
 */
export function prefetchMarkdown(): void {
  whenIdle(() => {
    void loadMarkdown();
    // The answers' loader too is not part of the first screen.
    void import('../../store/decks/answers.ts').then((answers) => answers.loadAllAnswers());
  });
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
