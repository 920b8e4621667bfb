import { useState } from 'react';
import { useProgress } from '../../store/progress/index.ts';
import { useUiPrefs } from '../../store/prefs/index.ts';
import Welcome from './welcome.tsx';

const firstVisit = () =>
  !useUiPrefs.getState().welcomeDismissed && useProgress.getState().settings.interviewAt === null;

/**
 * The first-run welcome's place on Home. Decided once per visit: setting the date from the
 * welcome keeps it on screen (with the countdown now below) until the next visit. Part of the
 * first screen's code (1.4 KB gzipped): loaded on demand, a first visit's Home waited a round
 * trip for it, or drew without it and then pushed the decks down when it came.
 */
export function WelcomeSlot() {
  const [show] = useState(firstVisit);
  const [closed, setClosed] = useState(false);
  if (!show || closed) return null;
  return <Welcome onClose={() => setClosed(true)} />;
}
