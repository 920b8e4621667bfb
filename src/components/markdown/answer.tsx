import { Suspense, use } from 'react';
import { type CardEntry, loadAnswers } from '../../store/decks/index.ts';
import { LazyMarkdown } from './lazy-markdown.tsx';

interface AnswerProps {
  readonly entry: CardEntry;
  /** The heading level of the question above it (h1 on a card page, h2 while studying). */
  readonly questionLevel: number;
}

function AnswerText({ entry, questionLevel }: AnswerProps) {
  const answers = use(loadAnswers(entry.deck.id));
  return <LazyMarkdown questionLevel={questionLevel}>{answers.get(entry.key) ?? ''}</LazyMarkdown>;
}

/** A card's answer, rendered; it loads with its deck's answers, on demand. */
export function Answer(props: AnswerProps) {
  return (
    <Suspense fallback={<p className="loading">Loading the answer…</p>}>
      <AnswerText {...props} />
    </Suspense>
  );
}
