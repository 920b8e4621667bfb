import { useEffect, useMemo, useRef, useState } from 'react';
import { BookmarkButton } from '../../components/bookmark-button.tsx';
import { LazyCardEditor } from '../../components/card-editor/lazy-card-editor.tsx';
import { CardTags } from '../../components/card-tags.tsx';
import { Answer } from '../../components/markdown/answer.tsx';
import { LazyMarkdown } from '../../components/markdown/lazy-markdown.tsx';
import { OwnAnswer } from '../../components/own-answer.tsx';
import { RecordingsSlot } from '../../components/recording/recordings-slot.tsx';
import { useInsights } from '../../hooks/use-insights.ts';
import { deckEntries, type CardEntry } from '../../store/decks/index.ts';
import { formatWhen } from '../../lib/format-time.ts';
import { cardHref, sectionHref, studyHref } from '../../lib/route.ts';
import { useNow } from '../../hooks/use-now.ts';
import { describeWeakReason } from '../../srs/insights.ts';
import { GRADE_NAMES } from '../../srs/types.ts';
import { useProgress } from '../../store/progress/index.ts';
import { CardArrange } from './card-arrange.tsx';
import { CardTools } from './card-tools.tsx';
import { takeFocus } from './focus-handoff.ts';
import { OriginalText } from './original-text.tsx';
import { useCardStatus } from './use-card-status.ts';
import { useOriginal } from './use-original.ts';
import '../../components/summary.css';
import './card-page.css';

export { DeletedCard } from './deleted-card.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface CardPageProps {
  readonly entry: CardEntry;
  /** Open the editor on arrival (`#/cards/:deck/:card?edit=1`). */
  readonly startEditing?: boolean;
}

/**
 * One card at its own URL: question, answer, history, next due, recall, bookmark; editing it in
 * place, suspending or burying it, and for an edited card its deck's original.
 */
export function CardPage({ entry, startEditing = false }: CardPageProps) {
  const time = useNow(60_000);
  const [editing, setEditing] = useState(startEditing);
  const [showOriginal, setShowOriginal] = useState(false);
  const status = useCardStatus();
  const original = useOriginal(entry);
  // Focus comes back to Edit when the editor closes, and when an action took away the button
  // that had it (Undo, "Undo my edit"): its status and the card's redrawing come in either order.
  const editButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus > 0 || takeFocus(entry.key, 'card')) editButton.current?.focus();
  }, [refocus, entry.key]);
  const edited = entry.card.edited === true;
  const seen = useRef({ said: status.status, edited });
  useEffect(() => {
    const changed = seen.current.said !== status.status || seen.current.edited !== edited;
    seen.current = { said: status.status, edited };
    if (changed && document.activeElement === document.body) editButton.current?.focus();
  }, [status.status, edited]);
  const closeEditor = (saved?: { reset: boolean }) => {
    setEditing(false);
    // Opened from a link that asked for the editor: a reload now shows the card, not the editor.
    if (/[?&]edit=1/.test(window.location.hash))
      window.history.replaceState(window.history.state, '', cardHref(entry.deck.id, entry.card.id));
    setRefocus((n) => n + 1);
    if (saved)
      status.say(
        saved.reset
          ? 'Your edit is saved. Its schedule starts again: the card is new.'
          : 'Your edit is saved. The card keeps its schedule.',
      );
  };
  const insight = useInsights(time).get(entry.key);
  const log = useProgress((s) => s.log);
  // Once per change of the log, newest first.
  const history = useMemo(
    () => log.filter((r) => r.card === entry.key).reverse(),
    [log, entry.key],
  );
  const siblings = deckEntries(entry.deck.id);
  const previous = siblings[entry.number - 2];
  const next = siblings[entry.number];

  return (
    <article className="card-page" aria-labelledby={editing ? undefined : 'card-title'}>
      <nav className="reader-bar" aria-label="Card">
        <a href={sectionHref(entry.deck.id, entry.section.id)}>{entry.section.title}</a>
        <span>
          card #{entry.number} of {siblings.length}
        </span>
      </nav>
      {editing ? (
        <LazyCardEditor
          entry={entry}
          headingLevel={1}
          onSaved={closeEditor}
          onCancel={() => closeEditor()}
        />
      ) : (
        <div className="card">
          <div className="card-title-row">
            <h1 id="card-title" className="card-question">
              {entry.card.questionText}
            </h1>
            <BookmarkButton cardKey={entry.key} label={entry.card.questionText} />
          </div>
          {entry.card.prompt && <LazyMarkdown questionLevel={1}>{entry.card.prompt}</LazyMarkdown>}
          <CardTags tags={entry.card.tags} />
          <CardTools
            entry={entry}
            time={time}
            status={status}
            original={original}
            showOriginal={showOriginal}
            onShowOriginal={setShowOriginal}
            onEdit={() => setEditing(true)}
            editRef={editButton}
          />
          {showOriginal && original && <OriginalText text={original.text} />}
          <section className="card-answer" aria-label="Answer">
            <Answer entry={entry} questionLevel={1} />
          </section>
          <OwnAnswer cardKey={entry.key} headingLevel={2} />
          <CardArrange entry={entry} status={status} />
        </div>
      )}
      <RecordingsSlot key={entry.key} cardKey={entry.key} />
      <section className="panel card-page-facts" aria-labelledby="card-progress-title">
        <h2 id="card-progress-title">Your progress</h2>
        <dl className="summary">
          <div>
            <dt>State</dt>
            <dd>{insight?.status ?? 'new'}</dd>
          </div>
          <div>
            <dt>Next due</dt>
            <dd>{insight?.due != null ? formatWhen(insight.due, time) : 'not studied yet'}</dd>
          </div>
          <div>
            <dt>Predicted recall now</dt>
            <dd>{insight?.recall != null ? `${Math.round(insight.recall * 100)}%` : '—'}</dd>
          </div>
        </dl>
        {insight && insight.weak.length > 0 && (
          <p className="card-page-weak-note">
            Weak: {insight.weak.map(describeWeakReason).join(', ')}.
          </p>
        )}
        <div className="actions">
          <a
            className="button-link primary"
            href={studyHref(entry.deck.id, { kind: 'section', sectionId: entry.section.id })}
          >
            Study this section
          </a>
        </div>
        <h3>Review history</h3>
        {history.length === 0 ? (
          <p>No reviews yet.</p>
        ) : (
          <table className="card-page-history">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Answer</th>
              </tr>
            </thead>
            <tbody>
              {history.map((review) => (
                <tr key={review.id}>
                  <td>{dateTime.format(review.time)}</td>
                  <td>{GRADE_NAMES[review.grade]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <nav className="reader-nav" aria-label="Other cards">
        {previous ? (
          <a className="button-link" href={cardHref(previous.deck.id, previous.card.id)}>
            ← Previous card
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a className="button-link" href={cardHref(next.deck.id, next.card.id)}>
            Next card →
          </a>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
