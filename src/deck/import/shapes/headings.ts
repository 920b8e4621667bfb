import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  endOffset,
  innerMarkdown,
  isNavigation,
  lineOf,
  plainText,
  startOffset,
  type MarkdownDoc,
} from '../markdown-doc.ts';
import { fixKey } from '../fixes.ts';
import {
  isClosingQuestion,
  isIntroductionTitle,
  isNavigationTitle,
  isQuestionsTitle,
  isFooterTitle,
  isReadmeCore,
  isReadmeHeading,
  isReadmePart,
  looksLikeFooter,
} from '../navigation.ts';
import {
  asksWithMark,
  isNumberedEntry,
  looksLikeQuestion,
  stripQuestionMarker,
} from '../question.ts';
import type { Draft, DraftCard, DraftSection, Note } from '../types.ts';

type Role = 'question' | 'section' | 'answer' | 'skip';

interface Entry {
  readonly index: number;
  readonly node: Heading;
  readonly depth: number;
  readonly text: string;
  /** Reads like a question: a question mark, an asking word, a Q marker. */
  readonly asks: boolean;
  /** Content (not navigation) right below it, before any other heading. */
  readonly answered: boolean;
  /** Only links to the page itself (a table of contents), or a title that names one. */
  readonly navigation: boolean;
  /** Numbered (`1.2 Legalese`, `G1. …`): an entry of a numbered FAQ, asking or not. */
  readonly numbered: boolean;
  /** A question heading follows below it, before a heading as shallow as it. */
  asksBelow: boolean;
  role: Role;
}

/**
 * Headings as questions, at whatever level each one is. A heading that asks is a question at
 * any depth; one that does not is a question too when it sits among questions (at the level
 * where questions repeat with answers under them, or beside a question) and is not inside
 * one. Inside a question, headings that do not ask are parts of its answer (`Example`,
 * `Further information`); above questions they are sections. Tables of contents, titles, and
 * footers (headings after the last question whose content is links, credits or licences)
 * are none of these.
 */
export function readHeadings(
  doc: MarkdownDoc,
  marked: ReadonlySet<string> = new Set(),
): Draft | null {
  const nodes = doc.tree.children;
  const entries = collect(nodes, marked);
  const depth = questionDepth(entries);
  if (depth === null) return null;
  // Headings the user marked "this is a question": their level asks, all of it.
  const forced = new Set(
    marked.size === 0 ? [] : entries.filter((e) => marked.has(fixKey(e.text))).map((e) => e.depth),
  );
  assignRoles(entries, depth, nodes, forced);
  if (!entries.some((e) => e.role === 'question')) return null;

  const first = entries[0];
  // The page's title: its only top heading, or a first heading with nothing under it followed
  // by a bigger one (`Frequently Asked Questions` underlined with `-`, then a `=` question).
  const hasTitle =
    first !== undefined &&
    first.role !== 'question' &&
    ((first.depth === 1 &&
      entries.filter((e) => e.depth === 1 && e.role !== 'skip').length === 1) ||
      (first.role === 'skip' &&
        !first.answered &&
        !first.navigation &&
        (entries[1]?.depth ?? 7) < first.depth));
  if (hasTitle) first.role = 'skip';

  const messages: Note[] = [];
  const sections: DraftSection[] = [{ title: '', line: 1, cards: [] }];
  const homes = homesOf(entries);
  let current: Entry | null = null;
  // Where each question's answer ends: the next heading that is not part of an answer.
  const ends: number[] = [];
  let end = doc.text.length;
  for (let i = entries.length - 1; i >= 0; i--) {
    ends[i] = end;
    const entry = entries[i] as Entry;
    if (entry.role !== 'answer') end = startOffset(entry.node);
  }
  for (const [i, entry] of entries.entries()) {
    if (entry.role !== 'question') continue;
    const home = homes.get(entry) ?? null;
    if (home !== current) {
      current = home;
      sections.push({
        title: home?.text ?? '',
        line: home ? lineOf(home.node) : lineOf(entry.node),
        cards: [],
      });
    }
    const labelled = LABEL_ONLY.test(entry.text)
      ? askedBelow(doc, nodes, entry.index, ends[i] ?? doc.text.length)
      : null;
    sections.at(-1)?.cards.push({
      question: stripQuestionMarker(innerMarkdown(entry.node, doc.text)),
      answer: doc.text.slice(endOffset(entry.node), ends[i]),
      line: lineOf(entry.node),
      ...labelled,
    });
  }
  return {
    title: hasTitle ? first.text : undefined,
    description: hasTitle ? description(doc, nodes, first.index) : undefined,
    sections: sections.filter((s, i) => i === 0 || s.cards.length > 0),
    messages,
    // What the user may mark "this is a question": headings with content that are not.
    candidates: entries
      .filter(
        (e) =>
          e.role !== 'question' && !e.navigation && e.answered && e !== (hasTitle ? first : null),
      )
      .map((e) => ({ line: lineOf(e.node), question: e.text })),
  };
}

