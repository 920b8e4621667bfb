/**
 * The decks the countdown covers, among the decks loaded: the chosen ones, or every deck when
 * none is chosen (null). When the library has loaded and none of the chosen decks is here any
 * more (all deleted), every deck again: a date never quietly plans nothing.
 */
export function coveredDecks(
  chosen: readonly string[] | null,
  loaded: readonly string[],
  libraryLoaded: boolean,
): readonly string[] {
  const covered = loaded.filter((id) => !chosen || chosen.includes(id));
  return covered.length > 0 || !libraryLoaded ? covered : loaded;
}
