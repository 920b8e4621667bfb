import {
  use,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { CardText } from '../../deck/edits/card-edit.ts';
import { clozeQuestions } from '../../deck/edits/overlay.ts';
import { findCard, loadAnswers, writtenText, type CardEntry } from '../../store/decks/index.ts';
import { LazyMarkdown } from '../markdown/lazy-markdown.tsx';
import { checkDraft, draftOf, EDIT_FIELDS, type Draft, type EditField } from './edit-draft.ts';
import { EditorField } from './editor-field.tsx';
import { reasonOf } from './reason-of.ts';
import { saveCardEdit } from './save-card-edit.ts';
import './card-editor.css';

export interface CardEditorProps {
  readonly entry: CardEntry;
  /** 1 where the editor is the page (a card's page), 2 under a page title (study). */
  readonly headingLevel: 1 | 2;
  /** Called once the edit is on disk. */
  readonly onSaved: (outcome: { readonly reset: boolean }) => void;
  readonly onCancel: () => void;
}

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/**
 * Edits a card's question, what is shown with it, its answer and its tags, with a live preview
 * as study shows them. Loaded on demand (lazy-card-editor.tsx).
 */
export default function CardEditor(props: CardEditorProps) {
  // A cloze deletion or a reverse card is made from another card: that one is edited.
  const made = props.entry.card.note;
  const [entry] = useState(
    () => (made && findCard(`${props.entry.deck.id}/${made}`)) || props.entry,
  );
  // The answers as they were on opening: a save re-publishes them, which must not suspend this.
  const [answers] = useState(() => loadAnswers(entry.deck.id));
  const answer = use(answers).get(entry.key) ?? '';
  // The user's text as they wrote it: a cloze note's `{{c1::…}}` marks are there, not in the
  // card it shows (its first deletion).
  const own = writtenText(entry.key);
  const [before] = useState(() => ({
    text: own ?? {
      question: entry.card.question,
      questionText: entry.card.questionText,
      prompt: entry.card.prompt ?? '',
      answer,
    },
    tags: entry.card.tags ?? [],
  }));
  return (
    <EditorForm
      title={
        entry.key === props.entry.key ? 'Edit this card' : 'Edit the card this one is made from'
      }
      meta={`${entry.deck.title} · #${entry.number} · ${entry.section.title}`}
      before={before}
      headingLevel={props.headingLevel}
      onCancel={props.onCancel}
      submit={async ({ text, tags, reset }) => {
        await saveCardEdit({ key: entry.key, before, text, tags, reset });
        props.onSaved({ reset });
      }}
    />
  );
}

/** What the form saves: the checked text and tags, and whether to reset the schedule. */
export interface EditorSubmit {
  readonly text: CardText;
  readonly tags: readonly string[];
  readonly reset: boolean;
}

export interface EditorFormProps {
  readonly title: string;
  /** Where the card is: its deck, number and section. */
  readonly meta: string;
  readonly before: { readonly text: CardText; readonly tags: readonly string[] };
  readonly headingLevel: 1 | 2;
  /** Saves (on disk before it resolves), then closes the form; rejects with the reason. */
  readonly submit: (ready: EditorSubmit) => Promise<void>;
  readonly onCancel: () => void;
  /** A new card has no schedule to reset. */
  readonly allowReset?: boolean;
  /** Fields before the question (where a new card goes). */
  readonly children?: ReactNode;
  /** Why the form cannot be saved beyond its fields (a new section without a name), or null. */
  readonly blocked?: string | null;
}

/** The question as study asks it; a cloze note's, card by card, each deletion hidden. */
function QuestionPreview({ text }: { text: CardText }) {
  const asked = useMemo(() => clozeQuestions(text), [text]);
  if (asked.length === 0) return <p className="card-editor-question">{text.questionText}</p>;
  return (
    <>
      <p className="card-editor-cloze-count">
        {asked.length === 1 ? 'Makes 1 card:' : `Makes ${asked.length} cards, one per deletion:`}
      </p>
      <ol className="card-editor-cloze">
        {asked.map((question, i) => (
          <li key={i} className="card-editor-question">
            {question}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The editor's form: the fields, their previews and problems, Save and Cancel. */
export function EditorForm({
  title,
  meta,
  before,
  headingLevel,
  submit,
  onCancel,
  allowReset = true,
  children,
  blocked = null,
}: EditorFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(before.text, before.tags));
  const [reset, setReset] = useState(false);
  // Problems show for the fields changed, and for all once a save was tried.
  const [touched, setTouched] = useState<ReadonlySet<EditField>>(() => new Set());
  const [saving, setSaving] = useState(false);
  // One save at a time, even for two key presses before the next drawing.
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Previews and checks follow typing without holding up a key press in a long answer.
  const shown = useDeferredValue(draft);
  const checked = useMemo(() => checkDraft(shown), [shown]);

  const box = (field: EditField) => document.getElementById(`${id}-${field}`);
  // A save refused: focus on the first box with a problem, once its message shows, and the
  // whole field in view clear of the Save bar (even when the box had focus already).
  const [refused, setRefused] = useState<{ field: EditField } | null>(null);
  useEffect(() => {
    if (!refused) return;
    const invalid = box(refused.field);
    invalid?.focus();
    invalid?.closest('.card-editor-field')?.scrollIntoView?.({ block: 'nearest' }); // not in jsdom
  }, [refused]); // eslint-disable-line react-hooks/exhaustive-deps -- `box` reads the DOM
  useEffect(() => box('question')?.focus(), []); // eslint-disable-line react-hooks/exhaustive-deps -- on opening only

  const change = (field: EditField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setTouched((t) => (t.has(field) ? t : new Set([...t, field])));
  };

  const save = async () => {
    if (inFlight.current) return;
    const ready = checkDraft(draft);
    setTouched(new Set(EDIT_FIELDS));
    if (ready.firstProblem) {
      setRefused({ field: ready.firstProblem });
      return;
    }
    if (blocked) {
      setFailure(blocked);
      return;
    }
    inFlight.current = true;
    setSaving(true);
    setFailure(null);
    try {
      await submit({ text: ready.text, tags: ready.tags, reset });
    } catch (error) {
      setFailure(reasonOf(error));
      setSaving(false);
    } finally {
      inFlight.current = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      // The editor's Escape: not the sitting's or the page's.
      event.preventDefault();
      event.stopPropagation();
      if (!inFlight.current) onCancel();
    }
  };

  const problems = (field: EditField) => (touched.has(field) ? checked.problems[field] : []);
  const field = (name: EditField) => ({
    id: `${id}-${name}`,
    value: draft[name],
    onChange: change(name),
    problems: problems(name),
  });
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  return (
    <section className="card card-editor" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="card-editor-title">
        {title}
      </Heading>
      <p className="card-editor-meta">{meta}</p>
      {/* Keys pressed in its fields are the editor's: Ctrl+Enter saves, Escape cancels. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <form
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {children}
        <EditorField
          {...field('question')}
          label="Question"
          hint="One line: what study asks."
          preview={<QuestionPreview text={checked.text} />}
          previewLabel="Preview of the question"
        />
        <EditorField
          {...field('prompt')}
          label="Shown with the question"
          hint="Optional markdown shown before the answer, such as code to read."
          multiline
          rows={4}
          preview={
            shown.prompt.trim() ? (
              <LazyMarkdown questionLevel={headingLevel}>{shown.prompt}</LazyMarkdown>
            ) : (
              <p className="card-editor-empty">Nothing: only the question is shown.</p>
            )
          }
          previewLabel="Preview of what is shown with the question"
        />
        <EditorField
          {...field('answer')}
          label="Answer"
          hint="Markdown: **bold**, lists, tables, ``` code blocks ```, #### headings."
          multiline
          rows={12}
          preview={<LazyMarkdown questionLevel={headingLevel}>{shown.answer}</LazyMarkdown>}
          previewLabel="Preview of the answer"
        />
        <EditorField
          {...field('tags')}
          label="Tags"
          hint="Separated by spaces or commas, such as: networking, security."
        />
        {allowReset && (
          <div className="card-editor-field">
            <label className="checkbox-line">
              <input
                type="checkbox"
                checked={reset}
                aria-describedby={`${id}-reset-hint`}
                onChange={(e) => setReset(e.target.checked)}
              />
              Reset its schedule (its meaning changed)
            </label>
            <p id={`${id}-reset-hint`} className="hint">
              Unticked, the card keeps its reviews and next due date. Ticked, it starts again as a
              new card.
            </p>
          </div>
        )}
        {failure && (
          <p className="notice notice-error" role="alert">
            Not saved: {failure}
          </p>
        )}
        <div className="actions card-editor-actions">
          <button type="submit" className="primary">
            {saving ? 'Saving…' : 'Save'} <kbd>{MAC ? '⌘ Enter' : 'Ctrl+Enter'}</kbd>
          </button>
          <button type="button" onClick={() => !inFlight.current && onCancel()}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </section>
  );
}
