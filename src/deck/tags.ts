/**
 * A card's tags (an Anki note's, or a deck file's `<!-- tags: a b -->` line): lower case, no
 * `#`, no spaces; Anki's hierarchical `a::b` kept as it is. Tags are short labels, so a card
 * keeps at most `MAX_TAGS` of at most `MAX_TAG_CHARS` characters each.
 */
export const MAX_TAGS = 32;
export const MAX_TAG_CHARS = 64;

/** What a stored tag looks like: no white space, no `<`/`>` (they would end the comment). */
export const TAG_PATTERN = /^[^\s<>#][^\s<>]*$/u;

/** One raw tag (`#Geo::Europe`) as a card keeps it (`geo::europe`), or null when unusable. */
function normalizeTag(raw: string): string | null {
  const tag = raw.trim().replace(/^#+/, '').replace(/[<>]/g, '').toLowerCase();
  return tag !== '' && tag.length <= MAX_TAG_CHARS && TAG_PATTERN.test(tag) ? tag : null;
}

/** Space-separated tags (Anki's tags column) as a card keeps them: normalized, unique, capped. */
export function readTags(...lists: readonly string[]): string[] {
  const tags = new Set<string>();
  for (const list of lists) {
    for (const raw of list.split(/\s+/)) {
      const tag = normalizeTag(raw);
      if (tag !== null && tags.size < MAX_TAGS) tags.add(tag);
    }
  }
  return [...tags];
}

/** The deck format's tags line, written right under a card's `###` question. */
export const tagsComment = (tags: readonly string[]) => `<!-- tags: ${tags.join(' ')} -->`;

const TAGS_COMMENT = /^<!--\s*tags:([^]*?)-->$/i;

/** The tags of a deck-format tags line, or null when the HTML is something else. */
export function readTagsComment(html: string): string[] | null {
  const match = TAGS_COMMENT.exec(html.trim());
  return match ? readTags(match[1] ?? '') : null;
}

/** Every tag these cards carry, by name, with how many carry it (a tag menu's choices). */
export function countTags(
  cards: Iterable<{ readonly tags?: readonly string[] }>,
): [tag: string, cards: number][] {
  const counts = new Map<string, number>();
  for (const card of cards)
    for (const tag of card.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}
