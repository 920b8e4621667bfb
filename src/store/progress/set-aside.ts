import { guardedGet, guardedRemove, guardedSet } from '../kernel/guarded-storage.ts';
import { reportSetAside } from '../kernel/save-status.ts';
import { withoutUnusableCards } from './card-check.ts';
import type { Progress } from './progress.ts';

/**
 * Keeping saved progress this version cannot use: copied, untouched, to a fresh key beside it
 * (`<name>:unreadable:<time>`) and the user told, so nothing is lost or written over.
 */
export function createSetAside(backend: Storage | null, now: () => number) {
  /** Copies saved data to a fresh key; the key, or null without room. */
  const copyAside = (name: string, raw: string): string | null => {
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    let key = `${name}:unreadable:${stamp}`;
    for (let n = 2; guardedGet(backend, key) !== null; n++) {
      key = `${name}:unreadable:${stamp}-${n}`;
    }
    return guardedSet(backend, key, raw) === null ? key : null;
  };

  return {
    /** Copies unreadable data aside, then frees the main key; false if it could not. */
    unreadable(name: string, raw: string, reason: string): boolean {
      const key = copyAside(name, raw);
      if (key === null) return false;
      guardedRemove(backend, name);
      reportSetAside({ key, reason });
      return true;
    },

    /**
     * Card states FSRS cannot grade (they would throw on the first grade) are left out of
     * what is loaded; the saved data is first copied aside whole.
     */
    usable(name: string, raw: string, progress: Progress): Progress {
      const checked = withoutUnusableCards(progress);
      const count = checked.problems.length;
      if (count === 0) return progress;
      const key = copyAside(name, raw);
      if (key === null) return progress;
      const shown = checked.problems.slice(0, 3).join('; ') + (count > 3 ? '; …' : '');
      reportSetAside({
        key,
        partial: true,
        reason: `${count} card ${count === 1 ? 'state' : 'states'} FSRS cannot use (${shown})`,
      });
      return checked.progress;
    },
  };
}
