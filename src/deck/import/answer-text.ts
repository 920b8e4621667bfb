import { fenceAfter } from '../fence.ts';

/**
 * What a "back to top" link says, in the languages READMEs are written in: an upward arrow,
 * or the words (`[[↑] 先頭に戻る](#…)`, `[Наверх](#…)`, `[맨 위로](#…)`, `[Volver arriba](#…)`).
 */
const TO_TOP =
  '(?:back\\s+to\\s+(?:the\\s+)?(?:top|contents|index)|[⬆⇧↥↑▲🔝]|go\\s+to\\s+top|top\\s+of\\s+(?:the\\s+)?page|先頭に戻る|トップに戻る|目次に戻る|ページの先頭|返回顶部|回到顶部|返回目录|回到目录|наверх|к\\s+началу|к\\s+содержанию|맨\\s*위로|위로\\s*가기|목차로|volver\\s+(?:arriba|al\\s+inicio|al\\s+índice)|ir\\s+arriba|voltar\\s+ao\\s+(?:topo|início|índice)|nach\\s+oben|zurück\\s+nach\\s+oben|retour\\s+en\\s+haut|haut\\s+de\\s+page|torna\\s+su)';
/** "Back to top" links that READMEs put after each answer: a line that is only such a link. */
const BACK_TO_TOP = new RegExp(
  `^\\s*(?:<[^>]+>\\s*)*(?:\\*\\*|__)?\\s*\\[(?=.*?${TO_TOP})(?:[^[\\]]|\\[[^[\\]]*\\])*\\]\\(#[^)]*\\)\\s*(?:\\*\\*|__)?\\s*(?:<\\/[^>]+>\\s*)*$|^\\s*<a\\s+href="#[^"]*"[^>]*>[^<]*${TO_TOP}[^<]*<\\/a>\\s*$`,
  'iu',
);
/** The same link wrapped in an HTML block over several lines (`<div align="right">…`). */
const BACK_TO_TOP_BLOCK = new RegExp(
  `<(div|p)\\b[^>]*>\\s*(?:<[^>]+>\\s*)*<a\\s+href="#[^"]*"[^>]*>[^<]*${TO_TOP}[^<]*<\\/a>(?:\\s*<\\/[^>]+>)*?\\s*<\\/\\1>`,
  'giu',
);
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** Answer headings start at this level, below the deck's `###` questions. */
const ANSWER_HEADING_DEPTH = 4;

/**
 * Cleans an answer sliced from a document: "back to top" links and separators go, blank lines
 * around it go, and its headings move below the question's level (keeping their order), so
 * that writing it back in the deck format cannot turn a sub-heading into a card.
 */
export function cleanAnswer(markdown: string): string {
  const lines = dedent(markdown.replace(BACK_TO_TOP_BLOCK, '').split('\n')).filter(
    (line) => !BACK_TO_TOP.test(line),
  );
  dropAnswerLabel(lines);
  let fence: string | null = null;
  let shallowest = 7;
  const headings: number[] = [];
  for (const [i, line] of lines.entries()) {
    const step = fenceAfter(fence, line);
    fence = step.open;
    if (step.marks || fence !== null) continue;
    const prev = lines[i - 1] ?? '';
    const setext = SETEXT.exec(line)?.[1];
    if (setext && prev.trim() !== '' && !headings.includes(i - 1) && !isBlockStart(prev)) {
      // `Title\n---` is a heading too; written as ATX it moves like the others.
      const depth = setext.startsWith('=') ? 1 : 2;
      lines[i - 1] = `${'#'.repeat(depth)} ${prev.trim()}`;
      lines[i] = '';
      headings.push(i - 1);
      shallowest = Math.min(shallowest, depth);
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      headings.push(i);
      shallowest = Math.min(shallowest, atx[2]?.length ?? 6);
    }
  }
  const shift = Math.max(0, ANSWER_HEADING_DEPTH - shallowest);
  if (shift > 0) {
    for (const i of headings) {
      lines[i] = (lines[i] ?? '').replace(ATX, (_m, indent: string, marks: string) => {
        return indent + '#'.repeat(Math.min(6, marks.length + shift));
      });
    }
  }
  while (lines.length > 0 && isBlankOrBreak(lines.at(-1) ?? '')) lines.pop();
  while (lines.length > 0 && isBlankOrBreak(lines[0] ?? '')) lines.shift();
  return lines.join('\n').trimEnd();
}

/** `Answer`, in the languages interview notes are written in. */
const LABEL =
  'answer|solution|ans|respuesta|resposta|réponse|antwort|ответ|відповідь|答案|回答|解答|정답|답변';
/** `#### Answer` or `Answer:` on a line of its own: the label of what follows. */
const ANSWER_HEADING = new RegExp(
  `^ {0,3}(?:(?:#{1,6}[ \t]*|\\*\\*)(?:${LABEL})[ \t]*[:：.]?|(?:${LABEL})[ \t]*[:：])[ \t]*(?:\\*\\*)?[ \t]*$`,
  'i',
);
/** `A:`, `**Answer:**` before the answer's first words (not `Answer: B`, which is the answer). */
const ANSWER_PREFIX =
  /^(\s*)(?:\*\*(?:A|Ans|Answer)[ \t]*[:：]\*\*|(?:A|Ans|Answer)[ \t]*[:：])[ \t]*(?=\S+\s+\S+\s+\S)/i;
/** `答案：事件循环`: in a language written without spaces, the label before any words. */
const CJK_ANSWER_PREFIX =
  /^(\s*)(?:\*\*)?(?:答案|回答|解答|答|정답|답변)[ \t]*[:：](?:\*\*)?[ \t]*(?=\S)/;
/** `</b>` alone on the answer's first line: closing what the question opened
 * (`<b><details><summary>…</summary></b>`); followed by words, it is what the answer explains. */
const STRAY_CLOSING_TAGS = /^\s*(?:<\/(?:b|strong|i|em|u|p|span|div|font)>\s*)+$/i;

/** An answer's label before its first words (`#### Answer`, `A:`) is not part of it. */
function dropAnswerLabel(lines: string[]): void {
  let first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return;
  if (STRAY_CLOSING_TAGS.test(lines[first] ?? '')) lines[first] = '';
  if (lines[first]?.trim() === '') first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return;
  const line = lines[first] ?? '';
  if (ANSWER_HEADING.test(line)) lines[first] = '';
  else lines[first] = line.replace(ANSWER_PREFIX, '$1').replace(CJK_ANSWER_PREFIX, '$1');
}

function isBlankOrBreak(line: string): boolean {
  return line.trim() === '' || THEMATIC_BREAK.test(line);
}

/** Lines that a setext underline cannot follow as a heading (lists, quotes, tables…). */
function isBlockStart(line: string): boolean {
  return /^\s*(?:[-*+>|]|\d+[.)]\s|#|<)/.test(line);
}

/** Removes the indentation common to every non-blank line (answers nested in list items). */
export function dedent(lines: string[]): string[] {
  let common = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    common = Math.min(common, /^[ \t]*/.exec(line)?.[0].length ?? 0);
  }
  if (common === 0 || common === Infinity) return lines;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)?.[0].length ?? 0)));
}
