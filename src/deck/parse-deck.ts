import type { Heading, Root, RootContent } from 'mdast';
import { findUnclosedFence } from './fence.ts';
import { isValidId, readHeading } from './heading.ts';
import { findPathology, MAX_ANSWER_BYTES, utf8Bytes } from './limits.ts';
import { OWN_ANSWER_MARKER, unquoteOwnAnswer } from './own-answer-marker.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { readTagsComment } from './tags.ts';
import type { Card, Deck, DeckMessage, DeckRule, ParseResult, Section, Severity } from './types.ts';

interface Point {
  readonly line: number;
  readonly column: number;
}

interface DraftCard {
  readonly heading: Heading;
  readonly start: Point;
  question: string;
  questionText: string;
  id: string;
  prompt: string;
  answer: string;
  ownAnswer: string;
  tags: readonly string[];
}

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
 * `parsed` is `parseMarkdown(source)` when the caller already has it.
 */
export function parseDeck(source: string, path: string, parsed?: Root): ParseResult {
  const messages: DeckMessage[] = [];
  const report = (at: Point, ruleId: DeckRule, reason: string, severity: Severity = 'error') =>
    messages.push({ path, line: at.line, column: at.column, ruleId, severity, reason });

  // Refused before parsing: such input would hold the parser for seconds or minutes.
  const pathology = findPathology(source);
  if (pathology) {
    report(pathology, 'pathological-markdown', pathology.reason);
    return { deck: null, messages };
  }

  const fence = findUnclosedFence(source);
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

function readCard(
  heading: Heading,
  nodes: readonly RootContent[],
  index: number,
  source: string,
  report: (at: Point, ruleId: DeckRule, reason: string) => void,
): DraftCard {
  const at = startOf(heading);
  const parts = readHeading(heading, source);
  const end = boundaryAfter(nodes, index, source.length, 3);
  // A `<!-- tags: a b -->` line right under the question holds the card's tags.
  const next = nodes[index + 1];
  const tags = next?.type === 'html' && endOffset(next) <= end ? readTagsComment(next.value) : null;
  const bodyStart = tags && next ? endOffset(next) : endOffset(heading);
  const split = markerAfter(ANSWER_MARKER, nodes, index, end);
  const prompt = split ? trimBlankLines(source.slice(bodyStart, split.start)) : '';
  // Only below the model answer's start: above `<!-- answer -->` it is part of the prompt.
  const own = markerAfter(OWN_ANSWER_MARKER, nodes, index, end, split?.end);
  const answer = trimBlankLines(source.slice(split?.end ?? bodyStart, own?.start ?? end));
  const ownAnswer = own ? unquoteOwnAnswer(trimBlankLines(source.slice(own.end, end))) : '';
  if (parts.text === '') {
    report(at, 'empty-question', 'Empty question, expected text after `###`');
  } else if (!isValidId(parts.id)) {
    report(
      at,
      'invalid-id',
      parts.explicit
        ? `Invalid card id \`${parts.id}\`, expected lowercase words joined by hyphens`
        : `Question "${parts.text}" gives no usable id, expected letters or digits, or an explicit \`{#id}\``,
    );
  }
  if (answer === '') {
    report(
      at,
      'empty-answer',
      own
        ? `Only your own answer for "${parts.text}", expected the model answer above \`${OWN_ANSWER_MARKER}\``
        : `Empty answer for "${parts.text}", expected markdown below the question`,
    );
  }
  const bytes = utf8Bytes(answer);
  if (bytes > MAX_ANSWER_BYTES) {
    report(
      at,
      'answer-too-large',
      `Answer for "${parts.text}" is ${Math.ceil(bytes / 1024)} KB, expected at most ${MAX_ANSWER_BYTES / 1024} KB; split it into several cards`,
    );
  }
  return {
    heading,
    start: at,
    question: parts.markdown,
    questionText: parts.text,
    id: parts.id,
    prompt,
    answer,
    ownAnswer,
    tags: tags ?? [],
  };
}

/** `<!-- answer -->` alone on a line splits a card's body: the prompt above, the answer below. */
export const ANSWER_MARKER = '<!-- answer -->';

function markerAfter(
  marker: string,
  nodes: readonly RootContent[],
  index: number,
  end: number,
  from = 0,
): { start: number; end: number } | null {
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i];
    const start = node?.position?.start.offset ?? end;
    if (!node || start >= end) return null;
    if (start >= from && node.type === 'html' && node.value.trim() === marker) {
      return { start, end: endOffset(node) };
    }
  }
  return null;
}

function toCard(draft: DraftCard): Card {
  return {
    id: draft.id,
    question: draft.question,
    questionText: draft.questionText,
    ...(draft.prompt === '' ? {} : { prompt: draft.prompt }),
    answer: draft.answer,
    ...(draft.ownAnswer === '' ? {} : { ownAnswer: draft.ownAnswer }),
    line: draft.start.line,
    ...(draft.tags.length > 0 ? { tags: draft.tags } : {}),
  };
}

/** Offset where the next top-level heading of depth ≤ `depth` starts, or the end of the file. */
function boundaryAfter(
  nodes: readonly RootContent[],
  index: number,
  end: number,
  depth: number,
): number {
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.type === 'heading' && node.depth <= depth) return node.position?.start.offset ?? end;
  }
  return end;
}

function startOf(node: RootContent): Point {
  const start = node.position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

function endOffset(node: RootContent): number {
  return node.position?.end.offset ?? 0;
}

/** Drops blank lines around the answer but keeps the first line's indentation. */
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}
