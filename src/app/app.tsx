import { lazy, Suspense, useEffect } from 'react';
import { DeckOverview } from '../features/overview/deck-overview.tsx';
import { SaveBanner } from '../features/save-status/save-banner.tsx';
import { decks, findDeck } from '../lib/decks.ts';
import { useRoute } from './use-route.ts';

// Screens past the first are separate chunks, so the first screen stays small.
const SectionReader = lazy(() =>
  import('../features/reader/section-reader.tsx').then((m) => ({ default: m.SectionReader })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
);
const StudyPage = lazy(() =>
  import('../features/study/study-page.tsx').then((m) => ({ default: m.StudyPage })),
);

export function App() {
  const route = useRoute();

  // A new screen starts at the top, like a page load would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.name]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          PrepDeck
        </a>
        <nav aria-label="Main">
          <a href="#/settings" aria-current={route.name === 'settings' ? 'page' : undefined}>
            Settings
          </a>
        </nav>
      </header>
      <SaveBanner />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.name === 'home' && decks.map((deck) => <DeckOverview key={deck.id} deck={deck} />)}
          {route.name === 'section' && <SectionRoute {...route} />}
          {route.name === 'study' && <StudyRoute deckId={route.deckId} />}
          {route.name === 'settings' && <SettingsPage />}
          {route.name === 'not-found' && <NotFound />}
        </Suspense>
      </main>
    </>
  );
}

function SectionRoute(props: { deckId: string; sectionId: string; index: number }) {
  const deck = findDeck(props.deckId);
  const section = deck?.sections.find((s) => s.id === props.sectionId);
  if (!deck || !section) return <NotFound />;
  return <SectionReader deck={deck} section={section} index={props.index} />;
}

function StudyRoute({ deckId }: { deckId: string }) {
  const deck = findDeck(deckId);
  // Keyed by deck: a new deck is a new sitting.
  return deck ? <StudyPage key={deck.id} deck={deck} /> : <NotFound />;
}

function NotFound() {
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Nothing here</h1>
      <p>
        This link points to a deck or section that does not exist (any more).{' '}
        <a href="#/">Back to your decks</a>
      </p>
    </section>
  );
}
