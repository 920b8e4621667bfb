import { Suspense, use } from 'react';
import type { CardEntry } from '../../lib/decks.ts';
import { loadAnswers } from '../../lib/answers.ts';
import { LazyMarkdown } from './lazy-markdown.tsx';

function AnswerText({ entry }: { entry: CardEntry }) {
  const answers = use(loadAnswers(entry.deck.id));
  return <LazyMarkdown>{answers.get(entry.key) ?? ''}</LazyMarkdown>;
}

/** A card's answer, rendered; it loads with its deck's answers, on demand. */
export function Answer({ entry }: { entry: CardEntry }) {
  return (
    <Suspense fallback={<p className="loading">Loading the answer…</p>}>
      <AnswerText entry={entry} />
    </Suspense>
  );
}
