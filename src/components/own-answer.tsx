import { useEffect, useId, useRef, useState } from 'react';
import { MAX_OWN_ANSWER_CHARS } from '../deck/key-points/own-answer.ts';
import { now } from '../store/progress/index.ts';
import { useNotes } from '../store/notes/index.ts';
import './own-answer.css';

interface OwnAnswerProps {
  readonly cardKey: string;
  /** Under the card's question: 2 where the question is the page's h1, 3 under an h2. */
  readonly headingLevel: 2 | 3;
}

const LIMIT = MAX_OWN_ANSWER_CHARS.toLocaleString('en');

/**
 * Your own answer to a card, beside the model answer: a button while there is none, else a box
 * saved as you type (each keystroke, so a reload or a closed tab loses nothing).
 */
export function OwnAnswer({ cardKey, headingLevel }: OwnAnswerProps) {
  const saved = useNotes((s) => s.answers[cardKey]?.text ?? '');
  const [open, setOpen] = useState(false);
  if (!saved && !open) {
    return (
      <div className="own-answer own-answer-closed">
        <button type="button" aria-expanded="false" onClick={() => setOpen(true)}>
          Add your own answer
        </button>
      </div>
    );
  }
  return (
    <OwnAnswerEditor
      cardKey={cardKey}
      saved={saved}
      headingLevel={headingLevel}
      focus={open && !saved}
    />
  );
}

function OwnAnswerEditor({
  cardKey,
  saved,
  headingLevel,
  focus,
}: OwnAnswerProps & { saved: string; focus: boolean }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  // The box's own text: what the store keeps is the same, except that blank text is cleared.
  const [draft, setDraft] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const unsaved = useNotes((s) => s.unsaved);
  const setAside = useNotes((s) => s.setAside);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const length = [...draft].length;
  return (
    <section className="own-answer" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="own-answer-title">
        Your own answer
      </Heading>
      <label htmlFor={id} className="visually-hidden">
        Your own answer
      </label>
      <textarea
        id={id}
        ref={box}
        className="own-answer-text"
        rows={5}
        value={draft}
        maxLength={MAX_OWN_ANSWER_CHARS}
        aria-describedby={`${id}-hint`}
        aria-invalid={problem ? true : undefined}
        placeholder="Your phrasing, or your STAR story: situation, task, action, result."
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          setProblem(useNotes.getState().write(cardKey, text, now()));
        }}
      />
      <p id={`${id}-hint`} className="own-answer-hint">
        Saved in this browser as you type, and in your backups. {length.toLocaleString('en')} of{' '}
        {LIMIT} characters.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          Not saved: {problem}.
        </p>
      )}
      {unsaved && (
        <p className="notice notice-error" role="alert">
          Not saved:{' '}
          {unsaved === 'quota'
            ? 'browser storage is full, so your answer is kept in this tab only.'
            : 'this browser does not let PrepDeck save, so your answer is kept in this tab only.'}{' '}
          Download your progress (Settings) to keep it.
        </p>
      )}
      {setAside && (
        <p className="notice" role="status">
          Some of your saved answers could not be read ({setAside.reason}). They are kept aside,
          untouched, in this browser as <code>{setAside.key}</code>.
        </p>
      )}
    </section>
  );
}
