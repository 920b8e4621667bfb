import { guardedGet, guardedSet } from '../kernel/guarded-storage.ts';

// The grades this tab made, by review id, in sessionStorage: it survives a reload of the tab
// and no other tab shares it, so undo after a reload goes back over this tab's own grades and
// never over those another tab made meanwhile (that tab's own Undo would then fail). Read back
// only on a reload: a duplicated tab starts with a copy of the list, and none of it is its own.
const KEY = 'prepdeck:tab-grades';
/** Far more than one sitting's grades (undo reaches back 30 minutes). */
const MAX_KEPT = 500;

function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // blocked: only the grades made since the page opened count
  }
}

let own: string[] | null = null;

/**
 * Whether this page is the same tab reloaded. A tab duplicated, or opened from this one, gets
 * a copy of its sessionStorage: its grades are not that tab's own.
 */
function reloaded(): boolean {
  try {
    const [navigation] = performance.getEntriesByType('navigation');
    return (navigation as PerformanceNavigationTiming | undefined)?.type === 'reload';
  } catch {
    return false;
  }
}

function kept(): string[] {
  if (own) return own;
  if (!reloaded()) return (own = []);
  try {
    const saved: unknown = JSON.parse(guardedGet(tabStorage(), KEY) ?? '[]');
    own = Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    own = []; // damaged: only new grades count
  }
  return own;
}

/** Notes a grade made in this tab. */
export function rememberTabGrade(reviewId: string): void {
  own = [...kept(), reviewId].slice(-MAX_KEPT);
  guardedSet(tabStorage(), KEY, JSON.stringify(own));
}

/** True when this tab made the grade (before a reload too). */
export const gradedInThisTab = (reviewId: string): boolean => kept().includes(reviewId);
