import { useEffect } from 'react';
import { DeckOverview } from '../features/overview/deck-overview.tsx';
import { SectionReader } from '../features/reader/section-reader.tsx';
import { decks, findDeck } from './decks.ts';
import { useRoute } from './use-route.ts';

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
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'home' && decks.map((deck) => <DeckOverview key={deck.id} deck={deck} />)}
        {route.name === 'section' && <SectionRoute {...route} />}
        {route.name === 'not-found' && <NotFound />}
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
