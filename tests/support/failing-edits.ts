import type * as EditsDb from '../../src/store/decks/edits-db.ts';

/** What a test sets to make the next write of card edits fail, as a full disk would. */
export interface Disk {
  failNext: Error | null;
}

/**
 * The edits database with a write that fails when `disk.failNext` is set, for
 * `vi.mock('…/edits-db.ts', (original) => failingEdits(original, disk))`.
 */
export async function failingEdits(
  importOriginal: () => Promise<unknown>,
  disk: Disk,
): Promise<typeof EditsDb> {
  const real = (await importOriginal()) as typeof EditsDb;
  return {
    ...real,
    putEdits: (...args) => {
      const failure = disk.failNext;
      disk.failNext = null;
      return failure ? Promise.reject(failure) : real.putEdits(...args);
    },
  };
}
