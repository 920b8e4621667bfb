import { useEffect, useRef, type ReactNode } from 'react';
import { useFocusOnMount } from '../hooks/use-focus-on-mount.ts';
import type { CardEntry } from '../store/decks/index.ts';
import { Answer } from './markdown/answer.tsx';
import { LazyMarkdown } from './markdown/lazy-markdown.tsx';

interface RevealCardProps {
  readonly entry: CardEntry;
  /** The question's heading level: 1 where the card is the page, 2 under a page title. */
  readonly level: 1 | 2;
  readonly headingId: string;
  readonly revealed: boolean;
  readonly onReveal: () => void;
  readonly revealLabel?: string;
  /** The reveal as a secondary button: answer first makes checking the main action. */
  readonly quietReveal?: boolean;
  /** The line above the question (number, section). */
  readonly meta?: ReactNode;
  /** The bookmark star, next to the question. */
  readonly star?: ReactNode;
  /** A click or tap anywhere on the hidden card reveals it, as on a paper card. */
  readonly revealOnClick?: boolean;
  /** Move focus to the answer once revealed, so reading continues from there. */
  readonly focusAnswer?: boolean;
  readonly as?: 'article' | 'div';
}

/** A question, its answer on reveal (button or Space), and focus that follows the card. */
export function RevealCard({
  entry,
  level,
  headingId,
  revealed,
  onReveal,
  revealLabel = 'Show answer',
  quietReveal = false,
  meta,
  star,
  revealOnClick = false,
  focusAnswer = false,
  as: Element = 'article',
}: RevealCardProps) {
  const question = useFocusOnMount<HTMLHeadingElement>();
  const answer = useRef<HTMLElement>(null);
  useEffect(() => {
    if (revealed && focusAnswer) answer.current?.focus({ preventScroll: true });
  }, [revealed, focusAnswer]);

  const Heading = level === 1 ? 'h1' : 'h2';
  const heading = (
    <Heading id={headingId} className="card-question" ref={question} tabIndex={-1}>
      {entry.card.questionText}
    </Heading>
  );
  const body = (
    <>
      {meta !== undefined && <p className="card-meta">{meta}</p>}
      {star ? (
        <div className="card-title-row">
          {heading}
          {/* Clicking the star must not reveal the card. */}
          {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
          <span onClick={(e) => e.stopPropagation()}>{star}</span>
        </div>
      ) : (
        heading
      )}
      {/* What is shown with the question: a puzzle's code, the answer a reverse card asks. */}
      {entry.card.prompt && (
        <div className="card-prompt">
          <LazyMarkdown questionLevel={level}>{entry.card.prompt}</LazyMarkdown>
        </div>
      )}
      {revealed ? (
        <section
          className="card-answer"
          aria-label="Answer"
          ref={answer}
          tabIndex={focusAnswer ? -1 : undefined}
        >
          <Answer entry={entry} questionLevel={level} />
        </section>
      ) : (
        <button
          type="button"
          className={quietReveal ? 'reveal reveal-quiet' : 'reveal'}
          onClick={onReveal}
        >
          {revealLabel} <kbd>Space</kbd>
        </button>
      )}
    </>
  );

  if (!revealOnClick) return <Element className="card">{body}</Element>;
  return (
    // Keyboard users have Space, Enter and the button, so the card needs no key handler or role.
    <Element
      className={revealed ? 'card' : 'card card-hidden'}
      aria-labelledby={headingId}
      onClick={revealed ? undefined : onReveal}
    >
      {body}
    </Element>
  );
}
