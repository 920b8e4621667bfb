// Apart from interview-decks.ts: only the choice's form needs it, not the first screen.

/**
 * The setting after ticking or unticking one loaded deck, or null when that would leave no
 * deck covered. Chosen ids not loaded (a deck not arrived yet, or deleted and maybe undone) are
 * kept; every loaded deck ticked is saved as "every deck", so a deck added later is covered too.
 */
export function toggleDeck(
  covered: readonly string[],
  loaded: readonly string[],
  chosen: readonly string[] | null,
  id: string,
  on: boolean,
): { readonly interviewDecks: readonly string[] | null } | null {
  const next = loaded.filter((d) => (d === id ? on : covered.includes(d)));
  if (next.length === 0) return null;
  if (next.length === loaded.length) return { interviewDecks: null };
  const away = (chosen ?? []).filter((d) => !loaded.includes(d));
  return { interviewDecks: [...away, ...next] };
}
