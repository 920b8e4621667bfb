import { findUnclosedFence } from '../fence.ts';
import { findPathology, MAX_DECK_CARDS } from '../limits.ts';
import { parseDeck } from '../parse-deck.ts';
import { slugify } from '../slug.ts';
import type { Deck, DeckMessage } from '../types.ts';
import { buildDeck } from './build-deck.ts';
import { withCloze } from './cloze.ts';
import { withLinkDefinitions } from './link-definitions.ts';
import {
  blankFrontMatter,
  firstHeading,
  shapeTitle,
  firstLineTitle,
  frontMatterTitle,
} from './document-title.ts';
import { applyFixes, asks, fixKey, hasFixes } from './fixes.ts';
import { judge } from './confidence.ts';
import { readEnvelope } from './envelope.ts';
import { isPlainTextPath } from './file-name.ts';
import { htmlHeadingsToAtx } from './html-headings.ts';
import { rstHeadingsToAtx } from './rst-headings.ts';
import { vimHelpToMarkdown } from './vim-help.ts';
import { tildeUnderlinesToHeadings } from './tilde-underlines.ts';
import { asciiDocToMarkdown } from './asciidoc.ts';
import { orgToMarkdown } from './org-mode.ts';
import { withoutHeadingShortcodes } from './emoji-shortcodes.ts';
import { withSpacedHeadings } from './glued-headings.ts';
import { toMarkdownDoc, type MarkdownDoc } from './markdown-doc.ts';
import {
  alternativesTo,
  byScore,
  fromDeck,
  maxScore,
  preferHeadings,
  report,
  tidyDeckFile,
} from './readings.ts';
import { isAnkiHeader, readAnki } from './shapes/anki.ts';
import { boldParagraphCount, readBold } from './shapes/bold.ts';
import { readChoice } from './shapes/choice.ts';
import { readCsv } from './shapes/csv.ts';
import { readDetails } from './shapes/details.ts';
import { headingCount, readHeadings } from './shapes/headings.ts';
import { listItemCount, readList } from './shapes/list.ts';
import { readTable, tableRowCount } from './shapes/table.ts';
import { questionLineCount, readText } from './shapes/text.ts';
import {
  SHAPES,
  type Draft,
  type ImportOptions,
  type ImportResult,
  type ImportSteps,
  type Note,
  type ShapeName,
  type ShapeReport,
} from './types.ts';

/**
 * Headings, bold, tables, nested lists, `* ` items at the margin (a plain-text FAQ's entries;
 * `- ` there is plain text's own bullet, read faster as text) or fences: what the markdown
 * shapes need to find cards.
 */
