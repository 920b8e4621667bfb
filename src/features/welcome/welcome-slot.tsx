import { lazy, Suspense, useState } from 'react';
import { useProgress } from '../../store/app-progress.ts';
import { useUiPrefs } from '../../store/ui-prefs.ts';

// Only a first visit needs it: loaded on demand, so returning users never download it.
const Welcome = lazy(() => import('./welcome.tsx'));

/**
 * The first-run welcome's place on Home. Decided once per visit: setting the date from the
 * welcome keeps it on screen (with the countdown now below) until the next visit.
 */
export function WelcomeSlot() {
  const [show] = useState(
    () =>
      !useUiPrefs.getState().welcomeDismissed &&
      useProgress.getState().settings.interviewAt === null,
  );
  const [closed, setClosed] = useState(false);
  if (!show || closed) return null;
  return (
    <Suspense fallback={null}>
      <Welcome onClose={() => setClosed(true)} />
    </Suspense>
  );
}
