/**
 * The user's own layer over a card of any deck (the built-in ones too): their text, their
 * tags, whether it is suspended or buried. The deck itself is never changed, so a new version
 * of it can be taken in under the layer. Each part carries the time it was last changed
 * (`at`, epoch ms), so two copies (two tabs, two devices, a backup) merge part by part: the
 * later change wins, and a text that loses is kept in the card's history, never dropped.
 */
export interface CardEdit {
  readonly text?: TextEdit;
  readonly tags?: TagsEdit;
  readonly suspended?: SuspendEdit;
  readonly buried?: BuryEdit;
  /** A card the user added to the deck (its text is `text`): where it goes. */
  readonly added?: PlaceEdit;
  /** A card of the deck the user moved to another section (or to a new one). */
  readonly moved?: PlaceEdit;
  /** Deleted by the user: out of the deck, kept under "Recently deleted" to bring back. */
  readonly deleted?: SuspendEdit;
  /** The user asked for the reverse card too (answer → question). */
  readonly reverse?: SuspendEdit;
  /** Texts this card had before, newest first (the user's earlier ones, another device's). */
  readonly history?: readonly TextVersion[];
}

/** Edits by card key (`deckId/cardId`, as progress is keyed). */
export type CardEdits = Readonly<Record<string, CardEdit>>;

/** A card's text, as the deck writes it: the question (inline markdown), what is shown with it, the answer. */
export interface CardText {
  /** One line of inline markdown, as a deck's `###` heading holds it. */
  readonly question: string;
  /** The question as plain text, for lists, search and screen readers. */
  readonly questionText: string;
  /** Markdown shown under the question before the answer (code to read); '' when none. */
  readonly prompt: string;
  readonly answer: string;
}

interface TextEdit {
  /** The user's text; null when they went back to the original ("undo my edit"). */
  readonly value: CardText | null;
  /** The original as it was when the user edited it: when the deck's differs, it changed since. */
  readonly base?: CardText;
  readonly at: number;
}

export interface TextVersion {
  readonly value: CardText;
  readonly at: number;
}

interface TagsEdit {
  readonly tags: readonly string[];
  readonly at: number;
}

interface SuspendEdit {
  readonly on: boolean;
  readonly at: number;
}

interface PlaceEdit {
  /** The section's id in the deck; a section the deck lacks is made, named `sectionTitle`. */
  readonly section: string;
  readonly sectionTitle: string;
  readonly at: number;
}

interface BuryEdit {
  /** Out of every queue until this time (the start of the next study day); 0 once unburied. */
  readonly until: number;
  readonly at: number;
}

/** How many earlier texts a card keeps. */
export const MAX_HISTORY = 20;

// How the editor writes text: one-line question, no trailing white space, `\n` line ends.
/** A question as the editor saves it: one line, its spaces collapsed. */
export const asLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A markdown block as the editor saves it: `\n` line endings, no trailing blank lines. */
export const asBlock = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');

/**
 * Whether two texts are the same card text, as the editor writes them: a deck's answer ending
 * in blank lines is the same as the one the editor saves. (`questionText` follows `question`.)
 */
export const sameText = (a: CardText, b: CardText): boolean =>
  asLine(a.question) === asLine(b.question) &&
  asBlock(a.prompt) === asBlock(b.prompt) &&
  asBlock(a.answer) === asBlock(b.answer);

/** True when the user's text stands over a deck's text that has changed since they edited it. */
export function originalChanged(edit: CardEdit | undefined, original: CardText): boolean {
  const text = edit?.text;
  return !!text?.value && !!text.base && !sameText(text.base, original);
}

/** A text before it is replaced, put at the head of the history (capped, no repeats in a row). */
function remember(
  history: readonly TextVersion[] | undefined,
  version: TextVersion | null,
): readonly TextVersion[] | undefined {
  if (!version) return history;
  const earlier = history ?? [];
  if (earlier.some((v) => v.at === version.at && sameText(v.value, version.value))) return history;
  return [version, ...earlier].sort((a, b) => b.at - a.at).slice(0, MAX_HISTORY);
}

const versionOf = (text: TextEdit | undefined): TextVersion | null =>
  text?.value ? { value: text.value, at: text.at } : null;

/**
 * The edit with the user's new text for a card whose deck text is `original`. Text equal to the
 * original is no edit (the card goes back to following its deck); the text it replaces is kept
 * in the history.
 */
export function withText(
  edit: CardEdit | undefined,
  value: CardText,
  /** The deck's text; null for a card the user added, which has only theirs. */
  original: CardText | null,
  at: number,
): CardEdit {
  const history = remember(edit?.history, versionOf(edit?.text));
  const text: TextEdit =
    original === null
      ? { value, at }
      : sameText(value, original)
        ? { value: null, at }
        : { value, base: original, at };
  return compact({ ...edit, text, history });
}