const MARKDOWN_SIGNS =
  /^(?: {0,3}#{1,6}\s|.*\*\*[^\s*]|.*__[^\s_]|\s*\|.*\|| {2,}[-*+]\s|\*[ \t]| {0,3}(?:```|~~~)|\S.*\n {0,3}(?:={2,}|-{2,})[ \t]*$)/m;

/**
 * Turns a document of any supported shape into a `Deck` like `parseDeck`'s: repairs the
 * envelope, reads the document with every shape (or the one asked for), keeps the shape that
 * found the most question-like cards, and reports every problem with its line. Pure and
 * synchronous, so a Web Worker can run it as is; `onProgress` reports how far it got.
 */
export function importDocument(input: string | Uint8Array, options: ImportOptions): ImportResult {
  return readDocument(input, options, false).first;
}

/**
 * `importDocument` without the readings that cannot win: `list`, `table`, `headings`, `bold` and
 * `text` are skipped when the most they can score (`maxScore`, from their candidate lines) is below the
 * best score already found, so the chosen reading and the deck are the same. `rest` makes
 * them later, for their card counts and the lines they would make questions.
 */
export function importInSteps(input: string | Uint8Array, options: ImportOptions): ImportSteps {
  return readDocument(input, options, true);
}

/**
 * The readings that may be skipped, each with the most cards it can find; the likelier winners
 * first, so that a high score found early lets more of the rest be skipped.
 */
const BOUNDED = ['list', 'table', 'headings', 'bold', 'text'] as const;
type Bounded = (typeof BOUNDED)[number];

function readDocument(
  input: string | Uint8Array,
  options: ImportOptions,
  lazy: boolean,
): ImportSteps {
  const { path, onProgress } = options;
  const toMessage = (note: Note): DeckMessage => ({ path, ...note });
  const bounds: Partial<Record<ShapeName, number>> = {};
  // Readings skipped, made by the second step (which reports no progress).
  let skipped: ShapeName[] = [];
  let progress = onProgress;
  const readSkipped = () => {
    progress = undefined;
    for (const shape of skipped) read(shape);
    return consider();
  };
  const fail = (notes: readonly Note[], considered: ShapeReport[] = []): ImportSteps => {
    const first: ImportResult = {
      deck: null,
      shape: null,
      shapesConsidered: considered,
      messages: sortMessages(notes.map(toMessage)),
      confidence: { level: 'low', reasons: [] },
      alternatives: [],
    };
    if (skipped.length === 0) return { first, rest: null, bounds };
    return {
      first: { ...first, pending: skipped },
      rest: () => ({ shapesConsidered: readSkipped(), alternatives: [] }),
      bounds,
    };
  };
  onProgress?.(0);
  const envelope = readEnvelope(input);
  if (envelope.text === null) return fail(envelope.notes);
  const text = AS_MARKDOWN.reduce((written, rewrite) => rewrite(written, path), envelope.text);
  const pathology = findPathology(text);
  if (pathology) {
    return fail([
      ...envelope.notes,
      { ...pathology, ruleId: 'pathological-markdown', severity: 'error' },
    ]);
  }
  const fence = findUnclosedFence(text);
  if (fence?.swallowed) {
    envelope.notes.push({
      line: fence.line,
      column: fence.column,
      ruleId: 'unclosed-code-fence',
      severity: 'warning',
      reason: `Unclosed code fence ${fence.marker}: everything after it is read as code, so questions after line ${fence.line} may be missing`,
    });
  }
  onProgress?.(0.1);

  const drafts = new Map<ShapeName, Draft>();
  let deckFormat: Deck | null = null;
  let markdown: MarkdownDoc | null = null;
  const doc = () => (markdown ??= toMarkdownDoc(text));
  // Parsing markdown is most of the cost; plain text without its signs skips those shapes.
  const markdownish = options.shape !== undefined || MARKDOWN_SIGNS.test(text);
  const md = (read: (d: MarkdownDoc) => Draft | null) => () => (markdownish ? read(doc()) : null);
  const readers: Record<ShapeName, () => Draft | null> = {
    deck: () => {
      if (!/^\s*# /.test(text) || !/^### /m.test(text)) return null;
      const parsed = parseDeck(text, path, doc().tree, { fence });
      deckFormat = parsed.deck && tidyDeckFile(parsed.deck);
      return deckFormat && fromDeck(deckFormat, parsed.messages);
    },
    anki: () => readAnki(text),
    csv: () => readCsv(text),
    headings: md((d) => readHeadings(d, new Set((options.fixes?.questions ?? []).map(fixKey)))),
    details: () => (/<details\b/i.test(text) ? readDetails(text) : null),
    choice: () => readChoice(text),
    list: md(readList),
    bold: md(readBold),
    table: md(readTable),
    text: () => readText(text),
  };
  const maxCards: Record<Bounded, () => number> = {
    headings: () => (markdownish ? headingCount(doc()) : 0),
    list: () => (markdownish ? listItemCount(doc()) : 0),
    bold: () => (markdownish ? boldParagraphCount(doc()) : 0),
    table: () => (markdownish ? tableRowCount(doc()) : 0),
    text: () => questionLineCount(text),
  };
  /**
   * Reads each of `later` unless its bound proves it cannot win, and returns those skipped.
   * With a deck file, headings are read whatever their bound: they may show the deck format
   * took a table of contents or a footer for questions (`preferHeadings`), and then win.
   */
  const skipReadings = (later: readonly Bounded[]): ShapeName[] => {
    if (drafts.has('deck') && later.includes('headings')) read('headings');
    const ignored = preferHeadings(drafts) ? 'deck' : null;
    let best = -Infinity;
    for (const [shape, draft] of drafts)
      if (shape !== ignored) best = Math.max(best, report(shape, draft).score);
    const skipped: ShapeName[] = [];
    for (const shape of later) {
      const bound = (bounds[shape] = maxScore(shape, maxCards[shape](), options.fixes));
      if (shape === 'headings' && drafts.has('deck')) continue;
      // Strictly below: a tie goes to the shape first in SHAPES, which may be this one.
      if (bound < best) skipped.push(shape);
      else {
        read(shape);
        const draft = drafts.get(shape);
        if (draft) best = Math.max(best, report(shape, draft).score);
      }
    }
    return skipped;
  };
  /** Every reading made, in the order of SHAPES, those that yield to another left out. */
  const consider = (): ShapeReport[] => {
    const found = new Map(SHAPES.flatMap((s) => (drafts.has(s) ? [[s, drafts.get(s)]] : [])));
    drafts.clear();
    for (const [shape, draft] of found) if (draft) drafts.set(shape, draft);
    // A header naming the question and answer columns says more than columns read blind.
    if (drafts.has('csv') && !isAnkiHeader(text)) drafts.delete('anki');
    // A page laid out like a deck file (`# FAQ`, `## Group`, `### Question?`) but with a table
    // of contents, a licence or contributors: the headings reading leaves those out.
    if (!forced && preferHeadings(drafts)) drafts.delete('deck');
    return [...drafts].map(([shape, draft]) => report(shape, draft)).sort(byScore);
  };
  const read = (shape: ShapeName): void => {
    const found = readers[shape]();
    const draft = found && applyFixes(found, options.fixes);
    if (draft && (options.fixes?.questions ?? []).every((q) => asks(draft, q)))
      drafts.set(shape, draft);
    progress?.(0.1 + (0.8 * ++done) / order.length);
    // A CSV header settles the shape without reading the rest.
    if (!forced && draft && shape === 'csv') settled = true;
  };
  // A deck file, Anki header lines or a CSV header settle the shape without reading the rest.
  const forced = options.shape ?? options.fixes?.shape;
  const strong = forced ? [forced] : isAnkiHeader(text) ? ['anki' as const] : null;
  const order: readonly ShapeName[] = strong ?? SHAPES;
  let done = 0;
  let settled = false;
  const later: readonly Bounded[] = lazy && !strong ? BOUNDED : [];
  for (const shape of order) {
    if (!(later as readonly ShapeName[]).includes(shape)) read(shape);
    if (settled) break;
  }
  skipped = settled ? [] : skipReadings(later);
  const considered = consider();
  const best = considered[0];
  if (!best || best.cards === 0) {
    const tried = forced ? `the ${forced} shape` : 'any shape';
    return fail(
      [
        ...envelope.notes,
        {
          line: 1,
          column: 1,
          ruleId: 'no-cards',
          severity: 'error',
          reason: `No questions found with ${tried}, expected headings, bold or numbered questions, Q:/A: lines, a Question,Answer table or CSV, or an Anki text export`,
        },
      ],
      considered,
    );
  }
  // The document's own title names the deck (its heading, then its front matter's; a plain-text
  // file's first line); the file's name only when it has none.
  const named =
    shapeTitle(drafts.get(best.shape)?.title) ??
    frontMatterTitle(envelope.text) ??
    firstHeading(text) ??
    (isPlainTextPath(path) ? firstLineTitle(text) : undefined);
  const name = named?.trim() || baseName(path);
  // The id follows the file, as a deck in content/ is named by its file.
  const id = slugify(baseName(path)) || slugify(name) || 'imported';
  let deck: Deck;
  let notes: Note[];
  // A deck file is taken as written, ids and all, unless the user corrected its reading.
  if (best.shape === 'deck' && deckFormat && !hasFixes(options.fixes)) {
    deck = deckFormat;
    notes = drafts.get('deck')?.messages ?? [];
  } else {
    const draft = drafts.get(best.shape) as Draft;
    const linked = withLinkDefinitions(draft, text);
    const built = best.shape === 'anki' ? linked : withCloze(linked);
    ({ deck, notes } = buildDeck(built, id, name, TOPIC_SHAPES.has(best.shape)));
  }
  onProgress?.(1);
  const cards = deck.sections.reduce((sum, s) => sum + s.cards.length, 0);
  if (cards > MAX_DECK_CARDS) {
    const first = deck.sections.flatMap((s) => s.cards)[MAX_DECK_CARDS];
    return fail(
      [
        ...envelope.notes,
        {
          line: first?.line ?? 1,
          column: 1,
          ruleId: 'too-many-cards',
          severity: 'error',
          reason: `${cards.toLocaleString('en')} cards, expected at most ${MAX_DECK_CARDS.toLocaleString('en')} in one deck: split the document`,
        },
      ],
      considered,
    );
  }
  if (cards === 0) {
    return fail(
      [
        ...envelope.notes,
        ...notes,
        {
          line: 1,
          column: 1,
          ruleId: 'no-cards',
          severity: 'error',
          reason: 'No cards left: every question found lacked an answer or broke a limit',
        },
      ],
      considered,
    );
  }
  const result: ImportResult = {
    deck: { ...deck, id },
    shape: best.shape,
    shapesConsidered: considered,
    messages: sortMessages([...envelope.notes, ...notes].map(toMessage)),
    confidence: judge(deck, text.length, best.shape),
    alternatives: lazy ? [] : alternativesTo(deck, [...drafts.values()]),
  };
  if (!lazy) return { first: result, rest: null, bounds };
  return {
    first: { ...result, pending: skipped },
    rest: () => {
      const shapesConsidered = readSkipped();
      return { shapesConsidered, alternatives: alternativesTo(deck, [...drafts.values()]) };
    },
    bounds,
  };
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[a-z0-9]{1,9}$/i, '');
}

/** Shapes whose questions are headings or bold lines: one may name a topic, its question below. */
const TOPIC_SHAPES = new Set<ShapeName>(['headings', 'bold', 'list', 'details']);

/**
 * Ways of writing a document that every shape then reads as markdown's own, in this order:
 * front matter blanked; `~~~~` underlines, HTML, reStructuredText, Vim help, AsciiDoc and Org
 * headings as `#` ones; emoji shortcodes out of headings; `###Heading` spaced. Each keeps the
 * file's line numbers, and each returns the text untouched when it has nothing to do.
 */
const AS_MARKDOWN: readonly ((text: string, path: string) => string)[] = [
  blankFrontMatter,
  tildeUnderlinesToHeadings,
  htmlHeadingsToAtx,
  rstHeadingsToAtx,
  vimHelpToMarkdown,
  asciiDocToMarkdown,
  orgToMarkdown,
  withoutHeadingShortcodes,
  withSpacedHeadings,
];

function sortMessages(messages: DeckMessage[]): DeckMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}
