import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Candidate, norms } from './candidate.ts';
import { proseTerms } from './prose-terms.ts';
import type { KeyPointKind } from './types.ts';
import { toWords } from './words.ts';

/** Words a sentence point keeps: enough to recognise it, few enough to read at a glance. */
const MAX_SENTENCE_WORDS = 16;

export function boldTerms(paragraph: Paragraph, section: number): Candidate[] {
  return paragraph.children
    .filter((child) => child.type === 'strong')
    .map((child) => toString(child).replace(/[:\s]+$/, ''))
    .map((text) => ({ kind: 'bold-term', text, head: [], body: norms(text), section }));
}

/** Terms of a paragraph's prose, and its inline code as identifiers. */
export function paragraphTerms(paragraph: Paragraph, section: number): Candidate[] {
  const code = paragraph.children
    .filter((child) => child.type === 'inlineCode')
    .map((child) => ({
      kind: 'term' as const,
      text: child.value,
      head: [],
      body: norms(child.value),
      section,
    }));
  // Inline code becomes a line break, so a name never runs across it.
  const prose = paragraph.children
    .map((child: PhrasingContent) => (child.type === 'inlineCode' ? '\n' : toString(child)))
    .join('');
  return [...termsOf(prose, section, 'term'), ...code];
}

export function termsOf(text: string, section: number, kind: KeyPointKind): Candidate[] {
  return proseTerms(text)
    .filter((term) => toWords(term).length > 0)
    .map((term) => withoutLeadingStopWords(term))
    .map((term) => ({ kind, text: term, head: [], body: norms(term), section }));
}

/** "Use Cognito" → "Cognito": a sentence's first word joins a name only when it is part of it. */
function withoutLeadingStopWords(term: string): string {
  const words = term.split(' ');
  while (words.length > 1 && toWords(words[0] as string).length === 0) words.shift();
  return words.join(' ');
}

/**
 * A prose sentence as a point, without its asides in parentheses and without a leading
 * "Name —" (the name is usually the question's); words the question already says don't count.
 */
export function sentencePoints(
  paragraph: Paragraph,
  section: number,
  asked: readonly string[],
): Candidate[] {
  return toString(paragraph)
    .split(/(?<=[.!?])\s+/)
    .map((sentence) =>
      sentence
        .replace(/\s*\([^)]*\)/g, '')
        .replace(/^[^—–]{1,60}\s[—–]\s/, '')
        .replace(/[.!?:]+$/, '')
        .trim(),
    )
    .map((sentence) => {
      const words = sentence.split(/\s+/);
      const text = words.slice(0, MAX_SENTENCE_WORDS).join(' ');
      return words.length > MAX_SENTENCE_WORDS
        ? { text: `${text.replace(/[,;]$/, '')}…`, whole: sentence }
        : { text };
    })
    .map(({ text, whole }) => ({
      kind: 'sentence' as const,
      text,
      ...(whole ? { whole } : {}),
      head: [],
      body: norms(text.replace(/…$/, '')).filter((w) => !asked.includes(w)),
      section,
    }))
    .filter((point) => point.body.length >= 2);
}
