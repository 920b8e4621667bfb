import { expandCloze, hasCloze } from '../import/cloze.ts';
import { MAX_QUESTION_CHARS } from '../limits.ts';
import type { CardOutline, DeckOutline, SectionOutline } from '../types.ts';
import type { CardEdit, CardEdits, CardText } from './card-edit.ts';

/** A deck as the user sees it, and the answers of its cards that are not the deck's own. */
export interface Overlaid {
  readonly deck: DeckOutline;
  /** By card key: rewritten answers, and those of cards made from a note (cloze, reverse). */
  readonly answers: ReadonlyMap<string, string>;
}

/**
 * Markdown as one line of plain text, for lists, search and screen readers (the card itself
 * is drawn from its markdown): marks, link targets and line breaks dropped.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)]|>|#{1,6})\s+/gm, '')
    .replace(/```[^\n]*\n?/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\\([\\[\]()*_`~#>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const oneLine = (text: string) =>
  text.length > MAX_QUESTION_CHARS ? `${text.slice(0, MAX_QUESTION_CHARS - 1)}…` : text;

/** Deletion numbers of a cloze note, in the order its cards are made. */
function clozeNumbers(text: string): number[] {
  const numbers = [...text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]));
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** The key of the note a card is made from (a cloze deletion `-cN`, a reverse card), if any. */
export const noteKeyOf = (key: string): string | undefined =>
  /^(.+)-(?:c\d+|reverse)$/.exec(key)?.[1];

/**
 * The questions a cloze note's cards ask, one per deletion (`[...]` where it is hidden), or
 * none for a note without deletions: what the editor shows before saving.
 */
export function clozeQuestions(text: CardText): string[] {
  const note = text.question + (text.prompt ? `\n${text.prompt}` : '');
  if (!hasCloze(note)) return [];
  const drafts = expandCloze({ ...text, line: 0 });
  if (drafts.length !== clozeNumbers(note).length) return [];
  return drafts.map((draft) => oneLine(plainText(draft.question)));
}

/**
 * The cards one note makes: itself, or one per cloze deletion (the first keeps the note's id,
 * so its progress stays; the others are `id-cN`), and its reverse card when asked for.
 */
function cardsOf(
  base: CardOutline,
  text: CardText,
  edit: CardEdit | undefined,
  answers: Map<string, string>,
  prefix: string,
): CardOutline[] {
  const made: { card: CardOutline; answer: string }[] = [];
  const note = text.question + (text.prompt ? `\n${text.prompt}` : '');
  const numbers = hasCloze(note) ? clozeNumbers(note) : [];
  const drafts = numbers.length > 0 ? expandCloze({ ...text, line: base.line }) : [];
  if (drafts.length === numbers.length && drafts.length > 0) {
    drafts.forEach((draft, i) => {
      // The first deletion is the note's own card, with its marks; the others have their own.
      const { prompt: _prompt, ...own } = base;
      const { suspended: _s, buriedUntil: _b, ...rest } = own;
      made.push({
        card: {
          ...(i === 0 ? own : rest),
          ...(i === 0
            ? { id: base.id }
            : { id: `${base.id}-c${numbers[i] ?? i + 1}`, note: base.id }),
          question: draft.question,
          questionText: oneLine(plainText(draft.question)),
          ...(draft.prompt ? { prompt: draft.prompt } : {}),
        },
        answer: draft.answer,
      });
    });
  } else made.push({ card: base, answer: text.answer });
  if (edit?.reverse?.on) {
    // The answer asks; the question (and what was shown with it) answers.
    const asked = plainText(text.answer);
    const short = !text.answer.includes('\n') && asked.length <= MAX_QUESTION_CHARS;
    const { prompt: _prompt, suspended: _s, buriedUntil: _b, ...rest } = base;
    made.push({
      card: {
        ...rest,
        id: `${base.id}-reverse`,
        note: base.id,
        question: short ? text.answer.trim() : 'What is this the answer to?',
        questionText: short ? asked : `What is this the answer to? ${oneLine(asked)}`,
        ...(short ? {} : { prompt: text.answer }),
      },
      answer: [text.question, text.prompt].filter(Boolean).join('\n\n'),
    });
  }
  for (const { card, answer } of made) {
    if (card !== base || edit?.text?.value) answers.set(`${prefix}${card.id}`, answer);
  }
  return made.map(({ card }) => card);
}

