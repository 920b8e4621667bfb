import { useId, useState } from 'react';
import type { DeckOutline } from '../../deck/types.ts';
import { openLibrary } from '../../store/decks/index.ts';
import { now } from '../../store/progress/index.ts';
import { EditorForm } from './card-editor.tsx';

export interface NewCardEditorProps {
  readonly deck: DeckOutline;
  /** The section it opens on (the one the user was in); the deck's first if none. */
  readonly sectionId?: string;
  readonly headingLevel: 1 | 2;
  /** Called with the new card's key once it is on disk. */
  readonly onAdded: (key: string) => void;
  readonly onCancel: () => void;
}

const NEW = '\u0000new';
const EMPTY = { text: { question: '', questionText: '', prompt: '', answer: '' }, tags: [] };

/** Adds a card of the user's to a deck, in one of its sections or a new one. */
export default function NewCardEditor({
  deck,
  sectionId,
  headingLevel,
  onAdded,
  onCancel,
}: NewCardEditorProps) {
  const id = useId();
  const [section, setSection] = useState(sectionId ?? deck.sections[0]?.id ?? NEW);
  const [name, setName] = useState('');
  const isNew = section === NEW;
  const blocked = isNew && name.trim() === '' ? 'Name the new section, or choose one.' : null;
  return (
    <EditorForm
      title="Add a card"
      meta={deck.title}
      before={EMPTY}
      headingLevel={headingLevel}
      allowReset={false}
      blocked={blocked}
      onCancel={onCancel}
      submit={async ({ text, tags }) => {
        const library = await openLibrary();
        const title = isNew ? name.trim().replace(/\s+/g, ' ') : '';
        const place = isNew
          ? { id: library.newSectionId(deck.id, title), title }
          : {
              id: section,
              title: deck.sections.find((s) => s.id === section)?.title ?? section,
            };
        onAdded(await library.addCard(deck.id, place, text, now(), tags));
      }}
    >
      <div className="card-editor-field">
        <label htmlFor={`${id}-section`}>Section</label>
        <select
          id={`${id}-section`}
          className="card-editor-input"
          value={section}
          onChange={(e) => setSection(e.target.value)}
        >
          {deck.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
          <option value={NEW}>A new section…</option>
        </select>
      </div>
      {isNew && (
        <div className="card-editor-field">
          <label htmlFor={`${id}-section-name`}>New section’s name</label>
          <input
            id={`${id}-section-name`}
            className="card-editor-input"
            value={name}
            maxLength={200}
            aria-invalid={blocked !== null}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      )}
    </EditorForm>
  );
}
