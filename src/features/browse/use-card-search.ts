import { use, useMemo } from 'react';
import { allEntries, type Answers, decksVersion, loadAllAnswers } from '../../store/decks/index.ts';
import { createCardSearch, type CardSearch, type SearchHit } from '../../lib/card-search.ts';
import { plainText } from '../../lib/fold.ts';
import { useNotes } from '../../store/notes/index.ts';
import type { OwnAnswers } from '../../deck/key-points/own-answer.ts';

let index: CardSearch | null = null;
let plainAnswers: ReadonlyMap<string, string> | null = null;
let madeFrom: Answers | null = null;
let indexVersion = -1;

/** Answers as plain text, made once per set of decks: indexed for search and cut into snippets. */
function answersAsText(answers: Answers): ReadonlyMap<string, string> {
  if (madeFrom !== answers) {
    madeFrom = answers;
    plainAnswers = null;
    index = null;
  }
  plainAnswers ??= new Map([...answers].map(([key, markdown]) => [key, plainText(markdown)]));
  return plainAnswers;
}

/** The search index over every deck, built on first use and again when the decks change. */
function searchIndex(answers: ReadonlyMap<string, string>): CardSearch {
  if (indexVersion !== decksVersion()) index = null;
  indexVersion = decksVersion();
  index ??= createCardSearch(
    allEntries().map((e) => ({
      key: e.key,
      question: e.card.questionText,
      answer: answers.get(e.key) ?? '',
      section: e.section.title,
    })),
  );
  return index;
}

/**
 * Hits for a query, keyed by card, in relevance order (your own answers searched too), and
 * every answer as plain text for snippets. Suspends until the answers have loaded (they are prefetched at start-up).
 */
export function useCardSearch(query: string): {
  hits: ReadonlyMap<string, SearchHit> | null;
  answers: ReadonlyMap<string, string>;
  notes: OwnAnswers;
} {
  const answers = answersAsText(use(loadAllAnswers()));
  const notes = useNotes((s) => s.answers);
  const hits = useMemo(() => {
    if (!query.trim()) return null;
    const index = searchIndex(answers);
    // Your answers change as you write them: only the cards whose answer changed are re-indexed.
    for (const [key, note] of Object.entries(notes)) index.setNote(key, note.text);
    return new Map(index.search(query).map((hit) => [hit.key, hit]));
  }, [query, answers, notes]);
  return { hits, answers, notes };
}
