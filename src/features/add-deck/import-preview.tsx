import { memo, useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import type { ShapeName } from '../../deck/import/types.ts';
import { plural } from '../../lib/plural.ts';
import { Alternatives } from './alternatives.tsx';
import { FixList } from './fix-list.tsx';
import { countCards, type ImportDraft } from './import-draft.ts';
import type { Fix } from './preview-fixes.ts';
import { QuestionList } from './question-list.tsx';
import { ShapePicker } from './shape-picker.tsx';

interface PreviewProps {
  readonly draft: ImportDraft;
  readonly onRename: (name: string) => void;
  readonly onShape: (key: number, shape: ShapeName) => void;
  /** Changes the draft's list of fixes (add one, undo one): the document is read again. */
  readonly onFixes: (key: number, change: (fixes: readonly Fix[]) => readonly Fix[]) => void;
  readonly onCancel: () => void;
  readonly onSave?: () => void;
  /** Why saving failed, if it did. */
  readonly saveError?: string | null;
}

/**
 * What a document will become, before anything is saved: the reading found and how sure it is,
 * every question with its section and line, the fixes made by example, and every message with
 * its line. "Save deck" stays in view at the bottom of the screen.
 */
export function ImportPreview({
  draft,
  onRename,
  onShape,
  onFixes,
  onCancel,
  onSave,
  saveError,
}: PreviewProps) {
  const id = useId();
  const { result } = draft;
  const heading = `${id}-heading`;
  const { key } = draft;
  const shape = useCallback((next: ShapeName) => onShape(key, next), [onShape, key]);
  const addFix = useCallback((fix: Fix) => onFixes(key, (all) => [...all, fix]), [onFixes, key]);
  const busy = draft.progress !== null;
  // A preview appears below the paste box and the drop zone, off screen on a phone: bring it in.
  const section = useRef<HTMLElement>(null);
  // (Braces: Chromium's scrollIntoView returns a promise now, and an effect may return only a
  // clean-up function.)
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section ref={section} className="add-deck-preview" aria-labelledby={heading}>
      <h2 id={heading}>{draft.path}</h2>
      {!result ? (
        <div className="add-deck-reading">
          <Progress draft={draft} />
          <button type="button" onClick={onCancel}>
            Stop reading
          </button>
        </div>
      ) : (
        <>
          {busy && <Progress draft={draft} again />}
          {result.deck ? (
            <Found
              draft={draft}
              onRename={onRename}
              onShape={shape}
              onFix={addFix}
              fixList={
                <FixList
                  fixes={draft.fixes}
                  busy={busy}
                  onChange={(change) => onFixes(key, change)}
                />
              }
              id={id}
            />
          ) : (
            <div className="notice notice-error" role="alert">
              <p>
                <strong>Nothing can be saved from {draft.path}.</strong>
              </p>
              {(draft.shape || draft.fixes.length > 0) && (
                <ShapePicker id={id} value={draft.shape ?? 'text'} draft={draft} onShape={shape} />
              )}
            </div>
          )}
          <Messages draft={draft} />
          {saveError && (
            <p className="notice notice-error" role="alert">
              {saveError}
            </p>
          )}
          <div className="actions add-deck-actions">
            {result.deck && onSave && (
              <button type="button" className="primary" disabled={busy} onClick={onSave}>
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

function Progress({ draft, again = false }: { draft: ImportDraft; again?: boolean }) {
  return (
    <label className="add-deck-progress">
      {again ? 'Reading it again with your fixes…' : `Reading ${draft.path}…`}
      <progress max={1} value={draft.progress ?? 0} />
    </label>
  );
}

function Found({
  draft,
  onRename,
  onShape,
  onFix,
  fixList,
  id,
}: Pick<PreviewProps, 'draft' | 'onRename'> & {
  onShape: (shape: ShapeName) => void;
  onFix: (fix: Fix) => void;
  /** The fixes made so far, shown above the questions. */
  fixList: ReactNode;
  id: string;
}) {
  const result = draft.result;
  const deck = result?.deck;
  if (!result || !deck) return null;
  const { cards, sections } = countCards(result);
  const ownAnswers = deck.sections
    .flatMap((s) => s.cards)
    .filter((card) => card.ownAnswer?.trim()).length;
  const busy = draft.progress !== null;
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
        value={result.shape ?? draft.shape ?? 'text'}
        draft={draft}
        onShape={onShape}
      />
      <p className="add-deck-count">
        {plural(cards, 'card')} in {plural(sections, 'section')}
      </p>
      {result.confidence.level !== 'high' && <Doubts reasons={result.confidence.reasons} />}
      {ownAnswers > 0 && (
        <p className="hint">
          It carries {plural(ownAnswers, 'answer')} of your own (exported with the deck): they
          become your own answers on cards that have none yet, not part of the model answers.
        </p>
      )}
      {fixList}
      <h3>Questions</h3>
      <p className="hint">
        Open a question to see its answer, or to drop, merge, split or reword it. A fix applies to
        the whole document and is kept with the deck for its next version.
      </p>
      <MemoQuestionList deck={deck} onFix={onFix} busy={busy} />
      <Alternatives
        lines={result.alternatives}
        counting={result.pending !== undefined}
        onFix={onFix}
        busy={busy}
      />
    </>
  );
}

const MemoQuestionList = memo(QuestionList);

/** What looks wrong with a reading the importer is not sure of, said before saving. */
function Doubts({ reasons }: { reasons: readonly string[] }) {
  return (
    <div className="notice notice-warning">
      <p>
        <strong>This reading may be wrong.</strong> Check the questions before saving:
      </p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p>
        Mark a line “Not a question” or “This is a question” and the whole document is read again
        that way, or choose another reading under “Read as”.
      </p>
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
