import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { guardedStateStorage } from '../kernel/guarded-storage.ts';

export type Theme = 'system' | 'light' | 'dark';

interface UiPrefs {
  readonly theme: Theme;
  /** The first-run welcome on Home has been dismissed (or its date set). */
  readonly welcomeDismissed: boolean;
  /** Type an answer before the reveal and check it against the key points (issue 14). */
  readonly answerFirst: boolean;
  setTheme(theme: Theme): void;
  dismissWelcome(): void;
  setAnswerFirst(on: boolean): void;
}

/** Display preferences, kept apart from progress: losing them costs nothing. */
export const useUiPrefs = create<UiPrefs>()(
  persist(
    (set) => ({
      theme: 'system',
      welcomeDismissed: false,
      answerFirst: false,
      setTheme: (theme) => set({ theme }),
      dismissWelcome: () => set({ welcomeDismissed: true }),
      setAnswerFirst: (answerFirst) => set({ answerFirst }),
    }),
    {
      name: 'prepdeck:ui',
      version: 1,
      // Through the guarded path: a full or blocked storage keeps the theme for this visit only.
      storage: createJSONStorage(guardedStateStorage),
      partialize: ({ theme, welcomeDismissed, answerFirst }) => ({
        theme,
        welcomeDismissed,
        answerFirst,
      }),
      // Anything unexpected falls back to following the system, and to showing the welcome.
      merge: (saved, current) => {
        const { theme, welcomeDismissed, answerFirst } =
          (saved as Partial<UiPrefs> | undefined) ?? {};
        return {
          ...current,
          theme: theme === 'light' || theme === 'dark' ? theme : 'system',
          welcomeDismissed: welcomeDismissed === true,
          answerFirst: answerFirst === true,
        };
      },
    },
  ),
);
