import { findUnclosedFence } from '../fence.ts';
import { findPathology } from '../limits.ts';
import { parseDeck } from '../parse-deck.ts';
import { slugify } from '../slug.ts';
import type { Deck, DeckMessage } from '../types.ts';
import { buildDeck } from './build-deck.ts';
import { expandCloze } from './cloze.ts';
import { firstHeading, frontMatterTitle } from './document-title.ts';
import { applyFixes, asks, fixKey, hasFixes, remembered, unnumberedKey } from './fixes.ts';
import { judge } from './confidence.ts';
import { readEnvelope } from './envelope.ts';
import { htmlHeadingsToAtx } from './html-headings.ts';
import { toMarkdownDoc, type MarkdownDoc } from './markdown-doc.ts';
import { looksLikeQuestion } from './question.ts';
import { isAnkiHeader, readAnki } from './shapes/anki.ts';
import { readBold } from './shapes/bold.ts';
import { readChoice } from './shapes/choice.ts';
import { readCsv } from './shapes/csv.ts';
import { readDetails } from './shapes/details.ts';
import { readHeadings } from './shapes/headings.ts';
import { readList } from './shapes/list.ts';
import { readTable } from './shapes/table.ts';
import { readText } from './shapes/text.ts';
import {
  SHAPES,
  type Draft,
  type ImportOptions,
  type ImportResult,
  type Note,
  type ShapeName,
  type ShapeReport,
} from './types.ts';

/** Headings, bold, tables, nested lists or fences: what the markdown shapes need to find cards. */
const MARKDOWN_SIGNS =
  /^(?: {0,3}#{1,6}\s|.*\*\*[^\s*]|.*__[^\s_]|\s*\|.*\|| {2,}[-*+]\s| {0,3}(?:```|~~~)|\S.*\n {0,3}(?:={2,}|-{2,})[ \t]*$)/m;

/** How much a shape's find is trusted when scores are compared (plain text is the fallback). */
const WEIGHT: Record<ShapeName, number> = {
  deck: 3,
  anki: 2,
  csv: 2,
  headings: 1,
  details: 1.5,
  choice: 1.5,
  list: 1,
  bold: 1,
  table: 1,
  text: 0.9,
};

/**
 * Turns a document of any supported shape into a `Deck` like `parseDeck`'s: repairs the
 * envelope, reads the document with every shape (or the one asked for), keeps the shape that
 * found the most question-like cards, and reports every problem with its line. Pure and
 * synchronous, so a Web Worker can run it as is; `onProgress` reports how far it got.
 */
export function importDocument(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const { path, onProgress } = options;
  const toMessage = (note: Note): DeckMessage => ({ path, ...note });
  const fail = (notes: readonly Note[], considered: ShapeReport[] = []): ImportResult => ({
    deck: null,
    shape: null,
    shapesConsidered: considered,
    messages: sortMessages(notes.map(toMessage)),
    confidence: { level: 'low', reasons: [] },
    alternatives: [],
  });
  onProgress?.(0);
  const envelope = readEnvelope(input);
  if (envelope.text === null) return fail(envelope.notes);
  const text = htmlHeadingsToAtx(blankFrontMatter(envelope.text));
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
      deckFormat = parsed.deck;
      return parsed.deck && fromDeck(parsed.deck, parsed.messages);
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
  // A deck file, Anki header lines or a CSV header settle the shape without reading the rest.
  const forced = options.shape ?? options.fixes?.shape;
  const strong = forced ? [forced] : isAnkiHeader(text) ? ['anki' as const] : null;
  const order: readonly ShapeName[] = strong ?? SHAPES;
  for (const [i, shape] of order.entries()) {
    const read = readers[shape]();
    const draft = read && applyFixes(read, options.fixes);
    if (draft && (options.fixes?.questions ?? []).every((q) => asks(draft, q)))
      drafts.set(shape, draft);
    onProgress?.(0.1 + (0.8 * (i + 1)) / order.length);
    if (!forced && draft && shape === 'csv') break;
  }
  // A header naming the question and answer columns says more than columns read blind.
  if (drafts.has('csv') && !isAnkiHeader(text)) drafts.delete('anki');
  // A page laid out like a deck file (`# FAQ`, `## Group`, `### Question?`) but with a table
  // of contents, a licence or contributors: the headings reading leaves those out.
  if (!forced && preferHeadings(drafts)) drafts.delete('deck');
  const considered = [...drafts.entries()]
    .map(([shape, draft]): ShapeReport => ({
      shape,
      cards: countCards(draft),
      score: score(draft) * WEIGHT[shape],
    }))
    .sort((a, b) => b.score - a.score || SHAPES.indexOf(a.shape) - SHAPES.indexOf(b.shape));
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
  // The document's own title names the deck; the file's name only when it has none.
  const named =
    frontMatterTitle(envelope.text) ?? drafts.get(best.shape)?.title ?? firstHeading(text);
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
    ({ deck, notes } = buildDeck(best.shape === 'anki' ? draft : withCloze(draft), id, name));
  }
  onProgress?.(1);
  const cards = deck.sections.reduce((sum, s) => sum + s.cards.length, 0);
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
  return {
    deck: { ...deck, id },
    shape: best.shape,
    shapesConsidered: considered,
    messages: sortMessages([...envelope.notes, ...notes].map(toMessage)),
    confidence: judge(deck, text.length),
    alternatives: alternativesTo(deck, [...drafts.values()]),
  };
}

