import { MAX_IMPORT_BYTES } from '../../deck/import/envelope.ts';
import type { ImportResult, ShapeName } from '../../deck/import/types.ts';
import type { DeckMessage } from '../../deck/types.ts';
import type { Fix } from './preview-fixes.ts';

/** One document being added: what was given, and what the importer made of it. */
export interface ImportDraft {
  readonly key: number;
  /** The file's name, or `pasted notes` for pasted text. */
  readonly path: string;
  readonly input: string | Uint8Array;
  /** The shape the user chose, when the guess was wrong. */
  readonly shape?: ShapeName;
  /** What the user corrected in the preview, oldest first: each one reads the document again. */
  readonly fixes: readonly Fix[];
  /** Which reading is the latest: a result from an earlier one, arriving late, is dropped. */
  readonly reading: number;
  /** From 0 to 1 while the importer runs; null once it is done. */
  readonly progress: number | null;
  readonly result: ImportResult | null;
  /** The deck's name as the user will see it; starts as the document's title. */
  readonly name: string;
  /** Set once saved: the deck's id and name, and how many own answers it brought. */
  readonly saved?: { readonly id: string; readonly title: string; readonly ownAnswers: number };
  readonly saveError?: string;
}

/** The readings in the words of someone looking at their document, not at its markup. */
export const SHAPE_LABELS: Record<ShapeName, string> = {
  deck: 'PrepDeck deck format',
  anki: 'Anki export',
  csv: 'CSV/TSV with a header',
  headings: 'Headings are questions',
  details: 'Questions with answers folded under them',
  choice: 'Multiple-choice questions (A–E options)',
  list: 'List items are questions',
  bold: 'Questions in bold',
  table: 'Rows of a table',
  text: 'Numbered or Q:/A: lines in plain text',
};

/** A result for input refused before reading it (a 50 MB file is not read into memory). */
export function refused(path: string, size: number): ImportResult | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  const message: DeckMessage = {
    path,
    line: 1,
    column: 1,
    ruleId: 'file-too-large',
    severity: 'error',
    reason: `File of ${(size / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB of questions and answers`,
  };
  return {
    deck: null,
    shape: null,
    shapesConsidered: [],
    messages: [message],
    confidence: { level: 'low', reasons: [] },
    alternatives: [],
  };
}

export function countCards(result: ImportResult): { cards: number; sections: number } {
  const sections = result.deck?.sections ?? [];
  return { cards: sections.reduce((n, s) => n + s.cards.length, 0), sections: sections.length };
}
