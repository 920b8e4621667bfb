import { useState } from 'react';
import { sectionHref } from '../../lib/route.ts';
import { RevealCard } from '../../components/reveal-card.tsx';
import type { DeckOutline, SectionOutline } from '../../deck/types.ts';
import { findCard, type CardEntry } from '../../store/decks/index.ts';
import { useReaderKeys } from './use-reader-keys.ts';

interface SectionReaderProps {
  readonly deck: DeckOutline;
  readonly section: SectionOutline;
  readonly index: number;
}

/** Flip through one section: question first, answer on reveal, previous and next. */
export function SectionReader({ deck, section, index }: SectionReaderProps) {
  const position = Math.min(index, section.cards.length - 1);
  const card = section.cards[position];
  const entry = card ? findCard(`${deck.id}/${card.id}`) : undefined;
  const hasPrevious = position > 0;
  const hasNext = position < section.cards.length - 1;
  const go = (to: number) => {
    window.location.hash = sectionHref(deck.id, section.id, to);
  };

  if (!entry) return null;
  return (
    <article className="reader" aria-labelledby="card-question">
      <nav className="reader-bar" aria-label="Section">
        <a href="#/">← All sections</a>
        <span>
          {section.title} · card {position + 1} of {section.cards.length}
        </span>
      </nav>
      {/* Keyed by card, so every card starts with its answer hidden. */}
      <FlipCard
        key={entry.key}
        entry={entry}
        onPrevious={hasPrevious ? () => go(position - 1) : undefined}
        onNext={hasNext ? () => go(position + 1) : undefined}
      />
    </article>
  );
}

interface FlipCardProps {
  readonly entry: CardEntry;
  readonly onPrevious: (() => void) | undefined;
  readonly onNext: (() => void) | undefined;
}

function FlipCard({ entry, onPrevious, onNext }: FlipCardProps) {
  const [revealed, setRevealed] = useState(false);

  useReaderKeys({
    reveal: () => setRevealed(true),
    previous: () => onPrevious?.(),
    next: () => onNext?.(),
  });

  return (
    <>
      <RevealCard
        as="div"
        entry={entry}
        level={1}
        headingId="card-question"
        revealed={revealed}
        onReveal={() => setRevealed(true)}
        focusAnswer
      />
      <div className="reader-nav">
        <button type="button" onClick={onPrevious} disabled={!onPrevious}>
          ← Previous
        </button>
        <button type="button" onClick={onNext} disabled={!onNext}>
          Next →
        </button>
      </div>
    </>
  );
}
