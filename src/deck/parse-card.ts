import type { Heading, RootContent } from 'mdast';
import { isValidId, readHeading } from './heading.ts';
import { MAX_ANSWER_BYTES, bytesOver } from './limits.ts';
import { boundaryAfter, endOffset, startOf, type Point } from './node-position.ts';
import { OWN_ANSWER_MARKER, unquoteOwnAnswer } from './own-answer-marker.ts';
import { readTagsComment } from './tags.ts';
import type { Card, DeckRule } from './types.ts';

// One `### Question` card of a deck file: its prompt, answer, own answer and tags, and what
// is wrong with it (see parse-deck.ts).

export interface DraftCard {
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

/** The card under a `###` heading, up to the next heading of depth ≤ 3, its problems reported. */
export function readCard(
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
  const bytes = bytesOver(answer, MAX_ANSWER_BYTES);
  if (bytes !== null) {
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

/** A draft as the deck keeps it: optional fields that are empty are left out. */
export function toCard(draft: DraftCard): Card {
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

/** Drops blank lines around the answer but keeps the first line's indentation. */
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}
