import { readTags } from '../../tags.ts';
import { parseDsv } from '../dsv.ts';
import type { Draft, DraftSection, Note } from '../types.ts';

const QUESTION = /^(?:question|questions|q|front|term|prompt)$/i;
const ANSWER = /^(?:answer|answers|a|back|definition|explanation|response)$/i;
const QUALIFIER = '(?:ideal|sample|model|expected|suggested|best|short|full|interview)[ _-]?';
const PART = '(?:[ _-]?(?:text|body|content))?';
const NAMED_QUESTION = new RegExp(`^(?:${QUALIFIER})?questions?${PART}$`, 'i');
const NAMED_ANSWER = new RegExp(`^(?:${QUALIFIER})?answers?${PART}$`, 'i');
const SECTION = /^(?:section|category|topic|chapter|deck|group)$/i;
const TAGS = /^(?:tags?|labels?|keywords|metadata)$/i;

/**
 * CSV (RFC 4180) with a header row naming the question and answer columns (`Question,Answer`,
 * `Front,Back`, `Term,Definition`; comma, semicolon or tab), and optionally a section column.
 */
export function readCsv(text: string): Draft | null {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const separator = [',', ';', '\t'].find((s) => header(firstLine.split(s)) !== null);
  if (separator === undefined) return null;
  const [head, ...rows] = parseDsv(text, separator);
  const columns = head && header(head.cells);
  if (!columns) return null;
  const messages: Note[] = [];
  const sections = new Map<string, DraftSection>();
  for (const row of rows) {
    const question = row.cells[columns.q]?.trim() ?? '';
    const cell = row.cells[columns.a]?.trim() ?? '';
    // Tab-separated exports (QnA Maker, linear TSV) escape line breaks as `\n`.
    const answer = separator === '\t' ? cell.replace(/\\n/g, '\n') : cell;
    if (question === '' && row.cells.every((c) => c.trim() === '')) continue;
    if (question === '') {
      messages.push({
        line: row.line,
        column: 1,
        ruleId: 'bad-row',
        severity: 'warning',
        reason: 'Row without a question; skipped',
      });
      continue;
    }
    const title = columns.section >= 0 ? (row.cells[columns.section]?.trim() ?? '') : '';
    let section = sections.get(title);
    if (!section) {
      section = { title, line: row.line, cards: [] };
      sections.set(title, section);
    }
    const tags = columns.tags >= 0 ? tagsOf(row.cells[columns.tags] ?? '') : [];
    section.cards.push({
      question: question.replace(/\s*\n\s*/g, ' '),
      answer,
      line: row.line,
      ...(tags.length > 0 ? { tags } : {}),
    });
  }
  return { sections: [...sections.values()], messages };
}

/** `a, b`, `a b`, or QnA Maker's `category:chitchat|mood:happy`. */
const tagsOf = (cell: string) => readTags(cell.replace(/[,;|]/g, ' ').replace(/:/g, '-'));

function header(
  cells: readonly string[],
): { q: number; a: number; section: number; tags: number } | null {
  const names = cells.map((c) => c.trim().replace(/^"|"$/g, ''));
  // A column named exactly, else one whose name says it with a word before or after
  // (`IdealAnswer`, `Sample answer`, `question_text`), not `question_id`, `Answer A` or a quiz's
  // `Correct answer` (a letter).
  const column = (exact: RegExp, word: RegExp) => {
    const named = names.findIndex((n) => exact.test(n));
    return named >= 0 ? named : names.findIndex((n) => word.test(n));
  };
  const q = column(QUESTION, NAMED_QUESTION);
  const a = column(ANSWER, NAMED_ANSWER);
  if (q < 0 || a < 0) return null;
  return {
    q,
    a,
    section: names.findIndex((n) => SECTION.test(n)),
    tags: names.findIndex((n) => TAGS.test(n)),
  };
}
