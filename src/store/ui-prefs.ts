import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserStorage, guardedGet, guardedRemove, guardedSet } from './guarded-storage.ts';

export type Theme = 'system' | 'light' | 'dark';

interface UiPrefs {
  readonly theme: Theme;
  /** The first-run welcome on Home has been dismissed (or its date set). */
  readonly welcomeDismissed: boolean;
  setTheme(theme: Theme): void;
  dismissWelcome(): void;
}

/** Display preferences, kept apart from progress: losing them costs nothing. */
export const useUiPrefs = create<UiPrefs>()(
  persist(
    (set) => ({
      theme: 'system',
      welcomeDismissed: false,
      setTheme: (theme) => set({ theme }),
      dismissWelcome: () => set({ welcomeDismissed: true }),
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
      partialize: ({ theme, welcomeDismissed }) => ({ theme, welcomeDismissed }),
      // Anything unexpected falls back to following the system, and to showing the welcome.
      merge: (saved, current) => {
        const { theme, welcomeDismissed } = (saved as Partial<UiPrefs> | undefined) ?? {};
        return {
          ...current,
          theme: theme === 'light' || theme === 'dark' ? theme : 'system',
          welcomeDismissed: welcomeDismissed === true,
        };
      },
    },
  ),
);
