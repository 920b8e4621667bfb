import { readTags } from '../../tags.ts';
import { expandCloze, hasCloze } from '../cloze.ts';
import { parseDsv, type Row } from '../dsv.ts';
import { htmlToMarkdown } from '../html-to-markdown.ts';
import type { Draft, DraftCard, DraftSection, Note } from '../types.ts';

const HEADER = /^#([a-z ]+):(.*)$/i;
const SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  space: ' ',
  colon: ':',
};
const FRONT = /^(?:front|question|q|text|prompt)$/i;
const BACK = /^(?:back|answer|a|extra|back extra)$/i;
const ADD_REVERSE = /revers/i;

/**
 * Anki's plain-text files: "Notes in Plain Text" (File › Export; Anki 2.1.50+ writes
 * `#separator:tab`, `#html:true`, then `#guid column:`, `#notetype column:`, `#deck column:`,
 * `#tags column:` as chosen, and one note per row with its fields in note-type order), "Cards in
 * Plain Text" (question and answer, two columns) and the files Anki imports (`#columns:`,
 * `#deck:`, `#notetype:`, `#tags:` for every note). Fields are quoted when they hold the
 * separator or line breaks; HTML fields become markdown.
 *
 * A note gives one card per cloze deletion, two (front→back and back→front) when its note type
 * is a reversed one ("Basic (and reversed card)", or "Basic (optional reversed card)" with its
 * third field filled in), and keeps its tags. The deck's name is the decks' common parent (the
 * last part of `Parent::Child`); its sub-decks are the sections. Without header lines, a
 * tab-separated file of two or three columns is read the same way.
 */
export function readAnki(text: string): Draft | null {
  const headers = new Map<string, string>();
  for (const line of text.split('\n', 50)) {
    const match = HEADER.exec(line);
    if (match) headers.set(match[1]?.trim().toLowerCase() ?? '', match[2]?.trim() ?? '');
  }
  const separator = separatorOf(headers.get('separator'), text);
  if (separator === null) return null;
  const rows = parseDsv(text, separator, (line) => HEADER.test(line));
  const html = headers.get('html')?.toLowerCase() !== 'false';
  const toMarkdown = (field: string) => (html ? htmlToMarkdown(field) : field).trim();
  const columns = columnsOf(headers, separator, rows);
  const deckOf = (row: Row) => cell(row, columns.deck) || headers.get('deck') || '';
  const decks = deckNames(rows.map(deckOf), headers.get('deck'));
  const messages: Note[] = [];
  const sections = new Map<string, DraftSection>();
  for (const row of rows) {
    const sectionName = decks.section(deckOf(row));
    let section = sections.get(sectionName);
    if (!section) {
      section = { title: sectionName, line: row.line, cards: [] };
      sections.set(sectionName, section);
    }
    const front = toMarkdown(cell(row, columns.front));
    const back = toMarkdown(cell(row, columns.back));
    if (front === '' && back === '') continue;
    const tags = readTags(headers.get('tags') ?? '', cell(row, columns.tags));
    const note: DraftCard = { question: front, answer: back, line: row.line, tags };
    const notetype = cell(row, columns.notetype) || headers.get('notetype') || '';
    const cards = hasCloze(front)
      ? expandCloze(note)
      : isReversed(notetype, cell(row, columns.addReverse)) && back !== ''
        ? [note, { ...note, question: back, answer: front }]
        : [note];
    section.cards.push(...cards.map(firstLineAsks));
  }
  if (![...sections.values()].some((s) => s.cards.length > 0)) return null;
  return { title: decks.title, sections: [...sections.values()], messages };
}

interface Columns {
  readonly front: number;
  readonly back: number;
  /** "Basic (optional reversed card)"'s third field: a reverse card when it is not empty. */
  readonly addReverse: number;
  readonly deck: number;
  readonly notetype: number;
  readonly tags: number;
}

