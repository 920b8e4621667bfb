import { useProgress } from '../../src/store/progress/index.ts';
import { EMPTY_PROGRESS } from '../../src/store/progress/progress.ts';

/** Each test starts from a browser with nothing saved: no localStorage, no progress. */
export function resetStores(): void {
  localStorage.clear();
  useProgress.setState({ ...EMPTY_PROGRESS, settings: { ...EMPTY_PROGRESS.settings } });
}
