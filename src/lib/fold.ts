/** Lower case without accents: "Café" → "cafe". Search and highlighting compare folded text. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Ranges of `text` where a word starts with one of `terms` (already folded), found in folded
 * text but returned as positions in the original, so accents survive in what is shown.
 */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = fold(text.charAt(i));
    for (let j = 0; j < piece.length; j++) origin.push(i);
    folded += piece;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    let at = folded.indexOf(term);
    while (at !== -1) {
      const startsWord = at === 0 || !/[\p{L}\p{N}]/u.test(folded.charAt(at - 1));
      if (startsWord) ranges.push([origin[at] ?? 0, origin[at + term.length] ?? text.length]);
      at = folded.indexOf(term, at + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Merge overlaps so each character is marked once.
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Markdown reduced to the words a reader sees, for snippets: no table bars, fences or marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, ' ')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/[|*_`#>]+/g, ' ')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
