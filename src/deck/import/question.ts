/** Numbering and markers in front of a question: `1.`, `Q1)`, `Q:`, `Question 3:`, `#12 -`. */
const LEADING_MARKER =
  /^(?:(?:Q(?:uestion)?|#)\s*\d{0,4}\s*[:.)\-–—]\s*|(?:Q(?:uestion)?\s*)?\d{1,4}\s*\\?[:.)\-–—]+\s*|Q(?:uestion)?\s+\d{1,4}\s+)/i;

/** Emoji, arrows and marks after a question (`**What is X?** 🔥`, `… ⭐`). */
const TRAILING_MARKS = /(?:[\s*_:]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u;

const QUESTION_WORDS =
  /^(?:what|why|how|when|where|which|who|whom|whose|is|are|can|could|do|does|did|should|would|will|explain|describe|define|list|name|compare|differentiate|difference|tell|give|write|implement|discuss)\b/i;

/** `26.What is …?` → `What is …?`; numbering and question markers are layout, not content. */
export function stripQuestionMarker(text: string): string {
  return text.replace(LEADING_MARKER, '').trim();
}

/** Tidies a question's text: one space between words, none before `?`, a capital first letter. */
export function tidyQuestion(text: string): string {
  const tidy = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([?:])/g, '$1')
    .trim();
  return tidy.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Plain text that reads like a question: a question mark, a question word, or a Q marker. */
export function looksLikeQuestion(text: string): boolean {
  const plain = text.replace(TRAILING_MARKS, '').trim();
  return /\?$/.test(plain) || QUESTION_WORDS.test(stripQuestionMarker(plain));
}

/** Strips trailing emoji and markers off a question written in bold. */
export function trimTrailingMarks(text: string): string {
  const trimmed = text.replace(TRAILING_MARKS, '');
  return trimmed === '' ? text.trim() : trimmed;
}
