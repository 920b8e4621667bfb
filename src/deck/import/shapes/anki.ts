import { parseDsv } from '../dsv.ts';
import { htmlToMarkdown } from '../html-to-markdown.ts';
import type { Draft, DraftSection, Note } from '../types.ts';

const HEADER = /^#([a-z ]+):(.*)$/i;
const SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  space: ' ',
};
const FRONT = /^(?:front|question|q|text|prompt)$/i;
const BACK = /^(?:back|answer|a|extra|back extra)$/i;

/**
 * Anki's plain-text notes (File › Export › Notes in Plain Text, and the files Anki imports):
 * `#separator:`, `#html:`, `#columns:`, `#deck:`, `#notetype:`, `#tags column:` header lines,
 * then one note per row, fields quoted when they hold the separator or line breaks. HTML
 * fields become markdown; a deck column (`Parent::Child`) gives sections; cloze notes ask
 * the text with its gaps and answer with it whole. Without header lines, a tab-separated
 * file of two or three columns is read the same way.
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
  const html = headers.get('html') !== 'false';
  const column = (name: string) => {
    const n = Number(headers.get(`${name} column`));
    return Number.isInteger(n) && n > 0 ? n - 1 : -1;
  };
  const named =
    headers
      .get('columns')
      ?.split(separator)
      .map((c) => c.trim()) ?? [];
  const skip = new Set(['tags', 'deck', 'notetype', 'guid'].map(column).filter((n) => n >= 0));
  const fields = (
    named.length > 0 ? named.map((_, i) => i) : [...Array(rows[0]?.cells.length ?? 0).keys()]
  ).filter((i) => !skip.has(i));
  const front = named.findIndex((n) => FRONT.test(n));
  const back = named.findIndex((n) => BACK.test(n));
  const q = front >= 0 ? front : (fields[0] ?? 0);
  const a = back >= 0 ? back : (fields.find((i) => i !== q) ?? 1);
  const deckColumn = column('deck');
  const messages: Note[] = [];
  const sections = new Map<string, DraftSection>();
  const toMarkdown = (field: string) => (html ? htmlToMarkdown(field) : field).trim();
  for (const row of rows) {
    const sectionName =
      deckColumn >= 0 ? ((row.cells[deckColumn] ?? '').split('::').pop() ?? '') : '';
    let section = sections.get(sectionName);
    if (!section) {
      section = { title: sectionName, line: row.line, cards: [] };
      sections.set(sectionName, section);
    }
    let question = toMarkdown(row.cells[q] ?? '');
    let answer = toMarkdown(row.cells[a] ?? '');
    if (/\{\{c\d+::/.test(question)) {
      const full = question.replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, '$1');
      answer = answer ? `${full}\n\n${answer}` : full;
      question = question.replace(
        /\{\{c\d+::(.*?)(?:::([^}]*))?\}\}/g,
        (_m, _t, hint?: string) => `[${hint ?? '…'}]`,
      );
    }
    if (question === '' && answer === '') continue;
    if (question.includes('\n')) {
      // A multi-line front: its first line asks, the rest goes with it on the question side.
      const [first = '', ...rest] = question.split('\n');
      section.cards.push({
        question: first.replace(/\\$/, ''),
        prompt: rest.join('\n'),
        answer,
        line: row.line,
      });
    } else section.cards.push({ question, answer, line: row.line });
  }
  if (![...sections.values()].some((s) => s.cards.length > 0)) return null;
  const deck = headers.get('deck')?.split('::').pop();
  return { title: deck, sections: [...sections.values()], messages };
}

/** The separator from the header, or tabs when most lines hold one. */
function separatorOf(header: string | undefined, text: string): string | null {
  if (header !== undefined)
    return SEPARATORS[header.toLowerCase()] ?? (header.length === 1 ? header : null);
  const lines = text.split('\n', 200).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  return lines.length > 0 && tabbed >= lines.length * 0.8 ? '\t' : null;
}

export const isAnkiHeader = (text: string) =>
  /^#(?:separator|html|columns|deck|notetype|tags column|deck column|notetype column|guid column):/im.test(
    text.slice(0, 4096),
  );
