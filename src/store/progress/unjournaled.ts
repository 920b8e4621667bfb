import type { JournalEntry } from './lazy-journal.ts';
import { guardedGet, guardedKeys, guardedRemove, guardedSet } from '../kernel/guarded-storage.ts';

/** Each change not yet in the journal, under a key of its own: `prefix` + tab + `:` + number. */
export const UNJOURNALED_PREFIX = 'prepdeck:unjournaled:';

export interface Unjournaled {
  /** Keeps a copy of `entry` until the returned release is called (it is in the journal). */
  hold(entry: JournalEntry): () => void;
  /**
   * The copies other tabs left (closed or reloaded before their journal had them), raw; `drop`
   * removes them once they are safe elsewhere.
   */
  take(): { readonly entries: readonly unknown[]; readonly drop: () => void };
}

/**
 * Changes the journal has not confirmed yet, copied to localStorage at once. Why: a change made
 * just before a reload or a close may never reach the journal (its chunk or database still
 * opening, the write cut off), and the progress saved in localStorage is shared: each tab's
 * renderer sees the others' writes late, so two tabs saving at the same moment can each write
 * over the other's newest reviews. Each copy has a key of its own, written once and then only
 * removed, so nothing writes over it, and a tab that takes it in (`take`, at start-up) and
 * removes it cannot remove anything newer with it, even from a stale view.
 */
export function createUnjournaled(backend: Storage | null): Unjournaled {
  let next = 0;
  let own: string | null = null;
  return {
    hold(entry) {
      own ??= `${UNJOURNALED_PREFIX}${entry.tab}:`;
      const key = `${own}${next++}`;
      // Full storage: no copy, as before this existed; the journal and the save still run.
      const copied = guardedSet(backend, key, JSON.stringify(entry)) === null;
      return () => {
        if (copied) guardedRemove(backend, key);
      };
    },
    take() {
      const found = guardedKeys(backend)
        .filter((k) => k.startsWith(UNJOURNALED_PREFIX) && (own === null || !k.startsWith(own)))
        .flatMap((k) => {
          const raw = guardedGet(backend, k);
          return raw === null ? [] : [{ key: k, raw }];
        });
      return {
        // What does not parse goes to the journal as is, which sets it aside with a reason.
        entries: found.map(({ raw }) => {
          try {
            return JSON.parse(raw) as unknown;
          } catch {
            return raw;
          }
        }),
        drop() {
          for (const { key } of found) guardedRemove(backend, key);
        },
      };
    },
  };
}
