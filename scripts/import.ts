/**
 * Imports a question-and-answer document of any supported shape (docs/importing.md).
 *   npm run import -- notes.md                 print it in the deck format (to join content/)
 *   npm run import -- notes.md --json          print {"decks":[…]} like `npm run decks -- --json`
 *   npm run import -- notes.txt --anki         print a file Anki imports
 *   npm run import -- notes.md --shape bold    force a shape instead of detecting one
 * The fixes the preview makes, by question text (repeatable), read the same as in the browser:
 *   --question TEXT       this line is a question: the document is read again so that it is
 *   --not-question TEXT   this card is part of the answer above it
 *   --drop TEXT           leave this card out
 *   --rules FILE          a JSON file holding them all, as a deck keeps them (ImportFixes):
 *                         {"notQuestions": ["Back to top"], "drop": […], "questions": […],
 *                          "mergeUp": […], "splits": [{"question", "line"}],
 *                          "rename": [{"question", "to"}], "shape": "headings"}
 *                         flags add to the file's rules.
 * Diagnostics go to stderr as `path:line:column: reason`; exits 1 when no card could be read,
 * 2 on a bad argument or rules file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportAnki } from '../src/deck/export/export-anki.ts';
import { serializeDeck } from '../src/deck/export/serialize-deck.ts';
import { formatMessage } from '../src/deck/index.ts';
import { checkFixes } from '../src/deck/import/check-fixes.ts';
import type { ImportFixes } from '../src/deck/import/fixes.ts';
import { importDocument } from '../src/deck/import/import-document.ts';
import { SHAPES, type ShapeName } from '../src/deck/import/types.ts';

const USAGE = `Usage: npm run import -- <file> [--json | --anki] [--shape ${SHAPES.join('|')}] [--question TEXT] [--not-question TEXT] [--drop TEXT] [--rules FILE]`;

/** Flags that name a question, and the list of `ImportFixes` each adds to. */
const FIX_FLAGS = {
  '--question': 'questions',
  '--not-question': 'notQuestions',
  '--drop': 'drop',
} as const;

interface Args {
  readonly file: string;
  readonly format: 'deck' | 'json' | 'anki';
  readonly shape?: ShapeName;
  readonly rules?: string;
  readonly flagged: Record<(typeof FIX_FLAGS)[keyof typeof FIX_FLAGS], string[]>;
}

function parseArgs(argv: string[]): Args | string {
  let format: Args['format'] = 'deck';
  let shape: ShapeName | undefined;
  let rules: string | undefined;
  const flagged: Args['flagged'] = { questions: [], notQuestions: [], drop: [] };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (arg === '--json' || arg === '--anki') format = arg === '--json' ? 'json' : 'anki';
    else if (flag === '--shape') {
      const name = value();
      if (!SHAPES.includes(name as ShapeName)) return `Unknown shape ${name ?? '(none)'}. ${USAGE}`;
      shape = name as ShapeName;
    } else if (flag === '--rules') {
      rules = value();
      if (!rules) return `--rules needs a file. ${USAGE}`;
    } else if (flag in FIX_FLAGS) {
      const text = value();
      if (!text?.trim()) return `${flag} needs a question's text. ${USAGE}`;
      flagged[FIX_FLAGS[flag as keyof typeof FIX_FLAGS]].push(text);
    } else if (arg.startsWith('-')) return `Unknown option ${arg}. ${USAGE}`;
    else files.push(arg);
  }
  const [file] = files;
  if (files.length !== 1 || file === undefined) return USAGE;
  return { file, format, flagged, ...(shape ? { shape } : {}), ...(rules ? { rules } : {}) };
}

/** The rules file's fixes with the flags' added, or why the file cannot be used. */
async function readFixes(args: Args): Promise<ImportFixes | string> {
  let base: ImportFixes = {};
  if (args.rules) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(args.rules, 'utf8'));
    } catch (error) {
      return `${args.rules}: Cannot read rules: ${error instanceof Error ? error.message : String(error)}`;
    }
    const checked = checkFixes(json);
    if ('reason' in checked) return `${args.rules}: Cannot use rules: ${checked.reason}`;
    base = checked.fixes;
  }
  const fixes: Record<string, unknown> = { ...base };
  for (const [key, texts] of Object.entries(args.flagged))
    if (texts.length > 0)
      fixes[key] = [...((base as Record<string, string[]>)[key] ?? []), ...texts];
  return fixes as ImportFixes;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const fixes = await readFixes(args);
  if (typeof fixes === 'string') {
    console.error(fixes);
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
  const { deck, shape, messages, confidence } = importDocument(bytes, {
    path: display,
    ...(args.shape ? { shape: args.shape } : {}),
    fixes,
  });
  for (const message of messages) console.error(formatMessage(message));
  if (!deck) return 1;
  const cards = deck.sections.reduce((sum, s) => sum + s.cards.length, 0);
  console.error(
    `${display}: read as ${shape}: ${cards} card${cards === 1 ? '' : 's'} in ${deck.sections.length} section${deck.sections.length === 1 ? '' : 's'}`,
  );
  for (const reason of confidence.reasons)
    console.error(`${display}: ${confidence.level} confidence: ${reason}`);
  if (args.format === 'json') console.log(JSON.stringify({ decks: [deck] }, null, 2));
  else process.stdout.write(args.format === 'anki' ? exportAnki(deck) : serializeDeck(deck));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
