import type { Deck, DeckMessage, DeckRule, Severity } from '../types.ts';
import type { ImportFixes } from './fixes.ts';

/** The document shapes the importer reads, in the order they are tried when scores tie. */
export const SHAPES = [
  'deck',
  'anki',
  'csv',
  'headings',
  'details',
  'choice',
  'list',
  'bold',
  'table',
  'text',
] as const;

export type ShapeName = (typeof SHAPES)[number];

/** A card as a shape reads it, before ids, limits and clean-up. */
export interface DraftCard {
  /** Inline markdown of the question, numbering and markers already removed. */
  readonly question: string;
  /** Markdown that belongs to the question side (a puzzle's code and options). */
  readonly prompt?: string;
  readonly answer: string;
  /** 1-based line of the question in the (repaired) document. */
  readonly line: number;
  /** Labels from the source (an Anki note's tags), as `Card.tags` keeps them. */
  readonly tags?: readonly string[];
}

export interface DraftSection {
  /** Empty for cards before any section heading. */
  readonly title: string;
  readonly line: number;
  readonly cards: DraftCard[];
}

/** What a shape found: cards grouped in sections, and what it had to say about the document. */
export interface Draft {
  readonly title?: string;
  readonly description?: string;
  readonly sections: DraftSection[];
  readonly messages: Note[];
  /** Lines this reading could take for questions and did not (offered as "this is a question"). */
  readonly candidates?: readonly { readonly line: number; readonly question: string }[];
}

/** A message before the path is known. */
export interface Note {
  readonly line: number;
  readonly column: number;
  readonly ruleId: DeckRule;
  readonly severity: Severity;
  readonly reason: string;
}

export interface ImportOptions {
  /** The file's name or path: deck id, messages and the fallback title come from it. */
  readonly path: string;
  /** Forces a shape instead of detecting one. */
  readonly shape?: ShapeName;
  /** What the user corrected in the preview (kept with the deck for its next version). */
  readonly fixes?: ImportFixes;
  /** Called as the work advances, with a fraction from 0 to 1 (for a progress bar). */
  readonly onProgress?: (fraction: number) => void;
}

export interface ShapeReport {
  readonly shape: ShapeName;
  readonly cards: number;
  readonly score: number;
}

export interface ImportResult {
  /** Null when no card could be read; the messages say why. */
  readonly deck: Deck | null;
  readonly shape: ShapeName | null;
  /** Every shape that found something, best first. */
  readonly shapesConsidered: readonly ShapeReport[];
  readonly messages: readonly DeckMessage[];
  /** How sure the importer is of its reading, and what looks wrong when it is not. */
  readonly confidence: Confidence;
  /**
   * Lines another reading takes for questions and this one does not: what the preview offers
   * to mark "this is a question". In document order.
   */
  readonly alternatives: readonly { readonly line: number; readonly question: string }[];
  /**
   * Set on the first step of an import in two (`importInSteps`): `shapesConsidered` and
   * `alternatives` are still to come, and these readings were not made yet.
   */
  readonly pending?: readonly ShapeName[];
}

export interface Confidence {
  readonly level: 'high' | 'medium' | 'low';
  /** Plain sentences saying what looks wrong; empty when nothing does. */
  readonly reasons: readonly string[];
}

/**
 * `importDocument` in two steps: the preview first, then what only "Read as" and "A question
 * is missing?" show.
 */
export interface ImportSteps {
  /**
   * The deck, shape, messages and confidence `importDocument` gives. With `pending` set, its
   * `shapesConsidered` lacks the readings not made yet and its `alternatives` are empty.
   */
  readonly first: ImportResult;
  /** Makes the readings skipped and gives the rest of the result; null when there is none. */
  readonly rest: (() => ImportRest) | null;
  /** The score bound of each reading that may be skipped, as checked (for tests). */
  readonly bounds: Partial<Record<ShapeName, number>>;
}

export type ImportRest = Pick<ImportResult, 'shapesConsidered' | 'alternatives'>;
