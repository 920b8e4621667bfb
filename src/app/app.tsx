import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import * as home from '../features/home/home.tsx';
import { ThemeToggle } from '../features/theme/theme-toggle.tsx';
import { STORAGE_WARNING_CHARS, useSaveStatus } from '../store/progress/index.ts';
import { useSyncStatus } from '../store/sync/index.ts';
import * as welcome from '../features/welcome/welcome-slot.tsx';
import { MainNav } from './main-nav.tsx';
import { type Route, routeEntry } from './routes.tsx';
import { NotFound } from './not-found.tsx';
import { ScreenBoundary } from './screen-boundary.tsx';
import { preloadedScreen } from './screen-modules.ts';
import { ScreenSlot } from './screen-slot.tsx';
import { useGlobalKeys } from './use-global-keys.ts';
import { useWaitingUpdate } from './update-ready.ts';
import { useRoute } from './use-route.ts';
import { useDecksVersion } from '../hooks/use-decks-version.ts';
import { hideShortcuts, useShortcutHelp } from '../hooks/use-screen-shortcuts.ts';
import './app.css';

// Home is the first screen: it ships in the entry chunk and draws without waiting.
preloadedScreen('home', { ...home, ...welcome });

// Shown only when a new version has been deployed and downloaded.
const UpdateBanner = lazy(() => import('./update-banner.tsx'));

// Shown only when saving needs the learner's attention: most visits never load it.
const SaveBanner = lazy(() =>
  import('../features/save-status/save-banner.tsx').then((m) => ({ default: m.SaveBanner })),
);

// Shown only while sync is on.
const SyncBadge = lazy(() => import('../features/settings/sync-badge.tsx'));

/**
 * A part shown only sometimes: its code loads when it is first shown, and one whose code cannot
 * load (offline before it was cached) says so, with Retry, instead of blanking the app.
 */
function LazySlot({ name, children }: { readonly name: string; readonly children: ReactNode }) {
  return (
    <ScreenBoundary resetKey={name}>
      <Suspense fallback={null}>{children}</Suspense>
    </ScreenBoundary>
  );
}

function SyncSlot() {
  const on = useSyncStatus((s) => s.state.kind !== 'off');
  // A line of its own, its height kept from the first drawing: the words arrive with their
  // code, and nothing moves then.
  return on ? (
    <div className="sync-row">
      <LazySlot name="sync-badge">
        <SyncBadge />
      </LazySlot>
    </div>
  ) : null;
}

// The shortcut sheet loads on the first `?`, then stays mounted so that it can close itself.
const ShortcutsSheet = lazy(() => import('./shortcuts-sheet.tsx'));

function ShortcutsSlot() {
  const open = useShortcutHelp().open;
  const [wanted, setWanted] = useState(false);
  if (open && !wanted) setWanted(true);
  return wanted ? (
    <LazySlot name="shortcuts">
      <ShortcutsSheet />
    </LazySlot>
  ) : null;
}

function SaveBannerSlot() {
  const needed = useSaveStatus(
    (s) =>
      s.save.kind !== 'saved' ||
      s.setAside.length > 0 ||
      s.wiped !== null ||
      s.journal !== 'on' ||
      s.decksHeld ||
      s.history.unreadable !== null ||
      s.savedChars > STORAGE_WARNING_CHARS,
  );
  return needed ? (
    <LazySlot name="save-banner">
      <SaveBanner />
    </LazySlot>
  ) : null;
}

interface AppProps {
  /** Called once the first screen has been drawn: what it does not need may start then. */
  readonly onDrawn?: () => void;
}

export function App({ onDrawn }: AppProps) {
  const { hash, route, pending } = useRoute();
  // Effects run once the screen is committed and, for this first render, painted.
  useEffect(() => onDrawn?.(), [onDrawn]);
  const update = useWaitingUpdate();
  useGlobalKeys();
  // The user's decks arrive after the first screen: the screen shown is drawn again (not
  // remounted: what the user is doing there stays), and a link to one of them resolves.
  useDecksVersion();

  // A new screen starts at the top, like a page load would.
  useEffect(() => {
    // The shortcut sheet lists the screen's keys: another screen closes it.
    hideShortcuts();
    window.scrollTo(0, 0);
  }, [route.name]);

  const title =
    route.name === 'not-found' ? 'Nothing here · PrepDeck' : routeEntry(route.name).title(route);
  useEffect(() => {
    document.title = title;
  }, [title]);

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
        <MainNav current={route.name} />
        <ThemeToggle />
        <SyncSlot />
      </header>
      {update && (
        <Suspense fallback={null}>
          <UpdateBanner activate={update} />
        </Suspense>
      )}
      <SaveBannerSlot />
      <ShortcutsSlot />
      <main id="main" tabIndex={-1} aria-busy={pending || undefined}>
        <ScreenBoundary resetKey={hash}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <Screen route={route} />
          </Suspense>
        </ScreenBoundary>
      </main>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  if (route.name === 'not-found') return <NotFound />;
  return <ScreenSlot key={route.name} entry={routeEntry(route.name)} route={route} />;
}
