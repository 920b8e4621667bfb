/**
 * Versions of the saved progress format. Each past version gets one upgrade step to the next,
 * and a fixture in tests/fixtures/progress/ that proves it still loads.
 *
 *   1  (PrepDeck 0.2) compact progress: card states, review log with the state before each
 *      review, undone review ids, study settings.
 *   2  (PrepDeck 0.3) adds bookmarks.
 *   3  (PrepDeck 0.5) reviews older than 45 days may live in IndexedDB (`history-archive.ts`);
 *      an optional `history` pointer names the archive. A version-2 log is a version-3 log
 *      with nothing archived yet: the first save moves its old reviews out.
 */
export const CURRENT_VERSION = 3;

type Upgrade = (state: unknown) => unknown;

/** UPGRADES[n] turns version n into version n + 1. */
const UPGRADES: Readonly<Record<number, Upgrade>> = {
  1: (state) => ({ ...(state as object), bookmarks: {} }),
  2: (state) => state,
};

export class UnknownVersionError extends Error {
  constructor(readonly version: number) {
    super(`saved by an unknown version (${version}) of PrepDeck`);
    this.name = 'UnknownVersionError';
  }
}

/** Upgrades saved progress from `version` to the current format, step by step. */
export function migrateProgress(state: unknown, version: number): unknown {
  let current = state;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const upgrade = UPGRADES[v];
    if (!upgrade) throw new UnknownVersionError(version);
    current = upgrade(current);
  }
  return current;
}