/** A heading that only numbers a question: `Question 1`, `Problem 3:`, `Задача 2`. */
const LABEL_ONLY =
  /^(?:question|q|problem|exercise|task|quiz|challenge|puzzle|вопрос|задача|задание|pregunta|ejercicio|pergunta|exerc[ií]cio|frage|aufgabe|问题|題目|问|문제|질문)\s*(?:#|№|no\.?)?\s*\d{1,4}\s*[.:)]?$/iu;

/** `**Answer:**`, `Answer:`, `A:`, `Solution:` opening the paragraph where an answer starts. */
const ANSWER_LABEL =
  /^(?:\*\*|__)?(?:answer|ans|a|solution|ответ|решение|respuesta|soluci[oó]n|resposta|r[ée]ponse|antwort|l[öo]sung|答案?|解答|정답|답)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*/iu;

/**
 * Under a heading that only numbers it (`## Question 1`), the question is the first paragraph;
 * what follows up to an answer label (`**Answer:**`) is its prompt (code, options), the rest the
 * answer. Null when the heading holds no paragraph first.
 */
function askedBelow(
  doc: MarkdownDoc,
  nodes: readonly RootContent[],
  index: number,
  end: number,
): Pick<DraftCard, 'question' | 'answer' | 'prompt'> | null {
  const first = nodes[index + 1];
  if (first?.type !== 'paragraph' || startOffset(first) >= end) return null;
  const question = doc.text.slice(startOffset(first), endOffset(first)).trim();
  let at = index + 2;
  while (at < nodes.length && startOffset(nodes[at] as RootContent) < end) {
    const node = nodes[at] as RootContent;
    const label =
      node.type === 'paragraph' ? ANSWER_LABEL.exec(doc.text.slice(startOffset(node))) : null;
    if (label) {
      const prompt = doc.text.slice(endOffset(first), startOffset(node)).trim();
      return {
        question,
        answer: doc.text.slice(startOffset(node) + label[0].length, end).trim(),
        ...(prompt === '' ? {} : { prompt }),
      };
    }
    at++;
  }
  return { question, answer: doc.text.slice(endOffset(first), end).trim() };
}

/**
 * The most cards `readHeadings` can find, known without reading: one per heading at the top
 * level of the document (the headings `collect` looks at).
 */
export function headingCount(doc: MarkdownDoc): number {
  let count = 0;
  for (const node of doc.tree.children) if (node.type === 'heading') count++;
  return count;
}

function collect(nodes: readonly RootContent[], marked: ReadonlySet<string>): Entry[] {
  const entries: Entry[] = [];
  // Each heading's words, as a contents line gives them, and where they last head a part:
  // made once, the first time a "Contents" heading with lines below it asks.
  let lastHeading: Map<string, number> | null = null;
  const headingPlaces = () => {
    if (lastHeading) return lastHeading;
    lastHeading = new Map();
    for (const [index, node] of nodes.entries())
      if (node.type === 'heading') lastHeading.set(tocKey(plainText(node)), index);
    return lastHeading;
  };
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'heading') continue;
    const text = plainText(node);
    const below = contentBelow(nodes, index);
    const linksOnly =
      below.some((n) => n.type === 'list' || n.type === 'paragraph') && isNavigation(below);
    const next = nodes[index + below.length + 1];
    // An answer may be all sub-headings (`### Answer`, `### Example` under each question).
    const deeper = next?.type === 'heading' && next.depth > node.depth;
    entries.push({
      index,
      node,
      depth: node.depth,
      text,
      asks:
        (looksLikeQuestion(text) && !isClosingQuestion(text)) ||
        (marked.size > 0 && marked.has(fixKey(text))),
      answered: (below.length > 0 && !linksOnly) || (below.length === 0 && deeper),
      navigation:
        linksOnly ||
        (isNavigationTitle(text) &&
          (!hasProse(below) || namesLaterHeadings(below, headingPlaces(), index))),
      numbered: isNumberedEntry(text),
      asksBelow: false,
      role: 'skip',
    });
  }
  // Which headings have a question below them (a question's ancestors are sections).
  const stack: Entry[] = [];
  for (const entry of entries) {
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= entry.depth) stack.pop();
    if (entry.asks && !entry.navigation) for (const above of stack) above.asksBelow = true;
    stack.push(entry);
  }
  return entries;
}

