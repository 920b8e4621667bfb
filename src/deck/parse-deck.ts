import type { Root } from 'mdast';
import { findUnclosedFence, type UnclosedFence } from './fence.ts';
import { isValidId, readHeading } from './heading.ts';
import { findPathology } from './limits.ts';
import { boundaryAfter, endOffset, startOf, type Point } from './node-position.ts';
import { readCard, toCard, type DraftCard } from './parse-card.ts';
import { parseMarkdown } from './parse-markdown.ts';
import type { Deck, DeckMessage, DeckRule, ParseResult, Section, Severity } from './types.ts';

interface DraftSection {
  readonly id: string;
  readonly title: string;
  readonly start: Point;
  readonly cards: DraftCard[];
}

/** `content/aws-backend-interview.md` → `aws-backend-interview`. */
function deckIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '');
}

/**
 * Parses a deck file: `# Title`, an optional description, `## Section`s holding
 * `### Question` cards whose answer is everything up to the next `##` or `###`.
 * Returns the deck (null when there are errors) and every diagnostic found.
 * `parsed` is `parseMarkdown(source)` when the caller already has it; `checked` is given by a
 * caller that already found no pathology in `source` and looked for its unclosed fence.
 */
export function parseDeck(
  source: string,
  path: string,
  parsed?: Root,
  checked?: { readonly fence: UnclosedFence | null },
): ParseResult {
  const messages: DeckMessage[] = [];
  const report = (at: Point, ruleId: DeckRule, reason: string, severity: Severity = 'error') =>
    messages.push({ path, line: at.line, column: at.column, ruleId, severity, reason });

  // Refused before parsing: such input would hold the parser for seconds or minutes.
  const pathology = checked ? null : findPathology(source);
  if (pathology) {
    report(pathology, 'pathological-markdown', pathology.reason);
    return { deck: null, messages };
  }

  const fence = checked ? checked.fence : findUnclosedFence(source);
  if (fence) {
    const { marker, swallowed } = fence;
    report(
      fence,
      'unclosed-code-fence',
      swallowed === null
        ? `Unclosed code fence ${marker}, expected a closing ${marker} before the end of the file`
        : `Unclosed code fence ${marker} swallows every card after it (line ${swallowed} is read as code), expected a closing ${marker}`,
      swallowed === null ? 'warning' : 'error',
    );
  }

  // The importer passes the tree it already has, so a document is parsed once.
  const tree: Root = parsed ?? parseMarkdown(source);
  const nodes = tree.children;
  const sections: DraftSection[] = [];
  let title: string | null = null;
  let descriptionRange: [number, number] | null = null;
  let section: DraftSection | null = null;
  let card: DraftCard | null = null;
  let strayReported: DraftSection | null | 'before-title' = null;
  // Ids seen so far, so duplicate checks stay constant-time on big decks.
  const cardsById = new Map<string, DraftCard>();
  const sectionIds = new Set<string>();

  for (const [index, node] of nodes.entries()) {
    const at = startOf(node);
    if (node.type === 'heading' && node.depth === 1) {
      if (title === null && sections.length === 0 && card === null) {
        title = readHeading(node, source).text;
        descriptionRange = [endOffset(node), boundaryAfter(nodes, index, source.length, 3)];
      } else {
        report(at, 'extra-title', 'Unexpected second `# Title`, expected one title per deck');
      }
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) {
      const parts = readHeading(node, source);
      if (parts.explicit && !isValidId(parts.id)) {
        report(
          at,
          'invalid-id',
          `Invalid section id \`${parts.id}\`, expected lowercase words joined by hyphens`,
        );
      }
      if (sectionIds.has(parts.id)) {
        report(
          at,
          'duplicate-section-id',
          `Duplicate section id \`${parts.id}\`, expected each section to be unique`,
        );
      }
      section = { id: parts.id, title: parts.text, start: at, cards: [] };
      sections.push(section);
      sectionIds.add(parts.id);
      card = null;
      continue;
    }
    if (node.type === 'heading' && node.depth === 3) {
      card = readCard(node, nodes, index, source, report);
      if (section === null) {
        report(
          at,
          'card-outside-section',
          'Unexpected card before any section, expected a `## Section` heading above it',
        );
      } else {
        const duplicate = cardsById.get(card.id);
        if (duplicate) {
          report(
            at,
            'duplicate-card-id',
            `Duplicate card id \`${card.id}\` (first used on line ${duplicate.start.line}), expected ids to be unique in a deck; add \`{#another-id}\` to one heading`,
          );
        } else cardsById.set(card.id, card);
        section.cards.push(card);
      }
      continue;
    }
    if (card !== null || (section === null && title !== null)) continue; // answer or description
    const where = section ?? 'before-title';
    if (strayReported === where) continue; // one message per stray run is enough
    strayReported = where;
    report(
      at,
      'content-outside-card',
      section
        ? `Unexpected content in section "${section.title}" before its first card, expected a \`### Question\` heading`
        : 'Unexpected content before the deck title, expected `# Title` first',
    );
  }

  if (title === null) {
    report(
      { line: 1, column: 1 },
      'missing-title',
      'Missing deck title, expected a `# Title` heading',
    );
  }
  const cardCount = sections.reduce((sum, s) => sum + s.cards.length, 0);
  if (cardCount === 0 && !messages.some((m) => m.ruleId === 'card-outside-section')) {
    report(
      { line: 1, column: 1 },
      'no-cards',
      'No cards found, expected `### Question` headings under a `## Section`',
    );
  }
  for (const s of sections) {
    if (s.cards.length === 0 && cardCount > 0) {
      report(s.start, 'empty-section', `Section "${s.title}" has no cards`, 'warning');
    }
  }

  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  if (messages.some((m) => m.severity === 'error')) return { deck: null, messages };

  const deck: Deck = {
    id: deckIdFromPath(path),
    title: title ?? '',
    description: descriptionRange ? source.slice(...descriptionRange).trim() : '',
    sections: sections
      .filter((s) => s.cards.length > 0)
      .map((s): Section => ({ id: s.id, title: s.title, cards: s.cards.map(toCard) })),
  };
  return { deck, messages };
}