/** The edit with the card back on its deck's text ("undo my edit"); the user's text kept in history. */
export const withoutText = (edit: CardEdit | undefined, at: number): CardEdit =>
  compact({
    ...edit,
    text: { value: null, at },
    history: remember(edit?.history, versionOf(edit?.text)),
  });

export const withTags = (
  edit: CardEdit | undefined,
  tags: readonly string[],
  at: number,
): CardEdit => compact({ ...edit, tags: { tags: [...tags], at } });

export const withSuspended = (edit: CardEdit | undefined, on: boolean, at: number): CardEdit =>
  compact({ ...edit, suspended: { on, at } });

export const withBuried = (edit: CardEdit | undefined, until: number, at: number): CardEdit =>
  compact({ ...edit, buried: { until, at } });

export const withDeleted = (edit: CardEdit | undefined, on: boolean, at: number): CardEdit =>
  compact({ ...edit, deleted: { on, at } });

export const withReverse = (edit: CardEdit | undefined, on: boolean, at: number): CardEdit =>
  compact({ ...edit, reverse: { on, at } });

/** The card in another section of its deck (a new one is named `sectionTitle`). */
export function withPlace(
  edit: CardEdit | undefined,
  section: string,
  sectionTitle: string,
  at: number,
): CardEdit {
  const place = { section, sectionTitle, at };
  // A card the user added is simply added elsewhere; a deck's card is moved.
  return compact(edit?.added ? { ...edit, added: place } : { ...edit, moved: place });
}

/** A new card of the user's, in `section` (made if the deck lacks it, named `sectionTitle`). */
export const addedCard = (
  value: CardText,
  section: string,
  sectionTitle: string,
  at: number,
): CardEdit => ({ added: { section, sectionTitle, at }, text: { value, at } });

/** Without empty history (records stay small and compare equal after a round trip). */
function compact(edit: CardEdit): CardEdit {
  const { history, ...rest } = edit;
  return history && history.length > 0 ? { ...rest, history } : rest;
}

type Part = keyof Omit<CardEdit, 'history'>;
const PARTS: readonly Part[] = [
  'text',
  'tags',
  'suspended',
  'buried',
  'added',
  'moved',
  'deleted',
  'reverse',
];

/** Which of two versions of a part wins: the later; at the same time, one order both sides agree on. */
function later<T extends { readonly at: number }>(
  a: T | undefined,
  b: T | undefined,
  aOnTie: boolean,
): T | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return aOnTie || JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * Two copies of one card's edit as one: each part the later change, the history the union,
 * and the text that lost kept in it. Merging is the same whichever side is `ours`, unless
 * `oursOnTie`: a change being saved over what is on disk wins one made in the same ms.
 */
export function mergeEdit(ours: CardEdit, theirs: CardEdit, oursOnTie = false): CardEdit {
  const merged: Record<string, unknown> = {};
  for (const part of PARTS) {
    const kept = later<{ at: number }>(ours[part], theirs[part], oursOnTie);
    if (kept) merged[part] = kept;
  }
  let history: readonly TextVersion[] | undefined = undefined;
  for (const version of [...(ours.history ?? []), ...(theirs.history ?? [])]) {
    history = remember(history, version);
  }
  const text = merged['text'] as TextEdit | undefined;
  for (const side of [ours.text, theirs.text]) {
    if (side !== text) history = remember(history, versionOf(side));
  }
  return compact({ ...(merged as CardEdit), history });
}

/** Every card's edit from both copies; a card edited in both merges part by part. */
export function mergeEdits(ours: CardEdits, theirs: CardEdits): CardEdits {
  const merged: Record<string, CardEdit> = { ...ours };
  for (const [key, edit] of Object.entries(theirs)) {
    const here = Object.hasOwn(merged, key) ? merged[key] : undefined;
    merged[key] = here ? mergeEdit(here, edit) : edit;
  }
  return merged;
}

/** The keys whose edit differs between two sets (what a merge changed, to write back). */
export function changedEdits(next: CardEdits, before: CardEdits): CardEdits {
  return Object.fromEntries(
    Object.entries(next).filter(
      ([key, edit]) =>
        !Object.hasOwn(before, key) || JSON.stringify(before[key]) !== JSON.stringify(edit),
    ),
  );
}

/** True when the edit changes nothing the user sees (every part back to the deck's own). */
export const isPlain = (edit: CardEdit | undefined): boolean =>
  !edit ||
  (!edit.text?.value &&
    !edit.tags &&
    !edit.suspended?.on &&
    !((edit.buried?.until ?? 0) > 0) &&
    !edit.added &&
    !edit.moved &&
    !edit.deleted?.on &&
    !edit.reverse?.on);