/** The level where headings repeat with answers under them and read as questions. */
function questionDepth(entries: readonly Entry[]): number | null {
  const repeated = repeatedTexts(entries);
  let best: number | null = null;
  let bestScore = 0;
  for (let depth = 1; depth <= 6; depth++) {
    const level = entries.filter((e) => e.depth === depth && !e.navigation);
    const answered = level.filter((e) => e.answered);
    if (answered.length === 0 || (depth === 1 && level.length === 1 && !level[0]?.asks)) continue;
    const repeats = level.filter((e) => repeated.has(key(e))).length;
    const score = answered.length + 2 * answered.filter((e) => e.asks).length - 2 * repeats;
    if (score > bestScore) {
      best = depth;
      bestScore = score;
    }
  }
  return best;
}

function assignRoles(
  entries: Entry[],
  depth: number,
  nodes: readonly RootContent[],
  forced: ReadonlySet<number>,
): void {
  const repeated = repeatedTexts(entries);
  // Questions numbered nearly all at the first level where they ask (`## 1. What is…?`): under a
  // numbered one, a heading without a number or a question mark is its answer's ("### When to
  // use GraphQL or REST" inside "## 1. What is GraphQL?"); "### Follow-up: why…?" still asks.
  const numbered = numberedQuestions(entries);
  const stack: Entry[] = [];
  for (const [at, entry] of entries.entries()) {
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= entry.depth) stack.pop();
    const inQuestion = stack.some((e) => e.role === 'question');
    const inNumbered =
      numbered && !entry.numbered && stack.some((e) => e.role === 'question' && e.numbered);
    entry.role = inQuestion
      ? entry.asks && !repeated.has(key(entry)) && !(inNumbered && !asksWithMark(entry.text))
        ? 'question'
        : 'answer'
      : entry.navigation
        ? 'skip'
        : entry.asks && !repeated.has(key(entry))
          ? 'question'
          : entry.asksBelow
            ? 'section'
            : repeated.has(key(entry)) || !entry.answered
              ? 'skip'
              : entry.depth === depth || forced.has(entry.depth) || besideQuestion(entries, at)
                ? 'question'
                : entry.depth < depth
                  ? 'section'
                  : 'skip';
    stack.push(entry);
  }
  // Headings that do not ask are questions among questions, not an introduction before the
  // first one ("Introduction", "About") nor a footer closing the page ("License", "Authors").
  const firstAsking = entries.find((e) => e.role === 'question' && e.asks);
  for (const entry of entries) {
    if (entry.role !== 'question' || entry.asks || forced.has(entry.depth)) continue;
    if (firstAsking && entry.index < firstAsking.index && isIntroductionTitle(entry.text))
      entry.role = 'skip';
  }
  // The parts that close the page (named like a footer, or holding mostly links), read back
  // from its end after the last question that asks: the first part that is neither ends them,
  // so an entry answered with two links above it ("Stuck? See [forum](…), [chat](…)") stays.
  // A part named so (License, Contributors) closes the page wherever it sits after the last
  // question; one that only holds links, only in the run at the page's end.
  const lastAsking = entries.findLast((e) => e.role === 'question' && e.asks);
  // Questions numbered nearly all (`Q1.` … `Q8.`): an unnumbered summary or checklist closing
  // the page ("Quick one-liner if asked to summarize") is the page's, not a question; a task
  // ("Bonus: LRU cache") or a problem stated stays.
  const questions = entries.filter((e) => e.role === 'question');
  const unnumbered = questions.filter((e) => !e.numbered).length;
  const numberedPage =
    questions.length - unnumbered >= 3 && unnumbered <= Math.max(1, questions.length * 0.2);
  let atEnd = true;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as Entry;
    if (lastAsking && entry.index <= lastAsking.index) break;
    if (entry.role !== 'question' && entry.role !== 'section') continue;
    if (entry.asks || forced.has(entry.depth)) continue;
    if (isFooterTitle(entry.text)) entry.role = 'skip';
    else if (atEnd && looksLikeFooter(entry.text, contentBelow(nodes, entry.index)))
      entry.role = 'skip';
    else if (atEnd && numberedPage && !entry.numbered && CLOSING_NOTE.test(entry.text))
      entry.role = 'skip';
    else if (entry.role === 'question' && !underFooter(entries, i)) {
      if (!lastAsking) break;
      atEnd = false;
    }
  }
  leaveReadmeParts(entries, forced);
  // What sits under a skipped footer section goes with it.
  let footer: Entry | null = null;
  for (const entry of entries) {
    if (footer && entry.depth > footer.depth && !entry.asks) entry.role = 'skip';
    else footer = entry.role === 'skip' && entry.index > (firstAsking?.index ?? -1) ? entry : null;
  }
}

