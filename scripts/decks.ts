/**
 * Deck tool for authors.
 *   npm run decks                  check every deck in content/
 *   npm run decks -- a.md b.md     check the files given
 *   npm run decks -- --json [...]  print the parsed decks as JSON
 * Prints `path:line:column: reason` for each problem and exits 1 on any error.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatMessage, parseDeck, type Deck, type DeckMessage } from '../src/deck/index.ts';

const CONTENT_DIR = 'content';

async function listDecks(): Promise<string[]> {
  const names = await readdir(CONTENT_DIR);
  return names
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(CONTENT_DIR, name));
}

async function readDeck(file: string): Promise<{ deck: Deck | null; messages: DeckMessage[] }> {
  const display = file.split(path.sep).join('/');
  try {
    const { deck, messages } = parseDeck(await readFile(file, 'utf8'), display);
    return { deck, messages: [...messages] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message: DeckMessage = {
      path: display,
      line: 1,
      column: 1,
      ruleId: 'no-cards',
      severity: 'error',
      reason: `Cannot read file: ${reason}`,
    };
    return { deck: null, messages: [message] };
  }
}

function summary(deck: Deck): string {
  const cards = deck.sections.reduce((sum, s) => sum + s.cards.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${deck.id}: ${plural(cards, 'card')} in ${plural(deck.sections.length, 'section')}`;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const given = argv.filter((arg) => arg !== '--json');
  const unknown = given.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(', ')}. Usage: npm run decks -- [--json] [files]`);
    return 2;
  }
  const files = given.length > 0 ? given : await listDecks();
  if (files.length === 0) {
    console.error(`No decks found in ${CONTENT_DIR}/`);
    return 1;
  }
  const results = await Promise.all(files.map(readDeck));
  const messages = results.flatMap((r) => r.messages);
  // Diagnostics go to stderr so that --json output stays parseable.
  for (const message of messages) console.error(formatMessage(message));
  const decks = results.flatMap((r) => (r.deck ? [r.deck] : []));
  if (json) console.log(JSON.stringify({ decks }, null, 2));
  else for (const deck of decks) console.log(summary(deck));
  return messages.some((m) => m.severity === 'error') ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
