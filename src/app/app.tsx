import { lazy, Suspense, useEffect } from 'react';
import { Dashboard } from '../features/dashboard/dashboard.tsx';
import { SaveBanner } from '../features/save-status/save-banner.tsx';
import { ThemeToggle } from '../features/theme/theme-toggle.tsx';
import { WelcomeSlot } from '../features/welcome/welcome-slot.tsx';
import { decks, findCard, findDeck } from '../lib/decks.ts';
import type { Route } from '../lib/route.ts';
import { useGlobalKeys } from './use-global-keys.ts';
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
const BrowsePage = lazy(() =>
  import('../features/browse/browse-page.tsx').then((m) => ({ default: m.BrowsePage })),
);
const CardPage = lazy(() =>
  import('../features/card/card-page.tsx').then((m) => ({ default: m.CardPage })),
);
const WeakPage = lazy(() =>
  import('../features/weak/weak-page.tsx').then((m) => ({ default: m.WeakPage })),
);
const QuizPage = lazy(() =>
  import('../features/quiz/quiz-page.tsx').then((m) => ({ default: m.QuizPage })),
);
const MockPage = lazy(() =>
  import('../features/mock/mock-page.tsx').then((m) => ({ default: m.MockPage })),
);
const StatsPage = lazy(() =>
  import('../features/stats/stats-page.tsx').then((m) => ({ default: m.StatsPage })),
);

const NAV: readonly [Route['name'], string, string][] = [
  ['home', '#/', 'Home'],
  ['browse', '#/browse', 'Cards'],
  ['weak', '#/weak', 'Weak spots'],
  ['quiz', '#/quiz', 'Quiz'],
  ['mock', '#/mock', 'Mock'],
  ['stats', '#/stats', 'Stats'],
  ['settings', '#/settings', 'Settings'],
];

export function App() {
  const route = useRoute();
  useGlobalKeys();

  // A new screen starts at the top, like a page load would.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.name]);

  return (
    <>
      {/* Hash routing: following `#main` would change the route, so focus it instead. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          PrepDeck
        </a>
        <nav aria-label="Main" className="main-nav">
          {NAV.map(([name, href, label]) => (
            <a key={name} href={href} aria-current={route.name === name ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <ThemeToggle />
      </header>
      <SaveBanner />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Screen route={route} />
        </Suspense>
      </main>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return (
        <>
          <WelcomeSlot />
          {decks.map((deck) => (
            <Dashboard key={deck.id} deck={deck} />
          ))}
        </>
      );
    case 'section': {
      const deck = findDeck(route.deckId);
      const section = deck?.sections.find((s) => s.id === route.sectionId);
      return deck && section ? (
        <SectionReader deck={deck} section={section} index={route.index} />
      ) : (
        <NotFound />
      );
    }
    case 'study': {
      const deck = findDeck(route.deckId);
      // Keyed by what is studied: a new set is a new sitting.
      const key = `${route.deckId}:${JSON.stringify(route.set)}:${route.cram}`;
      return deck ? (
        <StudyPage key={key} deck={deck} set={route.set} cram={route.cram} />
      ) : (
        <NotFound />
      );
    }
    case 'browse':
      return <BrowsePage params={route.params} />;
    case 'card': {
      const entry = findCard(`${route.deckId}/${route.cardId}`);
      return entry ? <CardPage key={entry.key} entry={entry} /> : <NotFound />;
    }
    case 'weak':
      return <WeakPage />;
    case 'quiz':
      return <QuizPage />;
    case 'mock':
      return <MockPage />;
    case 'stats':
      return <StatsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Nothing here</h1>
      <p>
        This link points to a deck, section or card that does not exist (any more).{' '}
        <a href="#/">Back to your decks</a>
      </p>
    </section>
  );
}
