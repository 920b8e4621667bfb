/**
 * Imports a question-and-answer document of any supported shape (docs/importing.md).
 *   npm run import -- notes.md                 print it in the deck format (to join content/)
 *   npm run import -- notes.md --json          print {"decks":[…]} like `npm run decks -- --json`
 *   npm run import -- notes.txt --anki         print a file Anki imports
 *   npm run import -- notes.md --shape bold    force a shape instead of detecting one
 * Diagnostics go to stderr as `path:line:column: reason`; exits 1 when no card could be read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportAnki } from '../src/deck/export/export-anki.ts';
import { serializeDeck } from '../src/deck/export/serialize-deck.ts';
import { formatMessage } from '../src/deck/index.ts';
import { importDocument } from '../src/deck/import/import-document.ts';
import { SHAPES, type ShapeName } from '../src/deck/import/types.ts';

const USAGE = `Usage: npm run import -- <file> [--json | --anki] [--shape ${SHAPES.join('|')}]`;

function parseArgs(
  argv: string[],
): { file: string; format: 'deck' | 'json' | 'anki'; shape?: ShapeName } | string {
  let format: 'deck' | 'json' | 'anki' = 'deck';
  let shape: ShapeName | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json' || arg === '--anki') format = arg === '--json' ? 'json' : 'anki';
    else if (arg === '--shape' || arg.startsWith('--shape=')) {
      const value = arg.includes('=') ? arg.slice('--shape='.length) : argv[++i];
      if (!SHAPES.includes(value as ShapeName))
        return `Unknown shape ${value ?? '(none)'}. ${USAGE}`;
      shape = value as ShapeName;
    } else if (arg.startsWith('-')) return `Unknown option ${arg}. ${USAGE}`;
    else files.push(arg);
  }
  const [file] = files;
  if (files.length !== 1 || file === undefined) return USAGE;
  return { file, format, ...(shape ? { shape } : {}) };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const display = args.file.split(path.sep).join('/');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.file);
  } catch (error) {
    console.error(
      `${display}:1:1: Cannot read file: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const { deck, shape, messages } = importDocument(bytes, {
    path: display,
    ...(args.shape ? { shape: args.shape } : {}),
  });
  for (const message of messages) console.error(formatMessage(message));
  if (!deck) return 1;
  const cards = deck.sections.reduce((sum, s) => sum + s.cards.length, 0);
  console.error(
    `${display}: read as ${shape}: ${cards} card${cards === 1 ? '' : 's'} in ${deck.sections.length} section${deck.sections.length === 1 ? '' : 's'}`,
  );
  if (args.format === 'json') console.log(JSON.stringify({ decks: [deck] }, null, 2));
  else process.stdout.write(args.format === 'anki' ? exportAnki(deck) : serializeDeck(deck));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