/** Whether the part holding entry `at` is named like a footer (`## Resources` › `### Books`). */
function underFooter(entries: readonly Entry[], at: number): boolean {
  const depth = entries[at]?.depth ?? 0;
  const parent = entries.slice(0, at).findLast((e) => e.depth < depth);
  return parent !== undefined && parent.role === 'section' && looksLikeFooter(parent.text, []);
}

/** Each question's section: its nearest enclosing heading in the role of one (null: none). */
function homesOf(entries: readonly Entry[]): Map<Entry, Entry | null> {
  const homes = new Map<Entry, Entry | null>();
  const open: Entry[] = [];
  for (const entry of entries) {
    while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= entry.depth) open.pop();
    if (entry.role === 'section') open.push(entry);
    if (entry.role === 'question') homes.set(entry, open.at(-1) ?? null);
  }
  return homes;
}

/**
 * A project's README around its questions: headings that do not ask and name a README's parts
 * (Install, Usage, API, Team, or sit under such a part) are the rest of the page, not
 * questions, in two cases. When a part named "FAQ" asks, wherever most headings of their part
 * do not ask; on a page whose questions nearly all ask (three in four, four or more), before
 * the first question. Terms and tasks ("Virtual DOM", "Two Sum") stay cards, and so do entries
 * numbered like most questions (a numbered FAQ states problems as often as it asks) and after
 * the last question an entry that states a problem ("Running X I get error Y").
 */
function leaveReadmeParts(entries: readonly Entry[], forced: ReadonlySet<number>): void {
  const homes = homesOf(entries);
  const questions = [...homes.keys()];
  const numbered = questions.filter((e) => e.numbered).length >= questions.length / 2;
  const mayLeave = (entry: Entry) =>
    !asksHere(entry) && !forced.has(entry.depth) && !(numbered && entry.numbered);
  const parts = new Map<Entry | null, Entry[]>();
  for (const [entry, home] of homes) parts.set(home, [...(parts.get(home) ?? []), entry]);
  const mostlyAsk = (part: readonly Entry[]) =>
    part.filter((e) => e.asks).length >= 0.5 * part.length;
  // A project's README (Install, Usage, API or Config, and another such part): beside its FAQ, every
  // part that does not ask is the README's, whatever it is called (`## Tips`, `### Why not`),
  // and the FAQ's entries are its questions even when they state a problem.
  const readme =
    entries.some((e) => isReadmeCore(e.text)) &&
    entries.filter((e) => isReadmeHeading(e.text)).length >= 2;
  const isFaq = (home: Entry | null) => home !== null && isQuestionsTitle(home.text);
  const faq = [...parts].some(([home, part]) => isFaq(home) && (readme || mostlyAsk(part)));
  // Outside a README's FAQ, "Why not", "How it works" open with a question word and name a
  // part of the page; "What is hoisting" asks without its question mark.
  function asksHere(entry: Entry): boolean {
    return entry.asks && !(readme && !asksWithMark(entry.text) && WH_TITLE.test(entry.text));
  }
  if (faq)
    for (const [home, part] of parts) {
      if (readme ? isFaq(home) || part.every(asksHere) : mostlyAsk(part)) continue;
      for (const entry of part) {
        const named = isReadmePart(entry.text) || (home !== null && isReadmePart(home.text));
        if ((readme || named) && mayLeave(entry)) entry.role = 'skip';
      }
    }
  const asking = questions.filter((e) => e.asks);
  const first = asking[0];
  if (!first || asking.length < 4 || asking.length < 0.75 * questions.length) return;
  for (const entry of questions)
    if (entry.index < first.index && isReadmePart(entry.text) && mayLeave(entry))
      entry.role = 'skip';
}

