// First, so that each component's own stylesheet comes after the tokens and primitives.
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { prefetchScreens } from './app/screen-modules.ts';
import { prefetchMarkdown } from './components/markdown/lazy-markdown.tsx';
import { applyTheme } from './features/theme/theme-toggle.tsx';
import { welcomeReady } from './features/welcome/welcome-slot.tsx';
import { whenIdle } from './lib/when-idle.ts';
import { librarySaved, openLibrary } from './store/decks/index.ts';
import { useUiPrefs } from './store/prefs/index.ts';

// Before the first paint, so a chosen theme never flashes the other one.
applyTheme(useUiPrefs.getState().theme);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Home is drawn whole once: a first visit waits for the welcome's code (one small chunk), and a
// user with decks of their own for them (IndexedDB; at most a second, then they pop in).
const libraryReady = librarySaved()
  ? Promise.race([
      openLibrary().then((library) => library.loadLibrary()),
      new Promise((done) => setTimeout(done, 1000)),
    ]).catch(() => undefined)
  : null;
void Promise.all([welcomeReady(), libraryReady]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
prefetchMarkdown();
prefetchScreens();
// Offline support, after the first screen: its code is not part of the first paint.
whenIdle(() => void import('./app/service-worker.ts').then((sw) => sw.registerServiceWorker()));
