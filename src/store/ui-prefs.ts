import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserStorage, guardedGet, guardedRemove, guardedSet } from './guarded-storage.ts';

export type Theme = 'system' | 'light' | 'dark';

interface UiPrefs {
  readonly theme: Theme;
  setTheme(theme: Theme): void;
}

/** Display preferences, kept apart from progress: losing them costs nothing. */
export const useUiPrefs = create<UiPrefs>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: 'prepdeck:ui',
      version: 1,
      // Through the guarded path: a full or blocked storage keeps the theme for this visit only.
      storage: createJSONStorage(() => {
        const backend = browserStorage();
        return {
          getItem: (key) => guardedGet(backend, key),
          setItem: (key, value) => void guardedSet(backend, key, value),
          removeItem: (key) => guardedRemove(backend, key),
        };
      }),
      partialize: ({ theme }) => ({ theme }),
      // Anything unexpected falls back to following the system.
      merge: (saved, current) => {
        const theme = (saved as Partial<UiPrefs> | undefined)?.theme;
        return { ...current, theme: theme === 'light' || theme === 'dark' ? theme : 'system' };
      },
    },
  ),
);
