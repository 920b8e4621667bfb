import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

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
      storage: createJSONStorage(() => localStorage),
      partialize: ({ theme }) => ({ theme }),
      // Anything unexpected falls back to following the system.
      merge: (saved, current) => {
        const theme = (saved as Partial<UiPrefs> | undefined)?.theme;
        return { ...current, theme: theme === 'light' || theme === 'dark' ? theme : 'system' };
      },
    },
  ),
);
