import { memo } from 'react';
import { BookmarkButton } from '../../components/bookmark-button.tsx';
import { CardTags } from '../../components/card-tags.tsx';
import { Highlight, Snippet } from '../../components/highlight.tsx';
import type { SearchHit } from '../../lib/card-search.ts';
import { formatWhen } from '../../lib/format-time.ts';
import { cardHref } from '../../lib/route.ts';
import type { CardInsight } from '../../srs/insights.ts';
import type { CardEntry } from '../../store/decks/index.ts';
import { CardFlags } from './card-flags.tsx';

interface BrowseRowProps {
  readonly entry: CardEntry;
  readonly insight: CardInsight | undefined;
  readonly buried: boolean;
  /** Why the search found it; none without a search. */
  readonly hit: SearchHit | undefined;
  /** The search's quoted phrases, marked as its words are. */
  readonly phrases: readonly string[];
  /** The answer as plain text, and the user's own, for the snippets of a search. */
  readonly answer: string;
  readonly note: string;
  /** Several decks: the row names its deck. */
  readonly several: boolean;
  readonly time: number;
}

/**
 * One card of the list. Memoised: drawing more rows, or a star toggled, leaves the others be
 * (the list grows a screenful at a time after the first frame).
 */
export const BrowseRow = memo(function BrowseRow({
  entry,
  insight,
  buried,
  hit,
  phrases,
  answer,
  note,
  several,
  time,
}: BrowseRowProps) {
  const terms = [...(hit?.terms ?? []), ...phrases];
  return (
    <li className="browse-row">
      <span className="browse-number">#{entry.number}</span>
      <div className="browse-row-main">
        <a href={cardHref(entry.deck.id, entry.card.id)} className="browse-row-question">
          <Highlight text={entry.card.questionText} terms={terms} />
        </a>
        <CardFlags card={entry.card} buried={buried} />
        <CardTags tags={entry.card.tags} compact />
        {terms.length > 0 && (
          <p className="browse-row-snippet">
            <Snippet text={answer} terms={terms} />
          </p>
        )}
        {hit?.inNote && (
          <p className="browse-row-snippet browse-row-note">
            <strong>Matched your own answer:</strong> <Snippet text={note} terms={terms} />
          </p>
        )}
        <p className="browse-row-meta">
          {several && `${entry.deck.title} · `}
          {entry.section.title} ·{' '}
          <span className={`browse-status browse-status-${insight?.status ?? 'new'}`}>
            {insight?.status ?? 'new'}
          </span>
          {insight?.due != null && <> · due {formatWhen(insight.due, time)}</>}
          {insight?.recall != null && <> · recall {Math.round(insight.recall * 100)}%</>}
          {(insight?.weak.length ?? 0) > 0 && (
            <>
              {' '}
              · <span className="browse-weak-tag">weak</span>
            </>
          )}
        </p>
      </div>
      <div className="browse-row-actions">
        <BookmarkButton cardKey={entry.key} label={entry.card.questionText} />
        <a
          className="button-link browse-edit"
          href={cardHref(entry.deck.id, entry.card.id, { edit: true })}
          aria-label={`Edit “${entry.card.questionText}”`}
        >
          Edit
        </a>
      </div>
    </li>
  );
});