/** Where each field and meta column is (0-based, -1 when absent). */
function columnsOf(headers: Map<string, string>, separator: string, rows: Row[]): Columns {
  const meta = (name: string) => {
    const n = Number(headers.get(`${name} column`));
    return Number.isInteger(n) && n > 0 ? n - 1 : -1;
  };
  const [guid, notetype, deck, tags] = ['guid', 'notetype', 'deck', 'tags'].map(meta);
  const named =
    headers
      .get('columns')
      ?.split(separator)
      .map((c) => c.trim()) ?? [];
  const width = named.length > 0 ? named.length : Math.max(0, ...rows.map((r) => r.cells.length));
  const skip = new Set([guid, notetype, deck, tags]);
  const fields = [...Array(width).keys()].filter((i) => !skip.has(i));
  const byName = (pattern: RegExp) => named.findIndex((n, i) => !skip.has(i) && pattern.test(n));
  const front = byName(FRONT) >= 0 ? byName(FRONT) : (fields[0] ?? 0);
  const back = byName(BACK) >= 0 ? byName(BACK) : (fields.find((i) => i !== front) ?? 1);
  const third = fields.filter((i) => i !== front && i !== back)[0] ?? -1;
  return {
    front,
    back,
    addReverse: byName(ADD_REVERSE) >= 0 ? byName(ADD_REVERSE) : third,
    deck: deck ?? -1,
    notetype: notetype ?? -1,
    tags: tags ?? -1,
  };
}

const cell = (row: Row, column: number) => (column >= 0 ? (row.cells[column] ?? '').trim() : '');

/** Anki's stock reversed note types (English names): always, or when asked by the third field. */
function isReversed(notetype: string, addReverse: string): boolean {
  if (!/revers/i.test(notetype)) return false;
  return !/optional/i.test(notetype) || addReverse.replace(/<[^>]*>|&nbsp;/g, '').trim() !== '';
}

/**
 * The deck's title and each note's section from Anki deck names (`Parent::Child`). The base is
 * the `#deck:` header when every note is in it or below it, else what every note's deck
 * shares; the title is its last part. A section is the rest of a note's deck (`A › B`), or the
 * base's own name for notes in the base itself; notes all in the base make one untitled section.
 */
function deckNames(
  names: readonly string[],
  header: string | undefined,
): { title: string | undefined; section: (name: string) => string } {
  const split = (name: string) =>
    name
      .split('::')
      .map((part) => part.trim())
      .filter(Boolean);
  const distinct = [...new Set(names)].map(split);
  const given = split(header ?? '');
  const under = (parts: string[]) => given.every((part, i) => parts[i] === part);
  let base = given.length > 0 && distinct.every(under) ? given : (distinct[0] ?? []);
  for (const parts of distinct) {
    let n = 0;
    while (n < base.length && n < parts.length && base[n] === parts[n]) n++;
    base = base.slice(0, n);
  }
  const flat = distinct.every((parts) => parts.length === base.length);
  return {
    title: base.at(-1) ?? given.at(-1),
    section: (name) => {
      if (flat) return '';
      const rest = split(name).slice(base.length);
      return rest.length > 0 ? rest.join(' › ') : (base.at(-1) ?? '');
    },
  };
}

/** A multi-line front: its first line asks, the rest goes with it on the question side. */
function firstLineAsks(card: DraftCard): DraftCard {
  if (!card.question.includes('\n')) return card;
  const [first = '', ...rest] = card.question.split('\n');
  const prompt = [rest.join('\n').trim(), card.prompt ?? ''].filter(Boolean).join('\n\n');
  return { ...card, question: first.replace(/\\$/, '').trim(), ...(prompt ? { prompt } : {}) };
}

/** The separator from the header, or tabs when most lines hold one. */
function separatorOf(header: string | undefined, text: string): string | null {
  if (header !== undefined)
    return SEPARATORS[header.toLowerCase()] ?? (header.length === 1 ? header : null);
  const lines = text.split('\n', 200).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  // A tab after text parts columns; tabs before any text only indent (plain-text FAQs).
  const tabbed = lines.filter((l) => /\S\t/.test(l)).length;
  return lines.length > 0 && tabbed >= lines.length * 0.8 ? '\t' : null;
}

export const isAnkiHeader = (text: string) =>
  /^#(?:separator|html|columns|deck|notetype|tags|tags column|deck column|notetype column|guid column):/im.test(
    text.slice(0, 4096),
  );
