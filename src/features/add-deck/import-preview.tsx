import { useId } from 'react';
import { LazyMarkdown } from '../../components/markdown/lazy-markdown.tsx';
import { SHAPES, type ShapeName } from '../../deck/import/types.ts';
import { plural } from '../../lib/plural.ts';
import { countCards, SHAPE_LABELS, type ImportDraft } from './import-draft.ts';

/** How many cards the preview renders: enough to see that the shape is right. */
const SHOWN = 3;

interface PreviewProps {
  readonly draft: ImportDraft;
  readonly onRename: (name: string) => void;
  readonly onShape: (shape: ShapeName) => void;
  readonly onCancel: () => void;
  readonly onSave?: () => void;
  /** Why saving failed, if it did. */
  readonly saveError?: string | null;
}

/**
 * What a document will become, before anything is saved: the shape found, the counts, the
 * first cards as they will look, and every message with its line.
 */
export function ImportPreview({
  draft,
  onRename,
  onShape,
  onCancel,
  onSave,
  saveError,
}: PreviewProps) {
  const id = useId();
  const { result } = draft;
  const heading = `${id}-heading`;
  return (
    <section className="add-deck-preview" aria-labelledby={heading}>
      <h2 id={heading}>{draft.path}</h2>
      {draft.progress !== null || !result ? (
        <label className="add-deck-progress">
          Reading {draft.path}…
          <progress max={1} value={draft.progress ?? 0} />
        </label>
      ) : (
        <>
          {result.deck ? (
            <Found draft={draft} onRename={onRename} onShape={onShape} id={id} />
          ) : (
            <div className="notice notice-error" role="alert">
              <p>
                <strong>Nothing can be saved from {draft.path}.</strong>
              </p>
              {draft.shape && (
                <ShapePicker id={id} value={draft.shape} draft={draft} onShape={onShape} />
              )}
            </div>
          )}
          <Messages draft={draft} />
          {saveError && (
            <p className="notice notice-error" role="alert">
              {saveError}
            </p>
          )}
          <div className="actions">
            {result.deck && onSave && (
              <button type="button" className="primary" onClick={onSave}>
                Save deck
              </button>
            )}
            <button type="button" onClick={onCancel}>
              {result.deck ? 'Cancel' : 'Dismiss'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function Found({
  draft,
  onRename,
  onShape,
  id,
}: Pick<PreviewProps, 'draft' | 'onRename' | 'onShape'> & { id: string }) {
  const deck = draft.result?.deck;
  if (!deck) return null;
  const { cards, sections } = countCards(draft.result as NonNullable<typeof draft.result>);
  const all = deck.sections.flatMap((s) => s.cards);
  const first = all.slice(0, SHOWN);
  const ownAnswers = all.filter((card) => card.ownAnswer?.trim()).length;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>Deck name</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          maxLength={120}
          onChange={(event) => onRename(event.target.value)}
        />
      </div>
      <ShapePicker
        id={id}
        value={draft.result?.shape ?? draft.shape ?? 'text'}
        draft={draft}
        onShape={onShape}
      />
      <p className="add-deck-count">
        {plural(cards, 'card')} in {plural(sections, 'section')}
      </p>
      {ownAnswers > 0 && (
        <p className="hint">
          It carries {plural(ownAnswers, 'answer')} of your own (exported with the deck): they
          become your own answers on cards that have none yet, not part of the model answers.
        </p>
      )}
      <h3>The first {plural(first.length, 'card')}</h3>
      <ol className="add-deck-cards">
        {first.map((card) => (
          <li key={card.id} className="add-deck-card">
            <p className="add-deck-question">{card.questionText}</p>
            {card.prompt && <LazyMarkdown questionLevel={4}>{card.prompt}</LazyMarkdown>}
            <LazyMarkdown questionLevel={4}>{card.answer}</LazyMarkdown>
          </li>
        ))}
      </ol>
    </>
  );
}

function ShapePicker({
  id,
  value,
  draft,
  onShape,
}: {
  id: string;
  value: ShapeName;
  draft: ImportDraft;
  onShape: (shape: ShapeName) => void;
}) {
  const found = new Map(draft.result?.shapesConsidered.map((s) => [s.shape, s.cards]));
  return (
    <div className="field">
      <label htmlFor={`${id}-shape`}>Read as</label>
      <select
        id={`${id}-shape`}
        value={value}
        onChange={(event) => onShape(event.target.value as ShapeName)}
      >
        {SHAPES.map((shape) => (
          <option key={shape} value={shape}>
            {SHAPE_LABELS[shape]}
            {found.has(shape) ? ` (${plural(found.get(shape) ?? 0, 'card')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

function Messages({ draft }: { draft: ImportDraft }) {
  const messages = draft.result?.messages ?? [];
  if (messages.length === 0) return null;
  return (
    <>
      <h3>{plural(messages.length, 'message')}</h3>
      <ul className="add-deck-messages">
        {messages.map((m, i) => (
          <li key={i} className={m.severity === 'error' ? 'add-deck-error' : undefined}>
            <span className="add-deck-line">Line {m.line}:</span> {m.reason}
          </li>
        ))}
      </ul>
    </>
  );
}