/** A page's closing summary or checklist, in the languages interview notes are written in. */
const CLOSING_NOTE =
  /\b(?:summary|summari[sz]ed?|conclusions?|recap|wrap(?:ping)?[ -]?up|one[- ]liner|tl;?dr|checklist|cheat ?sheet|(?:key )?takeaways?|final thoughts)\b|체크리스트|요약|정리|总结|小结|まとめ|resumen|resumo|итог/i;
/** "How it works", "Why not": a question word opening a title; "How to…" and "What is…" ask. */
const WH_TITLE =
  /^(?:why|how|what|when|where|which|who)\b(?!\s+(?:to|is|are|was|were|am|do|does|did|can|could|should|would|will|shall|may|might|must|has|have|had|isn't|aren't|doesn't|don't|didn't|can't|won't|shouldn't)\b)/i;

/**
 * Whether the headings that ask, at the shallowest depth where three or more do, are numbered
 * (four in five): the numbered questions, with the headings inside their answers below them.
 */
function numberedQuestions(entries: readonly Entry[]): boolean {
  const asking = new Map<number, Entry[]>();
  for (const e of entries) {
    if (!e.asks) continue;
    const level = asking.get(e.depth);
    if (level) level.push(e);
    else asking.set(e.depth, [e]);
  }
  const depth = [...asking.keys()]
    .sort((a, b) => a - b)
    .find((d) => (asking.get(d)?.length ?? 0) >= 3);
  const level = depth === undefined ? [] : (asking.get(depth) ?? []);
  return level.length >= 3 && level.filter((e) => e.numbered).length >= level.length * 0.8;
}

/** Whether the nearest heading at the same depth, before or after it, asks. */
function besideQuestion(entries: readonly Entry[], at: number): boolean {
  const entry = entries[at] as Entry;
  const sibling = (step: 1 | -1): Entry | undefined => {
    for (let i = at + step; i >= 0 && i < entries.length; i += step) {
      const other = entries[i];
      if (!other || other.depth < entry.depth) return undefined;
      if (other.depth === entry.depth) return other;
    }
    return undefined;
  };
  return !!(sibling(-1)?.asks || sibling(1)?.asks);
}

const key = (entry: Entry) => entry.text.toLowerCase();

/** Texts that do not ask and head more than one part: sub-headings such as "Example". */
function repeatedTexts(entries: readonly Entry[]): Set<string> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    // A heading's copy in a table of contents (its links below it) is not a repeat.
    if (entry.asks || entry.navigation) continue;
    counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([text]) => text));
}

/** The top-level nodes right below a heading, up to the next heading. */
function contentBelow(nodes: readonly RootContent[], index: number): RootContent[] {
  const below: RootContent[] = [];
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node || node.type === 'heading') break;
    below.push(node);
  }
  return below;
}

/** A heading's words as a contents line gives them: `(3.1). Which…` and `(3.1) Which…` alike. */
const tocKey = (text: string) => stripQuestionMarker(text).toLowerCase().replace(/\s+/g, ' ');

/**
 * A plain-text table of contents: the lines below the heading are, nearly all of them, the words
 * of headings that come after it (a FAQ.txt's "Contents" lists its questions without links).
 */
function namesLaterHeadings(
  below: readonly RootContent[],
  lastHeading: ReadonlyMap<string, number>,
  index: number,
): boolean {
  const lines = below
    .filter((n) => n.type === 'paragraph' || n.type === 'list')
    .flatMap((n) => toString(n, { includeHtml: false }).split('\n'))
    .map((line) => tocKey(line.trim()))
    .filter((line) => line !== '');
  const named = lines.filter((line) => (lastHeading.get(line) ?? -1) > index).length;
  return lines.length >= 3 && named >= lines.length * 0.8;
}

const hasProse = (nodes: readonly RootContent[]) =>
  nodes.some((n) => n.type === 'paragraph' && !isNavigation([n]));

/** Prose between the title and the first heading, unless it is only badges and links. */
function description(doc: MarkdownDoc, nodes: readonly RootContent[], index: number): string {
  const below = contentBelow(nodes, index).filter(
    (n) => n.type === 'paragraph' && !isNavigation([n]),
  );
  return below.map((n) => doc.text.slice(startOffset(n), endOffset(n))).join('\n\n');
}