/** A card made from a note, suspended or buried on its own (its text is the note's). */
function marked(card: CardOutline, edit: CardEdit | undefined): CardOutline {
  if (!edit) return card;
  return {
    ...card,
    ...(edit.suspended?.on ? { suspended: true } : {}),
    ...((edit.buried?.until ?? 0) > 0 ? { buriedUntil: edit.buried?.until ?? 0 } : {}),
  };
}

/** The card with the user's text, tags and marks; the text it is shown with. */
function shown(card: CardOutline, edit: CardEdit, original: CardText): [CardOutline, CardText] {
  let next: CardOutline = card;
  const text = edit.text?.value;
  if (text) {
    const { prompt: _prompt, ...rest } = card;
    next = {
      ...rest,
      question: text.question,
      questionText: text.questionText,
      ...(text.prompt ? { prompt: text.prompt } : {}),
      edited: true,
    };
  }
  if (edit.tags) {
    const { tags: _tags, ...rest } = next;
    next = edit.tags.tags.length > 0 ? { ...rest, tags: edit.tags.tags } : rest;
  }
  if (edit.suspended?.on) next = { ...next, suspended: true };
  if ((edit.buried?.until ?? 0) > 0) next = { ...next, buriedUntil: edit.buried?.until ?? 0 };
  return [next, text ?? original];
}

/**
 * Lays the user's edits over a deck: their text and tags, cards deleted, moved and added (in
 * sections the deck may lack), cloze notes made into one card per deletion, reverse cards.
 * `answerOf` gives a card's own answer, needed only for a reverse card of an unedited card.
 */
export function overlayDeck(
  deck: DeckOutline,
  edits: CardEdits,
  answerOf: (key: string) => string | undefined,
): Overlaid {
  const prefix = `${deck.id}/`;
  const mine = new Map<string, CardEdit>();
  for (const [key, edit] of Object.entries(edits)) {
    if (key.startsWith(prefix)) mine.set(key.slice(prefix.length), edit);
  }
  const answers = new Map<string, string>();
  if (mine.size === 0) return { deck, answers };

  const sections: { id: string; title: string; cards: CardOutline[] }[] = deck.sections.map(
    (s) => ({ id: s.id, title: s.title, cards: [] }),
  );
  const byId = new Map<string, (typeof sections)[number]>();
  for (const section of sections) if (!byId.has(section.id)) byId.set(section.id, section);
  const sectionFor = (id: string, title: string) => {
    let section = byId.get(id);
    if (!section) {
      section = { id, title, cards: [] };
      sections.push(section);
      byId.set(id, section);
    }
    return section;
  };
  const ids = new Set(deck.sections.flatMap((s) => s.cards.map((c) => c.id)));
  // Cards made from a note take their own marks (a cloze deletion suspended alone).
  const own = (cards: CardOutline[]) =>
    cards.map((card) => (card.note === undefined ? card : marked(card, mine.get(card.id))));
  for (const section of deck.sections) {
    for (const card of section.cards) {
      const edit = mine.get(card.id);
      if (!edit) {
        sectionFor(section.id, section.title).cards.push(card);
        continue;
      }
      if (edit.deleted?.on) continue;
      const original: CardText = {
        question: card.question,
        questionText: card.questionText,
        prompt: card.prompt ?? '',
        answer: answerOf(`${prefix}${card.id}`) ?? '',
      };
      const [base, text] = shown(card, edit, original);
      const into = edit.moved
        ? sectionFor(edit.moved.section, edit.moved.sectionTitle)
        : sectionFor(section.id, section.title);
      into.cards.push(...own(cardsOf(base, text, edit, answers, prefix)));
    }
  }
  const added = [...mine].filter(([id, edit]) => edit.added && !edit.deleted?.on && !ids.has(id));
  added.sort(([, a], [, b]) => (a.added?.at ?? 0) - (b.added?.at ?? 0));
  for (const [id, edit] of added) {
    const text = edit.text?.value;
    if (!text || !edit.added) continue;
    const card: CardOutline = {
      id,
      question: text.question,
      questionText: text.questionText,
      line: 0,
    };
    const [{ edited: _edited, ...base }] = shown(card, edit, text);
    sectionFor(edit.added.section, edit.added.sectionTitle).cards.push(
      ...own(cardsOf({ ...base, added: true }, text, edit, answers, prefix)),
    );
    answers.set(`${prefix}${id}`, answers.get(`${prefix}${id}`) ?? text.answer);
  }
  // A section whose cards were all moved or deleted is left out, as a deck file would have it.
  const kept: SectionOutline[] = sections.filter((s) => s.cards.length > 0);
  return { deck: { ...deck, sections: kept }, answers };
}
