/** A user's deck in the deck format: two cards on Go, in one section. */
export const GO_NOTES = [
  '# Go notes',
  '',
  '## Concurrency',
  '',
  '### What is a goroutine?',
  '',
  'A light thread; a cold start costs little.',
  '',
  '### What is a channel?',
  '',
  'A typed pipe between goroutines.',
  '',
].join('\n');

/**
 * Saves `text` (the Go notes by default) in the deck library as an import would. The app's
 * modules load at the first call, after the test file has set its clock.
 */
export async function saveUserDeck(text = GO_NOTES, file = 'go-notes.md'): Promise<void> {
  const { parseDeck } = await import('../../src/deck/index.ts');
  const { saveDeck } = await import('../../src/store/decks/library.ts');
  const { deck } = parseDeck(text, file);
  if (!deck) throw new Error(`${file} did not parse`);
  await saveDeck({ deck, source: file, shape: null });
}
