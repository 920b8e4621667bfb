import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ID_PATTERN, slugify } from './slug.ts';

/** `{#some-id}` at the end of a heading sets the id explicitly. */
const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;

export interface HeadingParts {
  /** The heading's inline markdown, without `#` marks or an explicit id. */
  readonly markdown: string;
  readonly text: string;
  readonly id: string;
  /** Whether the id came from `{#id}`, so a bad one is the author's to fix. */
  readonly explicit: boolean;
}

/** Reads a heading's text and id from the source, keeping its inline markdown verbatim. */
export function readHeading(heading: Heading, source: string): HeadingParts {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  const raw =
    first?.position && last?.position
      ? source.slice(first.position.start.offset, last.position.end.offset)
      : '';
  const match = EXPLICIT_ID.exec(raw);
  const markdown = (match ? raw.slice(0, match.index) : raw).trim();
  const text = toString(heading).replace(EXPLICIT_ID, '').trim();
  if (match) return { markdown, text, id: (match[1] ?? '').trim(), explicit: true };
  return { markdown, text, id: slugify(text), explicit: false };
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
