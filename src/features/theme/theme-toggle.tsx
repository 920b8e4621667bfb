import { useEffect } from 'react';
import { useUiPrefs, type Theme } from '../../store/prefs/index.ts';
import './theme-toggle.css';

const NEXT: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };
const LABEL: Record<Theme, string> = {
  system: 'Theme: system',
  dark: 'Theme: dark',
  light: 'Theme: light',
};

/** Applies the chosen theme to the page; `system` follows the operating system. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Cycles system → dark → light; the choice is remembered. */
export function ThemeToggle() {
  const theme = useUiPrefs((s) => s.theme);
  const setTheme = useUiPrefs((s) => s.setTheme);
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => setTheme(NEXT[theme])}
      title={`${LABEL[theme]}. Switch to ${NEXT[theme]}.`}
    >
      {/* Said to screen readers; the title says it to the eye. */}
      <span className="visually-hidden">Theme: </span>
      {theme.charAt(0).toUpperCase() + theme.slice(1)}
    </button>
  );
}
