/**
 * Numbering and markers in front of a question: `1.`, `Q1)`, `Q:`, `Question 3:`, `#12 -`,
 * `4.2 `, `1.1.`, `3.1:`, `(7)`. A dash after a number is numbering only with a space after it
 * (`3-way handshake`, `12-factor app` keep theirs), and `0.1 + 0.2` is a sum, not `0.1`.
 */
const LEADING_MARKER =
  /^(?:(?:[0-9]\u{FE0F}?\u{20E3})+\s*|\u{1F51F}\s*|(?:Q(?:uestion)?|#)\s*\d{0,4}\s*[:.)\-–—]\s*|\d{1,4}(?:\.\d{1,4})+\s+(?=\p{L})|(?:Q(?:uestion)?\s*)?\d{1,4}(?:\.\d{1,4})*\s*(?:\\?[:.)]+(?!\d)|\s*[-–—]+(?=\s))\s*|\(\d{1,4}(?:\.\d{1,4})*\)[.:]?\s*|Q(?:uestion)?\s+\d{1,4}\s+)/iu;

/** Emoji, arrows and marks after a question (`**What is X?** 🔥`, `… ⭐`). */
const TRAILING_MARKS = /(?:[\s*_:]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u;

/** Text without `TRAILING_MARKS`; most text ends in a letter or `?`, and skips the regex. */
function withoutTrailingMarks(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  const plainEnd = last < 128 && last > 32 && last !== 42 && last !== 95 && last !== 58;
  return plainEnd || text === '' ? text : text.replace(TRAILING_MARKS, '');
}

/** Openings that ask, in English and the languages interview notes are most often written in. */
const QUESTION_WORDS = new RegExp(
  '^(?:' +
    [
      // English
      'what|why|how|when|where|which|who|whom|whose|is|are|can|could|do|does|did|should|would|will|shall|may|must|has|have|explain|describe|define|list|name|compare|differentiate|difference|distinguish|tell|give|write|implement|discuss|outline|summari[sz]e|mention|illustrate',
      // Spanish, Portuguese, Italian, French
      '¿|qu[eé]|cu[aá]l(?:es)?|c[oó]mo|cu[aá]ndo|d[oó]nde|qui[eé]n(?:es)?|por ?qu[eé]|para qu[eé]|explica|describe|diferencia|o que|qual|quais|quando|onde|porque|por que|cosa|che cos|perch[eé]|quale|quali|dove|qu.est-ce|pourquoi|comment|quand|quel(?:le)?s?',
      // German, Dutch
      'was|wie|warum|wann|wo|wer|welche[rsmn]?|wat|waarom|hoe|wanneer|welke',
      // Russian, Ukrainian, Polish
      'что|чем|как|какие|какой|какая|каким|каких|почему|зачем|когда|где|кто|сколько|в чём|в чем|для чего|объясните|опишите|назовите|расскажите|що|чому|навіщо|які|який|co|czym|jak|dlaczego|kiedy|gdzie|kto|kt[oó]r',
    ].join('|') +
    // A word alone ("Name", "List", "How") heads a part; a question goes on after it.
    ')(?=[\\s,:¿?]+\\S)',
  'iu',
);

/** Asking words that sit anywhere in languages written without spaces, or at the end. */
const ASKS_INSIDE =
  /什么|為什麼|为什么|如何|怎么|怎樣|怎样|哪些|哪个|是否|吗$|呢$|何ですか|なぜ|どう|とは|무엇|어떻게|왜|차이|란$|이란$|인가요|나요$|까요$/u;

/** `26.What is …?` → `What is …?`; numbering and question markers are layout, not content. */
export function stripQuestionMarker(text: string): string {
  // In bold too: `**1. What is X?**` → `**What is X?**`.
  const bold = /^(\*\*|__)(?=[^\s*_])/.exec(text)?.[1];
  if (bold) {
    const inside = text.slice(bold.length).replace(LEADING_MARKER, '');
    // `**Q1.** What is…`: the bold held only the number, and goes with it.
    return inside.startsWith(bold)
      ? inside.slice(bold.length).replace(LEADING_MARKER, '').trim()
      : bold + inside.trim();
  }
  return text.replace(LEADING_MARKER, '').trim();
}

/**
 * Tidies a question's text: one space between words (a `<br>` is one), none before `?`. Its
 * case is the author's:
 * a question may open with a name written in lower case (`undefined`, `pnpm`, `useEffect`).
 */
export function tidyQuestion(text: string): string {
  return tidySpaces(
    text.replace(/(`+)[^`]*?\1|<br\s*\/?>/gi, (found, ticks?: string) => (ticks ? found : ' ')),
  );
}

/** One space between words, none before `?` or `:`: a question's plain words, as they are. */
export function tidySpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([?:])/g, '$1')
    .trim();
}

/**
 * What makes two cards the same question: their words, whatever the case, over the same prompt
 * ("What does this code print?" over different code asks different things).
 */
export const sameQuestionKey = (questionText: string, prompt = ''): string =>
  `${questionText.toLowerCase()}\n${prompt}`;

/** A question mark at its end (ASCII or full-width): a heading that asks as it is written. */
export const asksWithMark = (text: string): boolean => /[?？]\s*$/.test(text);

/** Plain text that reads like a question: a question mark, a question word, or a Q marker. */
export function looksLikeQuestion(text: string): boolean {
  const plain = withoutTrailingMarks(text).trim();
  return (
    /[?？]$/.test(plain) ||
    plain.startsWith('¿') ||
    /\{\{c\d+::/.test(plain) ||
    QUESTION_WORDS.test(stripQuestionMarker(plain)) ||
    ASKS_INSIDE.test(plain)
  );
}

/** Strips trailing emoji and markers off a question written in bold. */
export function trimTrailingMarks(text: string): string {
  const trimmed = withoutTrailingMarks(text);
  return trimmed === '' ? text.trim() : trimmed;
}

/** Questions asked in nearly the same words (half their words shared): one answer fits both. */
export function alike(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= Math.max(x.size, y.size) / 2;
}

/**
 * An entry of a numbered list of questions, asking or not: `(3) …`, `1.2 …`, `4. …`, `G1. …`
 * (a letter or two for the chapter).
 */
const NUMBERED_ENTRY = /^(?:\(\d{1,4}\)|[A-Z]{0,2}\d{1,4}(?:\.\d{1,4})*[.:)]?)\s+\S/;

export const isNumberedEntry = (text: string): boolean => NUMBERED_ENTRY.test(text);

/** `📚 Question: What is…?`: at a line's start, after an emoji or bold marks at most. */
const QUESTION_LABEL =
  /^(?:\p{Extended_Pictographic}\u{FE0F}?[ \t]*)?(?:\*\*|__)?(?:question|câu hỏi|pregunta|pergunta|frage|вопрос|питання|soru|질문)[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(\S[^\n]*)\n/iu;

/**
 * A heading that names a topic, then the question on a labelled line of its own (`### Using
 * final` / `📚 Question: What is final?`): the labelled line is the card's question. Not when
 * the heading asks already ("Is HashMap thread-safe?" / "Question: is reading safe? Yes…"),
 * nor when nothing answers below the line.
 */
export function labelledQuestion(
  topic: string,
  answer: string,
): { question: string; answer: string } | null {
  if (looksLikeQuestion(topic)) return null;
  const text = answer.trimStart();
  const found = QUESTION_LABEL.exec(text);
  const question = found?.[1]?.trim();
  if (!found || !question || !looksLikeQuestion(question)) return null;
  const rest = text.slice(found[0].length);
  return rest.trim() === '' ? null : { question, answer: rest };
}
