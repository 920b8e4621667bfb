const KEY = 'prepdeck:reloaded-for';

/**
 * True the first time this tab asks to reload onto `version`, and remembers that it did, so a
 * build that keeps failing after the reload shows its error instead of reloading forever.
 */
export function mayReloadFor(version: string): boolean {
  try {
    if (window.sessionStorage.getItem(KEY) === version) return false;
    window.sessionStorage.setItem(KEY, version);
    return true;
  } catch {
    // No session storage: never reload by ourselves, the user can.
    return false;
  }
}
