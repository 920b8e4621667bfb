import type { CardText } from '../../deck/edits/card-edit.ts';
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

/** Forgets the answers of these decks: the next read builds them again. */
function invalidate(decks: ReadonlySet<string>): void {
  if (decks.size === 0) return;
  for (const deck of decks) {
    cache.delete(deck);
    if (!modules[`/content/${deck}.md`]) originals.delete(deck);
  }
  all = null;
}

const deckOf = (key: string) => key.slice(0, key.indexOf('/'));

/**
 * Replaces the user's decks' answers (after loading, saving or deleting a deck). Only decks
 * whose answers changed (another map) are read again: the others' screens do not wait.
 */
export function setLibraryAnswers(next: ReadonlyMap<string, Answers>): void {
  const changed = new Set(
    [...next.keys(), ...library.keys()].filter((deck) => next.get(deck) !== library.get(deck)),
  );
  library = next;
  invalidate(changed);
}

/** The user's own texts of the cards they rewrote, as written (a cloze note with its marks). */
let written: ReadonlyMap<string, CardText> = new Map();

/** A card's text as the user wrote it, for the editor; undefined when they never rewrote it. */
export const writtenText = (key: string): CardText | undefined => written.get(key);

/** Replaces the user's rewritten answers and texts (after loading or changing card edits). */
export function setEditedAnswers(next: Answers, texts: ReadonlyMap<string, CardText>): void {
  written = texts;
  const changed = new Set<string>();
  for (const [key, answer] of next) if (edited.get(key) !== answer) changed.add(deckOf(key));
  for (const key of edited.keys()) if (!next.has(key)) changed.add(deckOf(key));
  edited = next;
  invalidate(changed);
}

/**
 * Marks a promise with its outcome the way React's `use` reads it, so a component asking for
 * answers that have already arrived (they are prefetched) renders at once instead of suspending.
 */
function tracked<T>(promise: Promise<T>): Promise<T> {
  if ((promise as { status?: string }).status === 'fulfilled') return promise;
  const marked = promise as Promise<T> & { status?: string; value?: T; reason?: unknown };
  marked.status = 'pending';
  promise.then(
    (value) => Object.assign(marked, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(marked, { status: 'rejected', reason }),
  );
  return promise;
}

/** A promise already settled, as `use` reads it: a screen shows it without suspending. */
const settled = <T>(value: T): Promise<T> =>
  Object.assign(Promise.resolve(value), { status: 'fulfilled', value });

/** Built-in decks' answers once they have arrived, to lay edits over without waiting. */
const arrived = new Map<string, Answers>();

/** A deck's own answers, without the user's edits ("show the original"). */
export function loadOriginalAnswers(deckId: string): Promise<Answers> {
  let answers = originals.get(deckId);
  if (!answers) {
    const load = modules[`/content/${deckId}.md`];
    answers = load
      ? load().then((deck) => {
          const own: Answers = new Map(
            deck.sections.flatMap((s) => s.cards.map((c) => [`${deck.id}/${c.id}`, c.answer])),
          );
          arrived.set(deckId, own);
          return own;
        })
      : settled(library.get(deckId) ?? new Map<string, string>());
    // A user's deck's answers are replaced whole when it changes; a built-in deck's never do.
    if (load) originals.set(deckId, answers);
  }
  return answers;
}

/** A deck's answers with the user's rewritten ones (and those their notes make) laid over. */
function overlaid(deckId: string, own: Answers): Answers {
  const prefix = `${deckId}/`;
  let shown: Map<string, string> | null = null;
  for (const [key, answer] of edited) {
    if (key.startsWith(prefix)) (shown ??= new Map(own)).set(key, answer);
  }
  return shown ?? own;
}

/**
 * Every answer of a deck as the user sees it, keyed by `deckId/cardId`; fetched once, then
 * shared. Once a deck's own answers are here, an edit's new answers are ready at once.
 */
export function loadAnswers(deckId: string): Promise<Answers> {
  let answers = cache.get(deckId);
  if (!answers) {
    const own =
      arrived.get(deckId) ?? (modules[`/content/${deckId}.md`] ? undefined : library.get(deckId));
    answers = own
      ? settled(overlaid(deckId, own))
      : tracked(loadOriginalAnswers(deckId).then((loaded) => overlaid(deckId, loaded)));
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
  if (all) return all;
  const parts = [
    ...Object.keys(modules).map((path) => loadAnswers(path.replace(/^\/content\/|\.md$/g, ''))),
    ...[...library.keys()].map(loadAnswers),
  ];
  const join = (maps: readonly Answers[]) => new Map(maps.flatMap((m) => [...m]));
  // Every deck's answers already here (an edit changed one): joined at once, without waiting.
  const ready = parts.map((p) => p as Promise<Answers> & { status?: string; value?: Answers });
  all = ready.every((p) => p.status === 'fulfilled')
    ? settled(join(ready.map((p) => p.value ?? new Map<string, string>())))
    : tracked(Promise.all(parts).then(join));
  return all;
}
