import type { CardText } from '../../deck/edits/card-edit.ts';
import { cardText, readTypedTags, textProblems } from '../../deck/edits/edit-check.ts';

export type EditField = 'question' | 'prompt' | 'answer' | 'tags';

/** The fields in the order the editor shows them: on a save, the first with a problem takes focus. */
export const EDIT_FIELDS: readonly EditField[] = ['question', 'prompt', 'answer', 'tags'];

/** What the editor's boxes hold, as typed. */
export interface Draft {
  readonly question: string;
  readonly prompt: string;
  readonly answer: string;
  /** Tags separated by spaces or commas. */
  readonly tags: string;
}

export interface CheckedDraft {
  readonly text: CardText;
  /** The tags as a card keeps them; empty when they cannot be read (see `problems.tags`). */
  readonly tags: readonly string[];
  readonly problems: Readonly<Record<EditField, readonly string[]>>;
  /** The first field with a problem; null when the draft can be saved. */
  readonly firstProblem: EditField | null;
}

/** The draft as it would be saved, and what stops it, field by field. */
export function checkDraft(draft: Draft): CheckedDraft {
  const text = cardText(draft.question, draft.prompt, draft.answer);
  const problems: Record<EditField, string[]> = { question: [], prompt: [], answer: [], tags: [] };
  for (const { field, message } of textProblems(text)) problems[field].push(message);
  const typed = readTypedTags(draft.tags);
  if ('problem' in typed) problems.tags.push(typed.problem.message);
  return {
    text,
    tags: 'tags' in typed ? typed.tags : [],
    problems,
    firstProblem: EDIT_FIELDS.find((field) => problems[field].length > 0) ?? null,
  };
}

/** A card's text and tags as the editor opens on them. */
export const draftOf = (text: CardText, tags: readonly string[] = []): Draft => ({
  question: text.question,
  prompt: text.prompt,
  answer: text.answer,
  tags: tags.join(' '),
});
