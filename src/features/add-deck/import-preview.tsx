import { memo, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { SHAPES, type ShapeName } from '../../deck/import/types.ts';
import { plural } from '../../lib/plural.ts';
import { countCards, SHAPE_LABELS, type ImportDraft } from './import-draft.ts';
import { describeFix, type Fix } from './preview-fixes.ts';
import { QuestionList } from './question-list.tsx';

/** Lines another reading takes for questions, drawn before "Show all". */
const FIRST_ALTERNATIVES = 50;

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
      <Alternatives lines={result.alternatives} onFix={onFix} busy={busy} />
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

/** Lines another reading takes for questions: marking one reads the document again that way. */
function Alternatives({
  lines,
  onFix,
  busy,
}: {
  lines: readonly { readonly line: number; readonly question: string }[];
  onFix: (fix: Fix) => void;
  busy: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const id = useId();
  if (lines.length === 0) return null;
  const shown = all ? lines : lines.slice(0, FIRST_ALTERNATIVES);
  return (
    <div className="add-deck-alternatives">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        A question is missing? {plural(lines.length, 'line')} could be questions
      </button>
      {open && (
        <div id={id}>
          <ul className="add-deck-rows" aria-label="Lines that could be questions">
            {shown.map(({ line, question }) => (
              <li key={`${line}:${question}`} className="add-deck-row" aria-label={question}>
                <div className="add-deck-row-head">
                  <p className="add-deck-row-toggle">
                    <span className="add-deck-row-question">{question}</span>
                  </p>
                  <span className="add-deck-row-where">line {line}</span>
                  <button
                    type="button"
                    className="add-deck-row-fix"
                    disabled={busy}
                    onClick={() => onFix({ kind: 'question', text: question })}
                  >
                    This is a question
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {shown.length < lines.length && (
            <button type="button" onClick={() => setAll(true)}>
              Show all {lines.length.toLocaleString('en')} lines
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** The fixes made so far, each with its undo, and "Undo last". */
function FixList({
  fixes,
  busy,
  onChange,
}: {
  fixes: readonly Fix[];
  busy: boolean;
  onChange: (change: (fixes: readonly Fix[]) => readonly Fix[]) => void;
}) {
  const id = useId();
  if (fixes.length === 0) return null;
  return (
    <section className="add-deck-fixes" aria-labelledby={id}>
      <div className="add-deck-fixes-head">
        <h3 id={id}>Your {plural(fixes.length, 'fix', 'fixes')}</h3>
        <button type="button" disabled={busy} onClick={() => onChange((all) => all.slice(0, -1))}>
          Undo last
        </button>
      </div>
      <ol>
        {fixes.map((fix, i) => (
          <li key={i}>
            <span>{describeFix(fix)}</span>{' '}
            <button
              type="button"
              className="add-deck-undo"
              disabled={busy}
              aria-label={`Undo: ${describeFix(fix)}`}
              onClick={() => onChange((all) => all.filter((_, j) => j !== i))}
            >
              Undo
            </button>
          </li>
        ))}
      </ol>
    </section>
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
