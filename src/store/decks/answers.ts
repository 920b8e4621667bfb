import type { Deck } from '../../deck/types.ts';

// The full decks, one lazy chunk each: answers are not part of the first screen.
const modules = import.meta.glob<Deck>('/content/*.md', { import: 'default' });

export type Answers = ReadonlyMap<string, string>;

const cache = new Map<string, Promise<Answers>>();
const originals = new Map<string, Promise<Answers>>();
/** Answers the user rewrote, by card key: set by library.ts, laid over the decks' own. */
let edited: Answers = new Map();
/** The user's decks' answers, by deck id: set by library.ts. */
let library: ReadonlyMap<string, Answers> = new Map();

/** Replaces the user's decks' answers (after loading, saving or deleting a deck). */
export function setLibraryAnswers(next: ReadonlyMap<string, Answers>): void {
  // No decks of the user's, before or after: answers already loaded stay as they are, so no
  // screen waits for them again (the common case at start-up).
  if (next.size + library.size === 0) return;
  library = next;
  cache.clear();
  all = null;
}

/** Replaces the user's rewritten answers (after loading or changing card edits). */
export function setEditedAnswers(next: Answers): void {
  if (next.size + edited.size === 0) return;
  edited = next;
  cache.clear();
  all = null;
}

/**
 * Marks a promise with its outcome the way React's `use` reads it, so a component asking for
 * answers that have already arrived (they are prefetched) renders at once instead of suspending.
 */
function tracked<T>(promise: Promise<T>): Promise<T> {
  const marked = promise as Promise<T> & { status?: string; value?: T; reason?: unknown };
  marked.status = 'pending';
  promise.then(
    (value) => Object.assign(marked, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(marked, { status: 'rejected', reason }),
  );
  return promise;
}

/** A deck's own answers, without the user's edits ("show the original"). */
export function loadOriginalAnswers(deckId: string): Promise<Answers> {
  let answers = originals.get(deckId);
  if (!answers) {
    const load = modules[`/content/${deckId}.md`];
    answers = load
      ? load().then(
          (deck) =>
            new Map(
              deck.sections.flatMap((s) => s.cards.map((c) => [`${deck.id}/${c.id}`, c.answer])),
            ),
        )
      : Promise.resolve(library.get(deckId) ?? new Map());
    // A user's deck's answers are replaced whole when it changes; a built-in deck's never do.
    if (load) originals.set(deckId, answers);
  }
  return answers;
}

/** Every answer of a deck as the user sees it, keyed by `deckId/cardId`; fetched once, then shared. */
export function loadAnswers(deckId: string): Promise<Answers> {
  let answers = cache.get(deckId);
  if (!answers) {
    const overlay = edited;
    answers = tracked(
      loadOriginalAnswers(deckId).then((own) => {
        if (overlay.size === 0) return own;
        const shown = new Map(own);
        // Rewritten answers, and those of cards made from the user's notes (cloze, reverse).
        const prefix = `${deckId}/`;
        for (const [key, answer] of overlay) if (key.startsWith(prefix)) shown.set(key, answer);
        return shown;
      }),
    );
    cache.set(deckId, answers);
  }
  return answers;
}

/** A built-in deck whole (questions, prompts, answers), for exporting it; undefined if none. */
export async function loadBuiltInDeck(deckId: string): Promise<Deck | undefined> {
  return modules[`/content/${deckId}.md`]?.();
}

let all: Promise<Answers> | null = null;

/** Every answer of every deck, for full-text search. */
export function loadAllAnswers(): Promise<Answers> {
  all ??= tracked(
    Promise.all([
      ...Object.keys(modules).map((path) => loadAnswers(path.replace(/^\/content\/|\.md$/g, ''))),
      ...[...library.keys()].map(loadAnswers),
    ]).then((maps) => new Map(maps.flatMap((m) => [...m]))),
  );
  return all;
}
