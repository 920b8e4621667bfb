// First, so that each component's own stylesheet comes after the tokens and primitives.
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { allowOnlySyncServer } from './app/connect-policy.ts';
import { parseRoute } from './app/routes.tsx';
import { prefetchScreens } from './app/screen-modules.ts';
import { prefetchMarkdown } from './components/markdown/lazy-markdown.tsx';
import { applyTheme } from './features/theme/theme-toggle.tsx';
import { inIdleTime } from './lib/when-idle.ts';
import { librarySaved, openLibrary, stopAwaitingDecks } from './store/decks/index.ts';
import { useUiPrefs } from './store/prefs/index.ts';
import { loadSyncEngine, setSyncState, syncServer } from './store/sync/index.ts';

// Before the first paint, so a chosen theme never flashes the other one.
applyTheme(useUiPrefs.getState().theme);
// Before any request: a page that syncs talks to its sync server and nowhere else.
const server = syncServer();
if (server) {
  allowOnlySyncServer(server);
  setSyncState({ kind: 'starting' });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Home is drawn at once, waiting for nothing: the user's decks (IndexedDB) join it when read,
// into rows kept for them (`awaitedDecks`), so nothing on it moves. A link straight to another
// screen (a card, a study sitting) waits for them, at most a second, as before: drawn first, an
// edited card would show the deck's own text, then change to the user's.
const libraryRead = librarySaved()
  ? openLibrary().then((library) => library.loadLibrary(), stopAwaitingDecks)
  : null;
const onHome = parseRoute(window.location.hash).name === 'home';
const draw = () =>
  createRoot(root).render(
    <StrictMode>
      <App onDrawn={afterFirstDrawing} />
    </StrictMode>,
  );
if (libraryRead && !onHome)
  void Promise.race([libraryRead, new Promise((done) => setTimeout(done, 1000))]).then(draw);
else draw();

let started = false;
/**
 * What the first screen does not need, once it is drawn and the browser is idle: the markdown
 * renderer, the other screens' code, then offline support and sync, one piece per idle moment
 * (see inIdleTime). Started earlier (at the page's load event), their eighty requests went out
 * while Home still waited for the welcome's code, and a phone on a slow network drew its first
 * screen after all of them; started all at once, their evaluation and stylesheets made long
 * tasks. Offline support comes last, once every prefetch has settled: it is what offers a new
 * version, and Chromium leaves a new service worker waiting (Reload stuck on "reloading…")
 * when it is told to take over while the old one still serves this tab's prefetches.
 */
function afterFirstDrawing(): void {
  if (started) return;
  started = true;
  prefetchMarkdown();
  prefetchScreens();
  inIdleTime(() => import('./app/background-work.ts').then((m) => m.startBackgroundWork()));
  if (server) inIdleTime(() => loadSyncEngine().then((sync) => sync.resumeSync()));
}
