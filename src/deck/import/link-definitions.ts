import { fenceAfter } from '../fence.ts';
import type { Draft, DraftCard } from './types.ts';

/** `[label]: https://… "title"`: a link's target written once, anywhere in the document. */
const DEFINITION =
  /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
/**
 * Where an answer uses one: `[text][label]`, `[label][]`, or `[label]` alone. A label is on one
 * line, without brackets, at most 999 characters (as CommonMark says): each `[` looks that far
 * at most, so text full of `[` stays linear.
 */
const REFERENCE = /\]\[((?:[^\]\\\n]|\\.){0,999})\]|\[((?:[^[\]\\\n]|\\.){1,999})\](?![[(:])/g;

/** Labels match whatever their case and spacing, as CommonMark says. */
const normalise = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The document's link definitions (outside code), by normalised label: the first one wins. */
function definitionsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const step = fenceAfter(fence, line);
    fence = step.open;
    if (step.marks || fence !== null) continue;
    const label = DEFINITION.exec(line)?.[1];
    if (label !== undefined && !found.has(normalise(label)))
      found.set(normalise(label), line.trim());
  }
  return found;
}

/**
 * A card's markdown with the definitions it uses below it, and none it does not: a card is
 * read alone, so `[Storage API][storage]` needs `[storage]: https://…` in the same card (the
 * document kept them all at its end, in its last answer).
 */
function withOwnDefinitions(markdown: string, definitions: ReadonlyMap<string, string>): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  const kept = lines.filter((line) => {
    const step = fenceAfter(fence, line);
    fence = step.open;
    return step.marks || fence !== null || !DEFINITION.test(line);
  });
  // A rule that stood between the answer and the definitions goes with them.
  const body = kept
    .join('\n')
    .replace(/(?:\n[ \t]*(?:[-*_][ \t]*){3,})+\s*$/, '')
    .trimEnd();
  const used = new Set<string>();
  for (const match of body.matchAll(REFERENCE)) {
    const label = normalise(match[1] || match[2] || '');
    // `[text][]` names its label by its text.
    const named = match[1] === '' ? normalise(textBefore(body, match.index)) : label;
    if (definitions.has(named)) used.add(named);
  }
  if (used.size === 0) return body;
  return `${body}\n\n${[...used].map((label) => definitions.get(label)).join('\n')}`;
}

/** The text of the `[text]` that ends where `[]` starts. */
function textBefore(body: string, end: number): string {
  const open = body.lastIndexOf('[', end);
  return open < 0 ? '' : body.slice(open + 1, end);
}

/** Every card of a reading with the link definitions its answer and prompt use. */
export function withLinkDefinitions(draft: Draft, text: string): Draft {
  if (!/^ {0,3}\[[^\]]+\]:[ \t]*\S/m.test(text)) return draft;
  const definitions = definitionsIn(text);
  if (definitions.size === 0) return draft;
  const own = (card: DraftCard): DraftCard => ({
    ...card,
    answer: withOwnDefinitions(card.answer, definitions),
    ...(card.prompt ? { prompt: withOwnDefinitions(card.prompt, definitions) } : {}),
  });
  return {
    ...draft,
    sections: draft.sections.map((section) => ({ ...section, cards: section.cards.map(own) })),
  };
}
