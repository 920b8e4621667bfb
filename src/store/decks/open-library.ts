/** The user's decks: saving, deleting, restoring, bringing them from a backup. */
export type Library = typeof import('./library.ts');

/**
 * Loads the library (IndexedDB, and the code that keeps it) on demand: it is not part of the
 * first screen. The first load reads the saved decks; later calls share it.
 */
export const openLibrary = (): Promise<Library> => import('./library.ts');

/** The user's card edits as saved in IndexedDB, read afresh (for a backup). */
export const savedEdits = () => import('./edits-db.ts').then((db) => db.readEdits());

/** The user's decks as saved in IndexedDB, read afresh (for a backup). */
export const savedDecks = () => import('./library-db.ts').then((db) => db.readLibrary());
