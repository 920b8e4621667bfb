import { allDecksOutline, findCard, findDeck } from '../store/decks/index.ts';
import { parseAllDecksSet, parseStudySet } from '../lib/route.ts';
import { defineRoute, type RouteEntry } from './define-route.ts';
import { retryableLazy } from './retryable-lazy.tsx';

// The countdown needs FSRS and the planner: loaded only when an interview date is set.
const CountdownPanel = retryableLazy(() => import('../features/countdown/countdown-panel.tsx'));
const InterviewSummary = retryableLazy(() => import('../features/countdown/interview-summary.tsx'));

const named = (title: string) => `${title} · PrepDeck`;
const noParams = () => ({});

/**
 * Every screen, in header order: its URL, how the URL becomes props, its lazily loaded module,
 * its title and its nav label. Adding a screen is adding an entry here.
 */
export const ROUTES = [
  defineRoute({
    name: 'home',
    path: '/',
    parse: noParams,
    // The first-run welcome belongs to Home, but is a feature of its own.
    load: () =>
      Promise.all([
        import('../features/home/home.tsx'),
        import('../features/welcome/welcome-slot.tsx'),
      ]).then(([home, welcome]) => ({ ...home, ...welcome })),
    render: ({ Home, WelcomeSlot }) => (
      <Home welcome={<WelcomeSlot />} interview={<InterviewSummary />} />
    ),
    title: () => 'PrepDeck',
    nav: 'Home',
  }),
  defineRoute({
    name: 'browse',
    path: '/browse',
    parse: ({ query }) => ({ params: query }),
    load: () => import('../features/browse/browse-page.tsx'),
    render: ({ BrowsePage }, route) => <BrowsePage params={route.params} />,
    title: () => named('Cards'),
    nav: 'Cards',
  }),
  defineRoute({
    name: 'weak',
    path: '/weak',
    parse: ({ query }) => ({ deck: query.get('deck') ?? '' }),
    load: () => import('../features/weak/weak-page.tsx'),
    render: ({ WeakPage }, route) => <WeakPage deck={route.deck} />,
    title: () => named('Weak spots'),
    nav: 'Weak spots',
    navShort: 'Weak',
  }),
  defineRoute({
    name: 'quiz',
    path: '/quiz',
    parse: ({ query }) => ({ deck: query.get('deck') ?? '', tag: query.get('tag') ?? '' }),
    load: () => import('../features/quiz/quiz-page.tsx'),
    // Another deck or tag in the URL is another quiz to set up.
    render: ({ QuizPage }, route) => (
      <QuizPage key={`${route.deck} ${route.tag}`} deck={route.deck} tag={route.tag} />
    ),
    title: () => named('Quiz'),
    nav: 'Quiz',
  }),
  defineRoute({
    name: 'mock',
    path: '/mock',
    parse: ({ query }) => ({ deck: query.get('deck') ?? '', tag: query.get('tag') ?? '' }),
    load: () => import('../features/mock/mock-page.tsx'),
    // An interview in progress carries on whatever the URL; `deck`, `tag` only set up a new one.
    render: ({ MockPage }, route) => (
      <MockPage key={`${route.deck} ${route.tag}`} deck={route.deck} tag={route.tag} />
    ),
    title: () => named('Mock interview'),
    nav: 'Mock',
  }),
  defineRoute({
    name: 'stats',
    path: '/stats',
    parse: ({ query }) => ({ deck: query.get('deck') ?? '' }),
    load: () => import('../features/stats/stats-page.tsx'),
    render: ({ StatsPage }, route) => <StatsPage deck={route.deck} />,
    title: () => named('Statistics'),
    nav: 'Stats',
  }),
  defineRoute({
    name: 'settings',
    path: '/settings',
    parse: noParams,
    load: () => import('../features/settings/settings-page.tsx'),
    render: ({ SettingsPage }) => <SettingsPage />,
    title: () => named('Settings'),
    nav: 'Settings',
    navIcon: true,
  }),
  defineRoute({
    name: 'merge',
    path: '/merge',
    parse: ({ query }) => ({ payload: query.get('p') ?? '' }),
    load: () => import('../features/settings/merge-link-page.tsx'),
    render: ({ MergeLinkPage }, route) => (
      <MergeLinkPage key={route.payload} payload={route.payload} />
    ),
    title: () => named('Merge progress'),
  }),
  defineRoute({
    name: 'add-deck',
    path: '/add-deck',
    parse: noParams,
    load: () => import('../features/add-deck/add-deck-page.tsx'),
    render: ({ AddDeckPage }) => <AddDeckPage />,
    title: () => named('Add a deck'),
    nav: 'Add a deck',
    navIcon: true,
  }),
  defineRoute({
    name: 'deck',
    path: '/decks/:deckId',
    parse: ({ params }) => ({ deckId: params.deckId ?? '' }),
    load: () => import('../features/deck-page/deck-page.tsx'),
    render: ({ DeckPage }, route) => {
      const deck = findDeck(route.deckId);
      return deck ? (
        <DeckPage key={deck.id} deck={deck} countdown={<CountdownPanel deck={deck} />} />
      ) : null;
    },
    title: (route) => named(findDeck(route.deckId)?.title ?? 'Deck'),
  }),
  defineRoute({
    name: 'study-all',
    path: '/study',
    parse: ({ query }) => ({
      set: parseAllDecksSet(query.get('set'), query.get('tag')),
      cram: query.get('cram') === '1',
    }),
    load: () => import('../features/study/study-page.tsx'),
    render: ({ StudyPage }, route) => (
      <StudyPage
        key={`${JSON.stringify(route.set)}:${route.cram}`}
        deck={allDecksOutline()}
        set={route.set}
        cram={route.cram}
      />
    ),
    title: () => named('Study'),
  }),
  defineRoute({
    name: 'card',
    path: '/cards/:deckId/:cardId',
    parse: ({ params, query }) => ({
      deckId: params.deckId ?? '',
      cardId: params.cardId ?? '',
      edit: query.get('edit') === '1',
    }),
    load: () => import('../features/card/card-page.tsx'),
    // A card no deck shows may be one the user deleted: said so, with "Bring it back".
    render: ({ CardPage, DeletedCard }, route) => {
      const key = `${route.deckId}/${route.cardId}`;
      const entry = findCard(key);
      return entry ? (
        <CardPage key={key} entry={entry} startEditing={route.edit} />
      ) : (
        <DeletedCard key={key} deckId={route.deckId} cardId={route.cardId} />
      );
    },
    title: (route) =>
      named(findCard(`${route.deckId}/${route.cardId}`)?.card.questionText ?? 'Card'),
  }),
  defineRoute({
    name: 'study',
    path: '/decks/:deckId/study',
    parse: ({ params, query }) => ({
      deckId: params.deckId ?? '',
      set: parseStudySet(query.get('set'), query.get('tag')),
      cram: query.get('cram') === '1',
    }),
    load: () => import('../features/study/study-page.tsx'),
    render: ({ StudyPage }, route) => {
      const deck = findDeck(route.deckId);
      // Keyed by what is studied: a new set is a new sitting.
      const key = `${route.deckId}:${JSON.stringify(route.set)}:${route.cram}`;
      return deck ? <StudyPage key={key} deck={deck} set={route.set} cram={route.cram} /> : null;
    },
    title: () => named('Study'),
  }),
  defineRoute({
    name: 'section',
    path: '/decks/:deckId/sections/:sectionId/:position?',
    parse: ({ params }) => {
      const position = params.position ?? '1';
      if (!/^\d+$/.test(position)) return null;
      const index = Math.max(0, Number(position) - 1);
      return { deckId: params.deckId ?? '', sectionId: params.sectionId ?? '', index };
    },
    load: () => import('../features/reader/section-reader.tsx'),
    render: ({ SectionReader }, route) => {
      const deck = findDeck(route.deckId);
      const section = deck?.sections.find((s) => s.id === route.sectionId);
      return deck && section ? (
        <SectionReader deck={deck} section={section} index={route.index} />
      ) : null;
    },
    title: (route) =>
      named(
        findDeck(route.deckId)?.sections.find((s) => s.id === route.sectionId)?.title ?? 'Section',
      ),
  }),
];

type RouteOf<E> = E extends RouteEntry<infer N, infer R> ? { readonly name: N } & R : never;

export type ScreenRoute = RouteOf<(typeof ROUTES)[number]>;
export type Route = ScreenRoute | { readonly name: 'not-found'; readonly hash: string };

/** The route a location hash names; unknown or malformed paths are `not-found`. */
export function parseRoute(hash: string): Route {
  const [rawPath = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  let parts: string[];
  try {
    parts = (rawPath || '/').split('/').slice(1).map(decodeURIComponent);
  } catch {
    return { name: 'not-found', hash };
  }
  for (const entry of ROUTES as readonly RouteEntry[]) {
    const props = entry.match(parts, params);
    if (props) return { name: entry.name, ...props } as ScreenRoute;
  }
  return { name: 'not-found', hash };
}

export const routeEntry = (name: ScreenRoute['name']): RouteEntry =>
  (ROUTES as readonly RouteEntry[]).find((r) => r.name === name) as RouteEntry;
