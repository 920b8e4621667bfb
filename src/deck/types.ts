/** A parsed flashcard deck: one markdown file in content/. */
export interface Deck {
  /** The file name without `.md`; progress is keyed by `deckId/cardId`. */
  readonly id: string;
  readonly title: string;
  /** Markdown paragraph(s) between the title and the first section, if any. */
  readonly description: string;
  readonly sections: readonly Section[];
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly cards: readonly Card[];
}

export interface Card {
  /** Unique within its deck and stable across edits of the answer. */
  readonly id: string;
  /** The question as written in the `###` heading (inline markdown). */
  readonly question: string;
  /** The question as plain text, for lists, search and screen readers. */
  readonly questionText: string;
  /**
   * Markdown shown with the question, before the answer: the code and options of a
   * "what does this print?" puzzle. Absent on most cards.
   */
  readonly prompt?: string;
  /** The answer's markdown, sliced verbatim from the source. */
  readonly answer: string;
  /**
   * The reader's own answer, when the file was exported "with my answers" (below a
   * `<!-- my answer -->` line): theirs, not the deck's, so kept apart from `answer`.
   */
  readonly ownAnswer?: string;
  /** 1-based line of the card's `###` heading in the source file. */
  readonly line: number;
  /** Labels from the source (an Anki note's tags), lower case, without `#`. Absent when none. */
  readonly tags?: readonly string[];
}

export type Severity = 'error' | 'warning';

/** A diagnostic about a deck file, shaped like a vfile message. */
export interface DeckMessage {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: DeckRule;
  readonly severity: Severity;
  readonly reason: string;
}

export type DeckRule =
  | 'no-cards'
  | 'too-many-cards'
  | 'missing-title'
  | 'extra-title'
  | 'card-outside-section'
  | 'content-outside-card'
  | 'empty-question'
  | 'empty-answer'
  | 'duplicate-card-id'
  | 'duplicate-section-id'
  | 'invalid-id'
  | 'empty-section'
  | 'answer-too-large'
  | 'pathological-markdown'
  | 'unclosed-code-fence'
  // Importing documents of other shapes (src/deck/import):
  | 'binary-file'
  | 'empty-file'
  | 'file-too-large'
  | 'encoding-repaired'
  | 'encoding-ambiguous'
  | 'unknown-shape'
  | 'duplicate-question'
  | 'question-too-long'
  | 'bad-row';

export interface ParseResult {
  /** Null only when the file has errors. */
  readonly deck: Deck | null;
  readonly messages: readonly DeckMessage[];
}

/**
 * A card without its answer: what lists and counts need, and all the first screen ships. With
 * the user's edits laid over it (store/decks/card-edits.ts), it also says what they did.
 */
export type CardOutline = Omit<Card, 'answer'> & {
  /** The user rewrote its text: question, prompt and answer are theirs. */
  readonly edited?: boolean;
  /** The user added it to the deck. */
  readonly added?: boolean;
  /**
   * Made from another card of the deck (this id): one of its cloze deletions past the first, or
   * its reverse card. Editing it edits that card.
   */
  readonly note?: string;
  /** Out of every queue until the user unsuspends it. */
  readonly suspended?: boolean;
  /** Out of every queue until this time (epoch ms), when the user buried it. */
  readonly buriedUntil?: number;
};

/** True when a card is kept out of every study queue at `now` (suspended or buried). */
export const outOfQueue = (card: CardOutline, now: number): boolean =>
  card.suspended === true || (card.buriedUntil ?? 0) > now;

export interface SectionOutline {
  readonly id: string;
  readonly title: string;
  readonly cards: readonly CardOutline[];
}

/** A deck without answers; answers load on demand. */
export interface DeckOutline {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly sections: readonly SectionOutline[];
}
