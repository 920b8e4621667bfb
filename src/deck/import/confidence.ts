import type { Deck } from '../types.ts';
import { looksLikeQuestion, sameQuestionKey } from './question.ts';
import type { Confidence, ShapeName } from './types.ts';

/** About one question per this many characters is typical; half as many looks wrong. */
const CHARS_PER_QUESTION = 6000;

/**
 * How far to trust a reading, from what a person would notice: few cards for the document's
 * size, questions that look like navigation, many repeats, answers of wildly uneven length.
 */
export function judge(deck: Deck, documentChars: number, shape?: ShapeName): Confidence {
  const cards = deck.sections.flatMap((s) => s.cards);
  const reasons: string[] = [];
  const expected = documentChars / CHARS_PER_QUESTION;
  if (cards.length < expected / 2)
    reasons.push(
      `Only ${cards.length} card${cards.length === 1 ? '' : 's'} from ${Math.round(documentChars / 1024)} KB of text: questions may have been missed.`,
    );
  const navigation = cards.filter((c) => NAVIGATION.test(c.questionText));
  if (navigation.length > 0)
    reasons.push(
      `${navigation.length} question${navigation.length === 1 ? ' looks' : 's look'} like navigation, not a question (“${navigation[0]?.questionText}”).`,
    );
  const asking = cards.filter((c) => looksLikeQuestion(c.questionText)).length;
  if (shape && GUESSED.has(shape) && cards.length >= 5 && asking < cards.length / 4)
    reasons.push(
      `Only ${asking} of ${cards.length} questions ask something: they may be titles, names or links rather than questions.`,
    );
  const texts = new Set(cards.map((c) => sameQuestionKey(c.questionText, c.prompt)));
  const repeats = cards.length - texts.size;
  if (cards.length >= 4 && repeats / cards.length > 0.2)
    reasons.push(
      `${repeats} of ${cards.length} questions repeat another: a sub-heading may have been read as a question.`,
    );
  const asked = cards.filter((c) => answerOnlyAsks(c.answer)).length;
  if (cards.length >= 5 && asked >= 0.6 * cards.length)
    reasons.push(
      `${asked} of ${cards.length} answers only ask another question: this may be a list of questions without answers.`,
    );
  const sizes = cards.map((c) => c.answer.length).sort((a, b) => a - b);
  const total = sizes.reduce((a, b) => a + b, 0);
  const largest = sizes.at(-1) ?? 0;
  if (
    cards.length >= 3 &&
    largest > 0.6 * total &&
    largest > 20 * (sizes[Math.floor(sizes.length / 2)] ?? 1)
  )
    reasons.push(
      'One answer holds most of the document: questions inside it may have been missed.',
    );
  const level =
    reasons.length === 0 ? 'high' : reasons.length === 1 && cards.length >= 5 ? 'medium' : 'low';
  return { level, reasons };
}

/** An answer of one short line or item that asks, a follow-up prompt rather than an answer. */
function answerOnlyAsks(answer: string): boolean {
  const text = answer.trim().replace(/^(?:[*+-]|\d+[.)])\s+/, '');
  return text.length < 250 && !text.includes('\n\n') && (ASKS.test(text) || PROMPTS.test(text));
}

/** Ends asking (in any language's question mark), or opens as `¿`. */
const ASKS = /^¿|[?？]\s*$/;
/** A task set for the reader: "Explain…", "Describe…" (not "List…", "Show…": answers say so). */
const PROMPTS = /^(?:explain|describe|compare|discuss|define)\b/i;

/**
 * Shapes that guess which text is a question from the layout alone; the others (a deck file, a
 * Question column, an Anki front, a quiz's options) say so themselves.
 */
const GUESSED = new Set<ShapeName>(['headings', 'bold', 'list', 'text', 'details']);

const NAVIGATION =
  /^(?:(?:⬆|↑|\^)?\s*(?:back to (?:the )?top|table of contents|contents|toc|index|license|licence|contributing|credits|acknowledg(?:e)?ments|sources?|references|further reading|see also)\b|(?:hide|show)\s*\/?\s*(?:hide|show)?\s*table of contents)/i;
