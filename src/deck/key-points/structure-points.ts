import type { Definition, List, Nodes, Paragraph, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Candidate, norms } from './candidate.ts';
import { leadingClause, splitLabel, wholeClause } from './clause.ts';

/** `[//]: # "key: autoscaling; health checks"` — a link definition GitHub and the app never show. */
export function authoredPoints(tree: Nodes): Candidate[] {
  const points: Candidate[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'definition') points.push(...fromDefinition(node));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return points;
}

function fromDefinition(node: Definition): Candidate[] {
  const match = /^\s*key\s*:(.*)$/is.exec(node.title ?? '');
  if (node.label !== '//' || !match) return [];
  return (match[1] as string)
    .split(';')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'authored', text, head: [], body: norms(text), section: 0 }));
}

/** Each item is a point, its text cut to the leading clause; nested items are points too. */
export function listPoints(list: List, section: number, into: Candidate[]) {
  for (const item of list.children) {
    const [first, ...rest] = item.children;
    // "It automatically adds:" only introduces the items nested under it.
    const intro =
      rest.some((child) => child.type === 'list') && /:\s*$/.test(toString(first ?? item));
    if (first?.type === 'paragraph' && !intro) {
      const point = itemPoint(first, section);
      if (point) into.push(list.ordered ? { ...point, step: true } : point);
    }
    for (const child of rest) if (child.type === 'list') listPoints(child, section, into);
  }
}

function itemPoint(paragraph: Paragraph, section: number): Candidate | null {
  const [lead] = paragraph.children;
  // "**Event-driven design:** Build loosely coupled components…": the bold text is the label.
  const { label, rest } =
    lead?.type === 'strong'
      ? {
          label: toString(lead).replace(/[:\s]+$/, ''),
          rest: toString({ ...paragraph, children: paragraph.children.slice(1) }),
        }
      : splitLabel(toString(paragraph));
  const clause = leadingClause(rest);
  // A bold label of a few words is the point itself; a one-word label needs its explanation.
  const named = lead?.type === 'strong' && label.split(/\s+/).length > 1;
  const text = named ? label : label && clause ? `${label}: ${clause}` : label || clause;
  if (!text) return null;
  const whole = !named && clause.endsWith('…') ? wholeClause(rest) : '';
  return {
    kind: 'list-item',
    text,
    ...(whole ? { whole: label ? `${label}: ${whole}` : whole } : {}),
    head: norms(label),
    body: norms(clause),
    // A point shown as its label alone is covered by its label alone.
    alternatives: named ? [norms(label)] : label ? [] : alternativesOf(clause),
    section,
  };
}

/** "RDS or DynamoDB": two short names either of which answers. */
function alternativesOf(clause: string): string[][] {
  const parts = clause.split(/\s+or\s+/);
  if (parts.length < 2 || parts.some((part) => part.split(/\s+/).length > 3)) return [];
  const options = parts.map(norms);
  return options.every((words) => words.length > 0) ? options : [];
}

/** A comparison table's row is a point: "Stateful: SG Yes, NACL No". */
export function tablePoints(table: Table, section: number, into: Candidate[]) {
  const [header, ...rows] = table.children;
  const columns = header?.children.map((cell) => toString(cell).trim()) ?? [];
  for (const row of rows) {
    const [first, ...cells] = row.children.map((cell) => toString(cell).trim());
    // "✅ Use specific origins (not *) in production" → "Use specific origins in production".
    const name = (first ?? '').replace(/^[^\p{L}\p{N}]+/u, '').replace(/\s*\([^)]*\)/g, '');
    if (!name) continue;
    // A two-column row names a point and explains it; a wider one compares the columns.
    const values = cells
      .map((value, i) => (value ? `${columns[i + 1] ?? ''} ${value}`.trim() : ''))
      .filter(Boolean);
    const text = cells.length > 1 && values.length > 0 ? `${name}: ${values.join(', ')}` : name;
    const compared = cells.length > 1;
    const body = compared ? cells.join(' ') : leadingClause(cells[0] ?? '');
    into.push({
      kind: 'table-row',
      text,
      head: norms(name),
      body: norms(body),
      // A row shown as its first cell alone ("Use HTTPS") is covered by naming it.
      alternatives: compared ? [] : [norms(name)],
      section,
    });
  }
}
