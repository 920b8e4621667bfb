import { useEffect, useRef, type ReactNode } from 'react';
import type { CardEntry } from '../../lib/decks.ts';
import { Answer } from '../../components/markdown/answer.tsx';

interface CardFaceProps {
  readonly entry: CardEntry;
  readonly revealed: boolean;
  readonly onReveal: () => void;
  /** The bookmark star, next to the question. */
  readonly star?: ReactNode;
}

/** The question, and the answer once revealed (a click or a tap anywhere on the card). */
export function CardFace({ entry, revealed, onReveal, star }: CardFaceProps) {
  const question = useRef<HTMLHeadingElement>(null);
  const answer = useRef<HTMLElement>(null);

  // Focus follows the card: the question when it appears, the answer once revealed.
  useEffect(() => {
    question.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    if (revealed) answer.current?.focus({ preventScroll: true });
  }, [revealed]);

  return (
    // A click or tap anywhere on the card reveals it, as on a paper card; keyboard users have
    // Space, Enter and the button, so the card itself needs no key handler or role.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <article
      className={revealed ? 'card' : 'card card-hidden'}
      aria-labelledby="card-question"
      onClick={revealed ? undefined : onReveal}
    >
      <p className="card-meta">
        #{entry.number} · {entry.section.title}
      </p>
      <div className="card-title-row">
        <h2 id="card-question" className="card-question" ref={question} tabIndex={-1}>
          {entry.card.questionText}
        </h2>
        {/* Clicking the star must not reveal the card. */}
        {star && (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
          <span onClick={(e) => e.stopPropagation()}>{star}</span>
        )}
      </div>
      {revealed ? (
        <section className="card-answer" aria-label="Answer" ref={answer} tabIndex={-1}>
          <Answer entry={entry} questionLevel={2} />
        </section>
      ) : (
        <button type="button" className="reveal" onClick={onReveal}>
          Show answer <kbd>Space</kbd>
        </button>
      )}
    </article>
  );
}
