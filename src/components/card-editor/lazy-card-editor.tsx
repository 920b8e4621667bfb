import { lazy, Suspense } from 'react';
import type { CardEditorProps } from './card-editor.tsx';
import type { NewCardEditorProps } from './new-card-editor.tsx';

// The editor (its checks, the markdown parser they use) is not part of any first screen.
const loadEditor = () => import('./card-editor.tsx');
const CardEditor = lazy(loadEditor);
const NewCardEditor = lazy(() => import('./new-card-editor.tsx'));

/** Starts loading the editor while its button shows, so opening it does not wait. */
export function prefetchCardEditor(): void {
  // A failed prefetch is forgotten: opening the editor tries again.
  loadEditor().catch(() => undefined);
}

/** The card editor, loaded on demand; until it arrives, a line saying it is coming. */
export function LazyCardEditor(props: CardEditorProps) {
  return (
    <Suspense fallback={<p className="loading">Opening the editor…</p>}>
      <CardEditor {...props} />
    </Suspense>
  );
}

/** The editor for a new card, loaded on demand. */
export function LazyNewCardEditor(props: NewCardEditorProps) {
  return (
    <Suspense fallback={<p className="loading">Opening the editor…</p>}>
      <NewCardEditor {...props} />
    </Suspense>
  );
}
