import { useEffect, useRef } from 'react';
import type { CardEntry } from '../lib/decks.ts';
import { Answer } from './markdown/answer.tsx';

interface PromptCardProps {
  readonly entry: CardEntry;
  readonly headingId: string;
  readonly revealed: boolean;
  readonly onReveal: () => void;
  readonly revealLabel: string;
}

/** A question asked in a quiz or mock interview (h1, focused on arrival) and its answer on reveal. */
export function PromptCard({ entry, headingId, revealed, onReveal, revealLabel }: PromptCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <article className="card">
      <p className="card-meta">{entry.section.title}</p>
      <h1 id={headingId} className="card-question" ref={heading} tabIndex={-1}>
        {entry.card.questionText}
      </h1>
      {revealed ? (
        <section className="card-answer" aria-label="Answer">
          <Answer entry={entry} questionLevel={1} />
        </section>
      ) : (
        <button type="button" className="reveal" onClick={onReveal}>
          {revealLabel} <kbd>Space</kbd>
        </button>
      )}
    </article>
  );
}
