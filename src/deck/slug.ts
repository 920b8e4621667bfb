/** Ids are lowercase ASCII words joined by hyphens: stable in URLs and storage keys. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a heading into an id: accents folded ("Café" → "cafe"), emoji and punctuation
 * dropped, words joined by hyphens. Apostrophes join rather than split ("What’s" → "whats").
 */
export function slugify(text: string): string {
  // Folding accents is the costly step, and plain ASCII has none (a big import slugs thousands).
  const folded = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