function fromDeck(deck: Deck, messages: readonly DeckMessage[]): Draft {
  return {
    title: deck.title,
    description: deck.description,
    sections: deck.sections.map((s) => ({
      title: s.title,
      line: s.cards[0]?.line ?? 1,
      cards: s.cards.map((c) => ({ ...c })),
    })),
    messages: messages.map(({ path: _path, ...note }) => note),
  };
}

function countCards(draft: Draft): number {
  return draft.sections.reduce(
    (sum, s) => sum + s.cards.filter((c) => c.answer.trim() !== '').length,
    0,
  );
}

/** Cards with answers, counting double those that read like questions. */
function score(draft: Draft): number {
  let total = 0;
  for (const section of draft.sections) {
    for (const card of section.cards) {
      if (card.answer.trim() === '') total -= 0.5;
      else total += looksLikeQuestion(card.question) ? 2 : 1;
    }
  }
  return total;
}

/** YAML front matter is blanked, not removed, so line numbers still match the file. */
function blankFrontMatter(text: string): string {
  const match = /^---\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[a-z0-9]{1,9}$/i, '');
}

function sortMessages(messages: DeckMessage[]): DeckMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * What other readings ask that the chosen deck does not, once each, in document order: a
 * question the deck asks under another number is the same question.
 */
function alternativesTo(
  deck: Deck,
  drafts: readonly Draft[],
): { line: number; question: string }[] {
  const keyOf = remembered(unnumberedKey);
  const asked = new Set(deck.sections.flatMap((s) => s.cards.map((c) => keyOf(c.questionText))));
  const found = new Map<string, { line: number; question: string }>();
  for (const draft of drafts)
    for (const { line, question } of [
      ...draft.sections.flatMap((s) => s.cards),
      ...(draft.candidates ?? []),
    ]) {
      const key = keyOf(question);
      if (key === '' || asked.has(key) || found.has(key)) continue;
      found.set(key, { line, question: question.trim() });
    }
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** `{{c1::…}}` deletions in any document make one card each, as in Anki. */
function withCloze(draft: Draft): Draft {
  if (!draft.sections.some((s) => s.cards.some((c) => c.question.includes('{{c')))) return draft;
  return {
    ...draft,
    sections: draft.sections.map((s) => ({ ...s, cards: s.cards.flatMap(expandCloze) })),
  };
}

/** Whether the headings reading asks a subset of what the deck format found, leaving some out. */
function preferHeadings(drafts: ReadonlyMap<ShapeName, Draft>): boolean {
  const deck = drafts.get('deck');
  const headings = drafts.get('headings');
  if (!deck || !headings) return false;
  // Keying every question is the cost: a reading with as many cards asks no fewer questions.
  const count = (d: Draft) => d.sections.reduce((sum, s) => sum + s.cards.length, 0);
  const asked = count(headings);
  if (asked === 0 || asked >= count(deck)) return false;
  const keyOf = remembered(fixKey);
  const keys = (d: Draft) => d.sections.flatMap((s) => s.cards.map((c) => keyOf(c.question)));
  const inDeck = new Set(keys(deck));
  const read = keys(headings);
  return read.length > 0 && read.length < inDeck.size && read.every((k) => inDeck.has(k));
}
