import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useProgress } from '../../store/progress/index.ts';
import { useUiPrefs } from '../../store/prefs/index.ts';

type WelcomeComponent = ComponentType<{ onClose: () => void }>;

const firstVisit = () =>
  !useUiPrefs.getState().welcomeDismissed && useProgress.getState().settings.interviewAt === null;

// Only a first visit needs it: loaded on demand, so returning users never download it. It
// starts loading as the app starts, and Home waits for it (`welcomeReady`): appearing after
// Home was drawn, it pushed the deck down (a layout shift of 0.3–0.75 on a first visit).
let loaded: WelcomeComponent | null = null;
const loading = firstVisit()
  ? import('./welcome.tsx').then(
      (m) => void (loaded = m.default),
      () => undefined, // drawn lazily below, with its own chance to load
    )
  : null;

/** Resolves once what the first screen shows of the welcome is loaded (at once if nothing). */
export const welcomeReady = (): Promise<void> => loading ?? Promise.resolve();

const LazyWelcome = lazy(() => import('./welcome.tsx'));

/**
 * The first-run welcome's place on Home. Decided once per visit: setting the date from the
 * welcome keeps it on screen (with the countdown now below) until the next visit.
 */
export function WelcomeSlot() {
  const [show] = useState(firstVisit);
  const [closed, setClosed] = useState(false);
  if (!show || closed) return null;
  const Welcome = loaded;
  if (Welcome) return <Welcome onClose={() => setClosed(true)} />;
  return (
    <Suspense fallback={null}>
      <LazyWelcome onClose={() => setClosed(true)} />
    </Suspense>
  );
}
