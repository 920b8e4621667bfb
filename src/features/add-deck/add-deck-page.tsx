import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount.ts';
import type { ShapeName } from '../../deck/import/types.ts';
import { plural } from '../../lib/plural.ts';
import { deckHref, studyHref } from '../../lib/route.ts';
import { whenIdle } from '../../lib/when-idle.ts';
import { openLibrary } from '../../store/decks/index.ts';
import { countCards, refused, type ImportDraft } from './import-draft.ts';
import { ImportPreview } from './import-preview.tsx';
import { draftReader } from './draft-reader.ts';
import { prepareImporter } from './run-import.ts';
import { BuiltInDecks } from './built-in-decks.tsx';
import { toImportFixes, type Fix } from './preview-fixes.ts';
import { DeletedCards } from './deleted-cards.tsx';
import { YourDecks } from './your-decks.tsx';
import './add-deck.css';
import { DOCUMENT_TYPES } from './document-types.ts';

const PASTED = 'pasted notes';

let nextKey = 0;

// Screens are prefetched once the first one is up (src/app/screen-modules.ts): asking for the
// library here reads the saved decks then, without a line of it in the entry chunk.
const library = openLibrary();

/**
 * Add a deck: paste notes or open files, see what they become, then save. The importer runs in
 * a worker; nothing is stored until "Save deck".
 */
export function AddDeckPage() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [drafts, setDrafts] = useState<ImportDraft[]>([]);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Awaited<typeof library> | null>(null);
  useEffect(() => void library.then(setLoaded), []);
  // A person looks at the page before choosing a file: the importer gets ready meanwhile.
  useEffect(() => whenIdle(prepareImporter), []);

  // The drafts as last drawn, for handlers that outlive a render (see draft-reader.ts).
  const latest = useRef(drafts);
  useEffect(() => {
    latest.current = drafts;
  });
  const { update, read, reread, stop } = useMemo(() => draftReader(setDrafts), []);
  const onShape = useCallback(
    (key: number, shape: ShapeName) => {
      const draft = latest.current.find((d) => d.key === key);
      if (draft) reread(draft, { shape, fixes: draft.fixes });
    },
    [reread],
  );
  const onFixes = useCallback(
    (key: number, change: (fixes: readonly Fix[]) => readonly Fix[]) => {
      const draft = latest.current.find((d) => d.key === key);
      if (draft) reread(draft, { shape: draft.shape, fixes: change(draft.fixes) });
    },
    [reread],
  );

  const add = (path: string, input: string | Uint8Array, size: number) => {
    const draft: ImportDraft = {
      key: nextKey++,
      path,
      input,
      fixes: [],
      reading: 0,
      progress: 0,
      result: null,
      name: path.replace(/\.[a-z0-9]{1,9}$/i, ''),
    };
    const early = refused(path, size);
    setDrafts((all) => [...all, early ? { ...draft, result: early, progress: null } : draft]);
    if (!early) read(draft);
  };

  const addFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      // A file too large is refused before it is read into memory.
      const bytes = refused(file.name, file.size)
        ? new Uint8Array()
        : new Uint8Array(await file.arrayBuffer());
      add(file.name, bytes, file.size);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addFiles(event.dataTransfer.files);
  };

  const save = async (draft: ImportDraft) => {
    const deck = draft.result?.deck;
    if (!deck) return;
    const { freeDeckId, saveDeck } = await library;
    const title = draft.name.trim() || deck.title;
    const id = freeDeckId(title, deck.id);
    try {
      const { ownAnswers } = await saveDeck({
        deck: { ...deck, id, title },
        source: draft.path,
        shape: draft.result?.shape ?? null,
        fixes: toImportFixes(draft.fixes, draft.shape),
      });
      update(draft.key, (d) => ({ ...d, saved: { id, title, ownAnswers }, saveError: undefined }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      update(draft.key, (d) => ({ ...d, saveError: `Not saved: ${reason}. Try again.` }));
    }
  };

  return (
    <div className="add-deck">
      <h1 ref={heading} tabIndex={-1}>
        Add a deck
      </h1>
      <p className="hint">
        Paste your notes or open files: markdown (an interview-questions README, a Notion or Google
        Docs export), plain text (Q:/A:, numbered questions, or a question line with its answer
        below), a project FAQ in reStructuredText, AsciiDoc or Org, a CSV, or an Anki text export.
        You see what they become before anything is saved.
      </p>
      <form
        className="add-deck-paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (pasted.trim() === '') return;
          add(PASTED, pasted, new TextEncoder().encode(pasted).length);
          setPasted('');
        }}
      >
        <div className="field">
          <label htmlFor="add-deck-text">Paste your notes</label>
          <textarea
            id="add-deck-text"
            rows={8}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
        </div>
        <button type="submit" className="primary" disabled={pasted.trim() === ''}>
          Preview the deck
        </button>
      </form>
      <div
        className={`add-deck-drop${dragging ? ' add-deck-drop-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open files…
        </button>
        <span className="hint">or drop them here (.md, .txt, .rst, .adoc, .org, .csv, .tsv)</span>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={DOCUMENT_TYPES}
          aria-label="Files to add"
          className="add-deck-file"
          onChange={(event) => {
            void addFiles(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {drafts.map((draft) =>
        draft.saved ? (
          <Saved key={draft.key} draft={draft} />
        ) : (
          <ImportPreview
            key={draft.key}
            draft={draft}
            onRename={(name) => update(draft.key, (d) => ({ ...d, name }))}
            onShape={onShape}
            onFixes={onFixes}
            onCancel={() => {
              stop(draft.key);
              setDrafts((all) => all.filter((d) => d.key !== draft.key));
            }}
            onSave={() => void save(draft)}
            saveError={draft.saveError}
          />
        ),
      )}
      {loaded && <YourDecks library={loaded} />}
      {loaded && <DeletedCards library={loaded} />}
      <BuiltInDecks />
    </div>
  );
}

function Saved({ draft }: { draft: ImportDraft }) {
  const { id, title, ownAnswers } = draft.saved ?? { id: '', title: '', ownAnswers: 0 };
  const { cards } = draft.result ? countCards(draft.result) : { cards: 0 };
  return (
    <section className="add-deck-preview" aria-label={`${title} saved`}>
      <p role="status">
        Saved “{title}”: {plural(cards, 'card')}, on Home with your other decks.
        {ownAnswers > 0 && ` ${plural(ownAnswers, 'answer')} of your own kept with their cards.`}
      </p>
      <div className="actions">
        <a className="button-link primary" href={studyHref(id)}>
          Study it now
        </a>
        <a className="button-link" href={deckHref(id)}>
          Open its page
        </a>
      </div>
    </section>
  );
}
