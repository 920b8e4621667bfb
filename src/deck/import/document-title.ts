import { fenceAfter } from '../fence.ts';
import { isNavigationTitle } from './navigation.ts';
import { looksLikeQuestion } from './question.ts';

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
// At the margin: a heading indented into a list item (`   ###### Example:`) is an answer's.
const ATX = /^#{1,6}[ \t]+(.+?)[ \t#]*$/;

/** `title:` in YAML front matter (quoted or not), if the document has one. */
export function frontMatterTitle(text: string): string | undefined {
  const yaml = FRONT_MATTER.exec(text)?.[1];
  const value = yaml && /^title:[ \t]*(.+?)[ \t]*$/m.exec(yaml)?.[1];
  return value ? value.replace(/^(["'])(.*)\1$/, '$2').trim() || undefined : undefined;
}

/**
 * A heading's words as a deck's title: without badges, images, link targets, tags and marks;
 * undefined when none are left or they are navigation ("Back to the home page").
 */
function titleWords(heading: string): string | undefined {
  const plain = heading
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>|[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain === '' || isNavigationTitle(plain) ? undefined : plain;
}

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-{2,})[ \t]*$/;

/**
 * The title a shape read (its words already plain, `__init__` and `Vec<T>` as written): a link's
 * words without its target; undefined when it is navigation ("Back to the home page").
 */
export function shapeTitle(title: string | undefined): string | undefined {
  const words = title?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
  return !words || isNavigationTitle(words) ? undefined : words;
}

/**
 * The first heading that names the document (not a question, not "Contents"), as plain text:
 * what a deck read from it is called when no reading found a title of its own.
 */
export function firstHeading(text: string): string | undefined {
  let fence: string | null = null;
  const lines = text.split('\n', 400);
  for (const [i, line] of lines.entries()) {
    const step = fenceAfter(fence, line);
    fence = step.open;
    if (step.marks || fence !== null) continue;
    // `Title` over `=====` or `-----`, the paragraph's first line (else it is not a title).
    const underlined =
      SETEXT_UNDERLINE.test(lines[i + 1] ?? '') &&
      (lines[i - 1] ?? '').trim() === '' &&
      /^ {0,3}[^\s>*+#|-]/.test(line)
        ? line.trim()
        : undefined;
    const heading = ATX.exec(line)?.[1] ?? underlined;
    if (!heading) continue;
    const plain = titleWords(heading);
    if (plain === undefined) continue;
    return looksLikeQuestion(plain) ? undefined : plain;
  }
  return undefined;
}

/**
 * A plain-text document's first line, when it stands alone as a title does: short, followed by
 * a blank line, in words rather than punctuation, not a question nor a list's first item.
 * Banners drawn in punctuation (ASCII art, `*****` boxes) before it are passed over.
 */
export function firstLineTitle(text: string): string | undefined {
  const paragraphs = text.split(/\n[ \t]*\n/, 20);
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every(isDrawing)) continue;
    const line = plainLine(lines[0] ?? '');
    // Underlined (`TOX FAQ` over `=======`), it is a title all the more.
    const underlined = lines.length === 2 && /^\s*(?:={3,}|-{3,})\s*$/.test(lines[1] ?? '');
    if ((lines.length > 1 && !underlined) || line === '' || line.length > 80) return undefined;
    if (/^(?:[-*+•]|\d+[.)]|[QA]\s*[:.)])\s*/i.test(line) || looksLikeQuestion(line))
      return undefined;
    return line;
  }
  return undefined;
}

/** A line drawn in marks (ASCII art, a box's edge) rather than written: no letter or digit. */
export function isDrawing(line: string): boolean {
  const marks = line.replace(/\s/g, '');
  return marks.length >= 3 && !/[\p{L}\p{N}]/u.test(marks);
}

/** A line's words without markdown's marks (`**Java basics**` → `Java basics`). */
const plainLine = (line: string): string =>
  line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*#+\s+/, '')
    .replace(/[*_`]/g, '')
    .trim();

/** YAML front matter is blanked, not removed, so line numbers still match the file. */
export function blankFrontMatter(text: string): string {
  const match = /^---\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}
