export { useMock, type MockCoverage, type MockRun, type MockScore } from './mock-store.ts';
export { mayReloadFor } from './reload-guard.ts';
export { useUiPrefs, type Theme } from './ui-prefs.ts';
