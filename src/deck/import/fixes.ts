import type { Draft, DraftCard, DraftSection, ShapeName } from './types.ts';

/**
 * What the user corrected in the preview, kept with the deck so that "Update from a new
 * version" reads the new document the same way. Every fix names text, never a line number:
 * lines move between versions, questions mostly do not.
 */
export interface ImportFixes {
  /** "Read as": the reading the user chose instead of the one found. */
  readonly shape?: ShapeName;
  /**
   * Lines marked "this is a question" (their question text): the reading is redone with one
   * that asks them, so every line of the same pattern becomes a question too.
   */
  readonly questions?: readonly string[];
  /**
   * Lines marked "not a question": in every reading, a card with that question becomes part of
   * the answer above it (or goes, when nothing is above it).
   */
  readonly notQuestions?: readonly string[];
  /** Cards dropped, by question. */
  readonly drop?: readonly string[];
  /** Cards merged into the card before them, by question. */
  readonly mergeUp?: readonly string[];
  /** Cards split in two at an answer line, which becomes the new card's question. */
  readonly splits?: readonly { readonly question: string; readonly line: string }[];
  /** Questions reworded. */
  readonly rename?: readonly { readonly question: string; readonly to: string }[];
}

/**
 * The key a fix matches a question by: lower case, markdown marks, numbering and link targets
 * gone, spaces collapsed. The draft's inline markdown and the card's plain text give the same.
 */
export function fixKey(text: string): string {
  // Most questions hold no mark at all: they skip the replacements (every reading's every
  // question is keyed, thousands in a big document).
  const plain = /^[\x20-\x7e]*$/.test(text) && !/[[<#*`~>\\_]/.test(text);
  const marked = plain
    ? text
    : text
        .normalize('NFC')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/^\s*#+\s*/, '')
        // Emphasis marks go; `C#` and `snake_case` keep theirs.
        .replace(/[*`~>\\]/g, '')
        .replace(/(^|[^\p{L}\p{N}_])_([^_]+)_(?![\p{L}\p{N}_])/gu, '$1$2');
  return marked.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** `key` remembered for each text: one reading keys the same questions many times. */
export function remembered(key: (text: string) => string): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let found = keys.get(text);
    if (found === undefined) keys.set(text, (found = key(text)));
    return found;
  };
}

/** A question's key without its numbering (`12.`, `Q3)`, `4.2`): the same question, renumbered. */
export const unnumberedKey = (text: string): string =>
  fixKey(text).replace(/^(?:q(?:uestion)?\s*)?\d{1,4}(?:\.\d{1,4})*\s*[.):-]?\s+(?=\S)/, '');

export const hasFixes = (fixes: ImportFixes | undefined): boolean =>
  fixes !== undefined &&
  Object.entries(fixes).some(([, value]) => (Array.isArray(value) ? value.length > 0 : !!value));

/** Whether a reading asks the question (used to keep only readings that ask marked lines). */
export function asks(draft: Draft, question: string): boolean {
  const key = fixKey(question);
  return draft.sections.some((s) => s.cards.some((c) => fixKey(c.question) === key));
}

/** Applies the per-card fixes to a reading: not-a-question, drop, merge, split, reword. */
export function applyFixes(draft: Draft, fixes: ImportFixes | undefined): Draft {
  if (!fixes || !hasFixes(fixes)) return draft;
  const keys = (list: readonly string[] | undefined) => new Set((list ?? []).map(fixKey));
  const notQuestions = keys(fixes.notQuestions);
  const drop = keys(fixes.drop);
  const mergeUp = keys(fixes.mergeUp);
  const splits = new Map((fixes.splits ?? []).map((s) => [fixKey(s.question), s.line]));
  const rename = new Map((fixes.rename ?? []).map((r) => [fixKey(r.question), r.to]));
  const sections: DraftSection[] = [];
  let previous: { section: DraftSection; index: number } | null = null;
  for (const section of draft.sections) {
    const cards: DraftCard[] = [];
    const next: DraftSection = { ...section, cards };
    sections.push(next);
    for (const card of section.cards) {
      const key = fixKey(card.question);
      if (drop.has(key)) continue;
      if (notQuestions.has(key) || mergeUp.has(key)) {
        if (previous) {
          const above = previous.section.cards[previous.index] as DraftCard;
          const heading = notQuestions.has(key) ? `**${card.question.trim()}**\n\n` : '';
          const parts = [
            above.answer.trimEnd(),
            heading + [card.prompt, card.answer].filter(Boolean).join('\n\n').trim(),
          ];
          previous.section.cards[previous.index] = {
            ...above,
            answer: parts.filter((p) => p !== '').join('\n\n'),
          };
        }
        continue;
      }
      const renamed = rename.get(key);
      const split = splits.get(key);
      const pieces = split === undefined ? [card] : splitCard(card, split);
      for (const [i, piece] of pieces.entries()) {
        cards.push(i === 0 && renamed !== undefined ? { ...piece, question: renamed } : piece);
        previous = { section: next, index: cards.length - 1 };
      }
    }
  }
  return { ...draft, sections };
}

/** `# `, `**…**`, `1.`, `- `: marks of a line that becomes a question. */
const LINE_MARKS = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,4}[.)]\s+|>\s*)*|\s*#*\s*$/g;

function splitCard(card: DraftCard, at: string): DraftCard[] {
  const lines = card.answer.split('\n');
  const bare = (line: string) =>
    line
      .replace(LINE_MARKS, '')
      .replace(/^\*\*(.*)\*\*$/, '$1')
      .trim();
  const key = fixKey(bare(at));
  const index = lines.findIndex((l) => l.trim() !== '' && fixKey(bare(l)) === key);
  if (index < 0) return [card];
  return [
    { ...card, answer: lines.slice(0, index).join('\n') },
    // The answer starts below the question: its line is a close guess, for messages only.
    {
      question: bare(lines[index] ?? ''),
      answer: lines.slice(index + 1).join('\n'),
      line: card.line + 1 + index,
    },
  ];
}
