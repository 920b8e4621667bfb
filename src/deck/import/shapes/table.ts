import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { innerMarkdown, lineOf, type MarkdownDoc } from '../markdown-doc.ts';
import { looksLikeQuestion, stripQuestionMarker } from '../question.ts';
import type { Draft, DraftSection } from '../types.ts';

const QUESTION = /^(?:#|no\.?|n)?\s*(?:question|questions|q|front|term|prompt)$/i;
const ANSWER = /^(?:answer|answers|a|back|definition|explanation|response)$/i;

/**
 * Markdown tables of questions and answers, one row per card: a `Question | Answer` header, or
 * a first column of questions. `<br>` in a cell becomes a line break.
 */
export function readTable(doc: MarkdownDoc): Draft | null {
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  let title: string | undefined;
  for (const node of doc.tree.children) {
    if (node.type === 'heading') {
      const text = toString(node).trim();
      if (node.depth === 1 && title === undefined && sections.length === 1) title = text;
      else sections.push({ title: text, line: lineOf(node), cards: [] });
    }
    if (node.type !== 'table') continue;
    const columns = columnsOf(node);
    if (!columns) continue;
    for (const row of node.children.slice(1)) {
      const q = row.children[columns.q];
      const a = row.children[columns.a];
      if (!q || !a) continue;
      sections.at(-1)?.cards.push({
        question: stripQuestionMarker(innerMarkdown(q, doc.text)),
        answer: innerMarkdown(a, doc.text)
          .replace(/\s*<br\s*\/?>\s*/gi, '\n\n')
          .replace(/\\\|/g, '|'),
        line: lineOf(row),
      });
    }
  }
  if (!sections.some((s) => s.cards.length > 0)) return null;
  return { title, sections, messages: [] };
}

/** The most cards the table shape can find: one per body row of a top-level table. */
export function tableRowCount(doc: MarkdownDoc): number {
  let count = 0;
  for (const node of doc.tree.children)
    if (node.type === 'table') count += Math.max(0, node.children.length - 1);
  return count;
}

function columnsOf(table: Table): { q: number; a: number } | null {
  const names = table.children[0]?.children.map((cell) => toString(cell).trim()) ?? [];
  const q = names.findIndex((n) => QUESTION.test(n));
  const a = names.findIndex((n) => ANSWER.test(n));
  if (q >= 0 && a >= 0) return { q, a };
  const rows = table.children.slice(1);
  const asking = rows.filter((r) =>
    looksLikeQuestion(toString(r.children[0] ?? { type: 'text', value: '' })),
  ).length;
  return names.length >= 2 && rows.length > 0 && asking >= rows.length * 0.6
    ? { q: 0, a: 1 }
    : null;
}
