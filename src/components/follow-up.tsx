import { useState } from 'react';
import { bookmark } from '../store/progress/index.ts';
import type { CardEntry } from '../store/decks/index.ts';
import { cardHref, studyHref } from '../lib/route.ts';
import './follow-up.css';

interface FollowUpProps {
  readonly title: string;
  readonly entries: readonly CardEntry[];
  /** A word after each card, such as how it was scored. */
  readonly notes?: readonly string[];
  readonly bookmarkLabel: string;
}

/** The cards to work on after a quiz or mock interview: bookmark them all, or study them now. */
export function FollowUp({ title, entries, notes, bookmarkLabel }: FollowUpProps) {
  const [starred, setStarred] = useState(false);
  const deckId = entries[0]?.deck.id ?? '';
  return (
    <>
      <h2>{title}</h2>
      <ul className="plain-list">
        {entries.map((entry, i) => (
          <li key={entry.key}>
            <a href={cardHref(entry.deck.id, entry.card.id)}>{entry.card.questionText}</a>
            {notes?.[i] && <span className="follow-up-note"> — {notes[i]}</span>}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          disabled={starred}
          onClick={() => {
            for (const entry of entries) bookmark(entry.key, true);
            setStarred(true);
          }}
        >
          {starred ? 'Bookmarked' : bookmarkLabel}
        </button>
        <a
          className="button-link primary"
          href={studyHref(deckId, { kind: 'cards', cardIds: entries.map((e) => e.card.id) })}
        >
          Study them now
        </a>
      </div>
    </>
  );
}
